import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/badge';
import { CityPair } from '@/components/city-pair';
import { ExchangeDate } from '@/components/exchange-date';
import { LastReviewStep } from '@/components/manage/review-panel';
import { listWorkspace } from '@/lib/data/workspace';
import { workspaceViewer } from '@/lib/forms/page-params';
import { isLocale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getMessages } from '@/lib/i18n/messages';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/manage'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getWorkspaceMessages(locale).workspace.title, robots: { index: false } } : {};
}

export default async function WorkspacePage({ params }: PageProps<'/[locale]/manage'>) {
  const { locale: rawLocale } = await params;
  const { locale, viewer } = await workspaceViewer(rawLocale, `/${rawLocale}/manage`);
  const exchanges = await listWorkspace(viewer);
  const t = getMessages(locale);
  const w = getWorkspaceMessages(locale);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{w.workspace.title}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{w.workspace.intro}</p>
      {exchanges.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600">{w.workspace.empty}</p>
      ) : (
        <ul className="mt-6 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {exchanges.map((exchange) => (
            <li key={exchange.id} className="flex flex-wrap items-baseline justify-between gap-2 p-4">
              <div>
                <p className="text-sm text-stone-600">
                  <ExchangeDate startDate={exchange.startDate} endDate={exchange.endDate} precision={exchange.datePrecision} disputed={false} locale={locale} t={t} /> ·{' '}
                  <CityPair from={exchange.visitingCity} joining={exchange.otherVisitingCities} to={exchange.hostCity} locale={locale} t={t} />
                </p>
                <Link href={`/${locale}/manage/exchanges/${exchange.id}` as Route} className="text-lg font-semibold text-brand-900 hover:underline">
                  {localize(locale, exchange.titleZh, exchange.titleEn)}
                </Link>
                {exchange.lastReview && <LastReviewStep step={exchange.lastReview} state={exchange.publicationState} locale={locale} />}
              </div>
              <div className="flex gap-2">
                <Badge tone={exchange.publicationState === 'PUBLISHED' ? 'brand' : 'neutral'}>
                  {t.enums.publicationState[exchange.publicationState]}
                </Badge>
                <Badge tone={exchange.publication && !exchange.publication.withdrawnAt ? 'brand' : 'warning'}>
                  {exchange.publication ? (exchange.publication.withdrawnAt ? w.workspace.withdrawn : w.workspace.onPublicSite) : w.workspace.notPublic}
                </Badge>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
