import type { FollowThrough } from '@/lib/data/public-queries';
import type { ExploreMessages } from '@/lib/i18n/explore-messages';
import { type Locale, languageTag } from '@/lib/i18n/locales';

/** "2 of 5 completed · 40%": whether what was promised was done, with the open items gone quiet. */
export function FollowThroughFigure({ figure, locale, x }: { figure: FollowThrough; locale: Locale; x: ExploreMessages }) {
  const percent = new Intl.NumberFormat(languageTag[locale], { style: 'percent', maximumFractionDigits: 0 });
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-4">
      <p className="text-sm font-medium text-stone-600">{x.tracker.followThrough}</p>
      <p className="mt-1 text-3xl font-bold text-brand-900 tabular-nums">{figure.share === null ? '—' : percent.format(figure.share)}</p>
      <p className="mt-1 text-sm text-stone-700">{x.tracker.completedOf(figure.completed, figure.total)}</p>
      {figure.stale > 0 && <p className="mt-1 text-sm text-amber-900">{x.tracker.staleCount(figure.stale)}</p>}
      <p className="mt-2 text-xs text-stone-600">{x.tracker.followThroughExplained}</p>
    </div>
  );
}
