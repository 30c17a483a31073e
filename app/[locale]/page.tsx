import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CityPair } from '@/components/city-pair';
import { ExchangeDate } from '@/components/exchange-date';
import { listTimeline, timelineQuery } from '@/lib/data/exchanges';
import { getViewer } from '@/lib/data/current-viewer';
import { isLocale, languageTag, locales } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getMessages } from '@/lib/i18n/messages';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getMessages(locale);
  return {
    title: t.timeline.title,
    description: t.timeline.description,
    alternates: { languages: Object.fromEntries(locales.map((l) => [languageTag[l], `/${l}`])) },
  };
}

export default async function TimelinePage({ params, searchParams }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getMessages(locale);
  const query = timelineQuery.parse(await searchParams);
  const timeline = await listTimeline(await getViewer(), query);

  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t.timeline.title}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{t.timeline.description}</p>
      <p className="mt-1 text-sm text-stone-600">{t.timeline.count(timeline.total)}</p>

      {timeline.exchanges.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600">
          {timeline.total === 0 ? (
            t.timeline.empty
          ) : (
            <>
              {t.timeline.pastTheEnd}{' '}
              <Link href={`/${locale}` as Route} className="text-brand-700 underline">
                {t.timeline.firstPage}
              </Link>
            </>
          )}
        </p>
      ) : (
        <ol className="mt-8 space-y-6 border-l-2 border-brand-100 pl-6">
          {timeline.exchanges.map((exchange) => {
            const title = localize(locale, exchange.titleZh, exchange.titleEn);
            return (
              <li key={exchange.id} className="relative">
                <span aria-hidden className="absolute -left-[33px] top-2 h-4 w-4 rounded-full border-2 border-white bg-brand-600" />
                <article className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
                  <p className="text-sm text-stone-600">
                    <ExchangeDate
                      startDate={exchange.startDate}
                      endDate={exchange.endDate}
                      precision={exchange.datePrecision}
                      disputed={exchange.dateDisputed}
                      locale={locale}
                      t={t}
                    />
                  </p>
                  <p className="mt-1 text-sm font-medium text-brand-700">
                    <CityPair from={exchange.visitingCity} to={exchange.hostCity} locale={locale} t={t} />
                  </p>
                  <h2 className="mt-2 text-xl font-semibold">
                    <Link href={`/${locale}/exchanges/${exchange.slug}` as Route} className="hover:text-brand-700 hover:underline">
                      {title}
                    </Link>
                  </h2>
                  {exchange.summaryEn || exchange.summaryZh ? (
                    <p className="mt-2 line-clamp-3 text-stone-700">{localize(locale, exchange.summaryZh, exchange.summaryEn)}</p>
                  ) : null}
                  <p className="mt-3 text-sm text-stone-600">
                    {t.timeline.events(exchange.eventCount)} · {t.timeline.items(exchange.itemCount)}
                  </p>
                </article>
              </li>
            );
          })}
        </ol>
      )}

      {timeline.pageCount > 1 && (
        <nav aria-label={t.timeline.pageOf(timeline.page, timeline.pageCount)} className="mt-8 flex items-center justify-between text-sm">
          {timeline.page > 1 ? (
            <Link href={`/${locale}?page=${timeline.page - 1}` as Route} rel="prev" className="text-brand-700 underline">
              {t.timeline.previous}
            </Link>
          ) : (
            <span />
          )}
          <span>{t.timeline.pageOf(timeline.page, timeline.pageCount)}</span>
          {timeline.page < timeline.pageCount ? (
            <Link href={`/${locale}?page=${timeline.page + 1}` as Route} rel="next" className="text-brand-700 underline">
              {t.timeline.next}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
