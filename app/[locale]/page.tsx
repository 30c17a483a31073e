import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ExchangeCard } from '@/components/public/exchange-card';
import { Pager } from '@/components/public/pager';
import { SubscribeLinks } from '@/components/public/subscribe-links';
import { TimelineFilters } from '@/components/public/timeline-filters';
import { listTimeline } from '@/lib/data/exchanges';
import { getViewer } from '@/lib/data/current-viewer';
import { listPublicCities } from '@/lib/data/public-cities';
import { filteredTitle } from '@/lib/forms/filtered-title';
import { explainRefusal } from '@/lib/forms/page-params';
import { addressWith, queryValues } from '@/lib/forms/query-values';
import { getExploreMessages } from '@/lib/i18n/explore-messages';
import { isLocale, languageAlternates } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { formError, localizeIssues } from '@/lib/validation/form';
import { exchangeFilterNames, exchangeFilters } from '@/lib/validation/schemas/public';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getMessages(locale);
  const filters = exchangeFilters.safeParse(queryValues(await searchParams)).data;
  const title = filteredTitle(t.timeline.title, filters, await listPublicCities(await getViewer()), locale);
  return {
    // Absolute: the layout's template does not reach a page of its own segment.
    title: { absolute: t.app.pageTitle(title) },
    description: t.timeline.description,
    alternates: {
      languages: languageAlternates(''),
      types: { 'application/atom+xml': `/${locale}/feeds/exchanges.atom` },
    },
  };
}

export default async function TimelinePage({ params, searchParams }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getMessages(locale);
  const x = getExploreMessages(locale);
  const values = queryValues(await searchParams);
  const viewer = await getViewer();
  const [read, cities] = await Promise.all([explainRefusal(listTimeline(viewer, values)), listPublicCities(viewer)]);
  const validation = read.ok ? undefined : read.refusal.details.validation;
  if (!read.ok && !validation) throw read.refusal;
  const refusal = validation ? formError(x.filters.badFilters, values, { fieldErrors: localizeIssues(validation, locale) }) : null;
  const filterAddress = (changes: Record<string, string | number | null>) => addressWith(`/${locale}`, values, [...exchangeFilterNames, 'page'], changes);

  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t.timeline.title}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{t.timeline.description}</p>

      <TimelineFilters cities={cities} values={values} refusal={refusal} locale={locale} t={t} x={x} />

      {read.ok && (
        <>
          <div className="mt-6 flex flex-wrap items-baseline justify-between gap-3">
            <p className="text-sm text-stone-600" role="status">
              {t.timeline.count(read.value.total)}
            </p>
            <SubscribeLinks query={filterAddress({ page: null }).slice(`/${locale}`.length)} locale={locale} x={x} />
          </div>
          {read.value.exchanges.length === 0 ? (
            <p className="mt-6 rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600">
              {read.value.total === 0 ? (
                exchangeFilterNames.some((name) => values[name]) ? x.filters.noMatch : t.timeline.empty
              ) : (
                <>
                  {t.timeline.pastTheEnd}{' '}
                  <Link href={filterAddress({ page: null }) as Route} className="text-brand-700 underline">
                    {t.timeline.firstPage}
                  </Link>
                </>
              )}
            </p>
          ) : (
            <ol className="mt-6 space-y-6 border-l-2 border-brand-100 pl-4 sm:pl-6">
              {read.value.exchanges.map((exchange) => (
                <li key={exchange.id} className="relative">
                  <span aria-hidden className="absolute -left-[25px] top-2 h-4 w-4 rounded-full border-2 border-white bg-brand-600 sm:-left-[33px]" />
                  <ExchangeCard exchange={exchange} locale={locale} t={t} />
                </li>
              ))}
            </ol>
          )}
          <Pager page={read.value.page} pageCount={read.value.pageCount} pageAddress={(page) => filterAddress({ page: page > 1 ? page : null })} t={t} />
        </>
      )}
    </>
  );
}
