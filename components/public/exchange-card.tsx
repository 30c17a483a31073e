import type { Route } from 'next';
import Link from 'next/link';
import { CityPair } from '@/components/city-pair';
import { ExchangeDate } from '@/components/exchange-date';
import type { TimelineEntry } from '@/lib/data/exchanges';
import type { Locale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import type { Messages } from '@/lib/i18n/messages';

/** One exchange in a list: when, who visited whom, its title and summary, and how much it holds. */
export function ExchangeCard({ exchange, headingLevel = 'h2', locale, t }: { exchange: TimelineEntry; headingLevel?: 'h2' | 'h3'; locale: Locale; t: Messages }) {
  const Heading = headingLevel;
  const summary = localize(locale, exchange.summaryZh, exchange.summaryEn);
  return (
    <article className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-5">
      <p className="text-sm text-stone-600">
        <span className="mr-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs font-medium text-brand-800">{t.enums.exchangeKind[exchange.kind]}</span>
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
        <CityPair from={exchange.visitingCity} joining={exchange.otherVisitingCities} to={exchange.hostCity} locale={locale} t={t} />
      </p>
      <Heading className="mt-2 text-xl font-semibold">
        <Link href={`/${locale}/exchanges/${exchange.slug}` as Route} className="hover:text-brand-700 hover:underline">
          {localize(locale, exchange.titleZh, exchange.titleEn)}
        </Link>
      </Heading>
      {summary && <p className="mt-2 line-clamp-3 text-stone-700">{summary}</p>}
      <p className="mt-3 text-sm text-stone-600">
        {t.timeline.events(exchange.eventCount)} · {t.timeline.items(exchange.itemCount)}
      </p>
    </article>
  );
}

/** A page's first exchanges of a longer list, with a link to all of them on the timeline when there are more. */
export function ExchangeList({ exchanges, more, moreLabel, locale, t }: { exchanges: readonly TimelineEntry[]; more: Route | null; moreLabel: string; locale: Locale; t: Messages }) {
  return (
    <>
      <ol className="mt-4 space-y-4">
        {exchanges.map((exchange) => (
          <li key={exchange.id}>
            <ExchangeCard exchange={exchange} headingLevel="h3" locale={locale} t={t} />
          </li>
        ))}
      </ol>
      {more && (
        <p className="mt-3">
          <Link href={more} className="text-brand-700 underline">
            {moreLabel}
          </Link>
        </p>
      )}
    </>
  );
}
