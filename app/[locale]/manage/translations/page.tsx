import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { listPendingTranslations, type PendingKind } from '@/lib/data/translations';
import { workspaceViewer } from '@/lib/forms/page-params';
import { isLocale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/manage/translations'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getWorkspaceMessages(locale).translations.title, robots: { index: false } } : {};
}

/** The history's name for each kind of record ("an event"), by the kind's model. */
const entityOf: Record<PendingKind, string> = {
  exchange: 'Exchange',
  event: 'Event',
  topic: 'Topic',
  question: 'Question',
  statement: 'Statement',
  cooperationItem: 'CooperationItem',
  practice: 'Practice',
};

export default async function TranslationsPage({ params }: PageProps<'/[locale]/manage/translations'>) {
  const { locale: rawLocale } = await params;
  const { locale, viewer } = await workspaceViewer(rawLocale, `/${rawLocale}/manage/translations`);
  const exchanges = await listPendingTranslations(viewer);
  const w = getWorkspaceMessages(locale);
  const entities: Readonly<Record<string, string>> = w.history.entities;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{w.translations.title}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{w.translations.intro}</p>
      {exchanges.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600">{w.translations.empty}</p>
      ) : (
        exchanges.map((exchange) => {
          const base = `/${locale}/manage/exchanges/${exchange.id}`;
          const headingId = `pending-${exchange.id}`;
          return (
            <section key={exchange.id} aria-labelledby={headingId} className="mt-6 rounded-lg border border-stone-200 bg-white p-4">
              <h2 id={headingId} className="text-lg font-semibold text-brand-900">
                <Link href={base as Route} className="hover:underline">
                  {localize(locale, exchange.titleZh, exchange.titleEn)}
                </Link>
              </h2>
              <ul className="mt-2 space-y-1">
                {exchange.parts.map((part) => {
                  const label = `${entities[entityOf[part.kind]]}: ${localize(locale, part.labelZh, part.labelEn)}`;
                  return (
                    <li key={`${part.kind}-${part.id}`} className="flex items-baseline justify-between gap-4">
                      <span className="line-clamp-1">{label}</span>
                      <Link
                        href={(part.kind === 'exchange' ? `${base}/edit` : `${base}/${part.kind}/${part.id}`) as Route}
                        className="shrink-0 text-sm text-brand-800 underline"
                        aria-label={`${w.translations.translate}: ${label}`}
                      >
                        {w.translations.translate}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })
      )}
    </>
  );
}
