import type { Route } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/badge';
import { CooperationStatusBadge } from '@/components/cooperation-status';
import type { listPublicItems } from '@/lib/data/cooperation-tracker';
import type { ExploreMessages } from '@/lib/i18n/explore-messages';
import { formatDate, formatIsoDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import type { Messages } from '@/lib/i18n/messages';

type Tracker = Awaited<ReturnType<typeof listPublicItems>>;

/**
 * Cooperation items with where each stands: status, progress, the last news of it (flagged when an
 * open item has had none for six months), and the visit and statement it came from.
 */
export function ItemTable({ tracker, caption, locale, t, x }: { tracker: Tracker; caption: string; locale: Locale; t: Messages; x: ExploreMessages }) {
  if (tracker.items.length === 0) return <p className="mt-4 text-stone-600">{x.tracker.noItems}</p>;
  return (
    <div className="mt-4 overflow-x-auto rounded-lg border border-stone-200 bg-white">
      {/* Wide enough to read on a phone, where the frame scrolls sideways. */}
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-stone-200 text-stone-600">
          <tr>
            <th scope="col" className="p-3 font-medium">{x.tracker.item}</th>
            <th scope="col" className="p-3 font-medium">{x.tracker.status}</th>
            <th scope="col" className="p-3 text-right font-medium">{x.tracker.progress}</th>
            <th scope="col" className="p-3 font-medium">{x.tracker.lastUpdate}</th>
            <th scope="col" className="p-3 font-medium">{x.tracker.from}</th>
          </tr>
        </thead>
        <tbody>
          {tracker.items.map((item) => {
            const exchangePath = `/${locale}/exchanges/${item.publication.slug}`;
            return (
              <tr key={item.id} className="border-b border-stone-100 align-top last:border-0">
                <th scope="row" className="p-3 font-medium">
                  <Link href={`${exchangePath}#cooperation` as Route} className="text-brand-700 underline">
                    {localize(locale, item.titleZh, item.titleEn)}
                  </Link>
                  {item.originStatementNumber && (
                    <span className="block text-xs font-normal text-stone-600">
                      {x.tracker.origin}:{' '}
                      <Link href={`${exchangePath}#statement-${item.originStatementNumber}` as Route} className="text-brand-700 underline">
                        {t.exchange.originStatement(item.originStatementNumber)}
                      </Link>
                    </span>
                  )}
                </th>
                <td className="p-3">
                  <span className="flex flex-wrap gap-1">
                    <CooperationStatusBadge status={item.status} t={t} />
                    {item.stale && (
                      <span title={x.tracker.staleExplained(formatIsoDate(tracker.staleSince, locale))}>
                        <Badge tone="warning">{x.tracker.stale}</Badge>
                      </span>
                    )}
                  </span>
                </td>
                <td className="p-3 text-right tabular-nums">{item.progress === null ? '—' : `${item.progress}%`}</td>
                <td className="p-3">{item.lastUpdatedOn ? formatDate(item.lastUpdatedOn, locale) : x.tracker.noUpdate}</td>
                <td className="p-3">
                  <Link href={exchangePath as Route} className="text-brand-700 underline">
                    {localize(locale, item.publication.titleZh, item.publication.titleEn)}
                  </Link>
                  <span className="block text-xs text-stone-600">{formatDate(item.publication.startDate, locale, item.publication.datePrecision)}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
