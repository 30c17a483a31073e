import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CityPair } from '@/components/city-pair';
import { LinkedExchange } from '@/components/exchange/links';
import { PersonName } from '@/components/person-name';
import { ExchangeList } from '@/components/public/exchange-card';
import { KindBreakdown } from '@/components/public/kind-breakdown';
import { FollowThroughFigure } from '@/components/public/follow-through';
import { ItemTable } from '@/components/public/item-table';
import { RelationshipList } from '@/components/public/relationship-list';
import { TranslationNote } from '@/components/translation-note';
import { listPublicItems } from '@/lib/data/cooperation-tracker';
import { getViewer } from '@/lib/data/current-viewer';
import { listLinksAmong, type PublicExchangeLink } from '@/lib/data/exchange-links';
import { listTimeline } from '@/lib/data/exchanges';
import { getCityPair } from '@/lib/data/public-cities';
import { orNotFound } from '@/lib/forms/page-params';
import { getExploreMessages } from '@/lib/i18n/explore-messages';
import { formatDate } from '@/lib/i18n/format';
import { isLocale, languageAlternates, type Locale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getMessages } from '@/lib/i18n/messages';
import { translationOf } from '@/lib/records/translations';

export const dynamic = 'force-dynamic';

type Pair = Awaited<ReturnType<typeof getCityPair>>;

async function loadPair(rawLocale: string, slug: string, partner: string) {
  if (!isLocale(rawLocale)) notFound();
  const locale: Locale = rawLocale;
  const pair = await orNotFound(getCityPair(await getViewer(), slug, partner));
  const names = [localize(locale, pair.city.nameZh, pair.city.nameEn), localize(locale, pair.partner.nameZh, pair.partner.nameEn)] as const;
  return { locale, pair, names };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/cities/[slug]/[partner]'>): Promise<Metadata> {
  const { locale: rawLocale, slug, partner } = await params;
  const { locale, pair, names } = await loadPair(rawLocale, slug, partner);
  const x = getExploreMessages(locale);
  return {
    title: x.pair.title(...names),
    description: x.pair.description(...names),
    alternates: { languages: languageAlternates(`/cities/${pair.city.slug}/${pair.partner.slug}`) },
  };
}

export default async function CityPairPage({ params }: PageProps<'/[locale]/cities/[slug]/[partner]'>) {
  const { locale: rawLocale, slug, partner: partnerSlug } = await params;
  const { locale, pair, names } = await loadPair(rawLocale, slug, partnerSlug);
  const t = getMessages(locale);
  const x = getExploreMessages(locale);

  return (
    <article>
      <p className="text-sm">
        <Link href={`/${locale}/cities/${pair.city.slug}` as Route} className="text-brand-700 underline">
          ← {names[0]}
        </Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold text-brand-900">{x.pair.title(...names)}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{x.pair.description(...names)}</p>

      {pair.relationships.length > 0 && (
        <section aria-labelledby="relationships-heading" className="mt-8">
          <h2 id="relationships-heading" className="text-2xl font-semibold text-brand-900">
            {x.pair.relationships}
          </h2>
          <RelationshipList relationships={pair.relationships} locale={locale} t={t} x={x} />
        </section>
      )}

      {pair.total > 0 ? <PairExchanges pair={pair} names={names} locale={locale} /> : <p className="mt-10 text-stone-600">{x.pair.noExchanges(...names)}</p>}
    </article>
  );
}

/**
 * The pair's visits, what each side said and the items they agreed on. Read only for a pair with
 * published exchanges: otherwise there is nothing to read, and the timeline would refuse the name of
 * a city that has no exchange at all.
 */
async function PairExchanges({ pair, names, locale }: { pair: Pair; names: readonly [string, string]; locale: Locale }) {
  const t = getMessages(locale);
  const x = getExploreMessages(locale);
  const viewer = await getViewer();
  const filters = { city: pair.city.slug, partner: pair.partner.slug };
  const [timeline, items, links] = await Promise.all([
    listTimeline(viewer, filters),
    listPublicItems(viewer, filters),
    listLinksAmong(viewer, pair.records.map(({ record }) => record.id)),
  ]);

  return (
    <>
      <div className="mt-8 grid gap-6 md:grid-cols-[1fr_16rem]">
        <section aria-labelledby="visits-heading">
          <h2 id="visits-heading" className="text-2xl font-semibold text-brand-900">
            {x.pair.visits} <span className="text-base font-normal text-stone-600">({x.city.visits(pair.total)})</span>
          </h2>
          <KindBreakdown kinds={pair.kinds} timeline={`/${locale}?city=${pair.city.slug}&partner=${pair.partner.slug}`} label={x.city.byKind} t={t} />
          <ExchangeList
            exchanges={timeline.exchanges}
            more={timeline.pageCount > 1 ? (`/${locale}?city=${pair.city.slug}&partner=${pair.partner.slug}` as Route) : null}
            moreLabel={x.city.timeline}
            locale={locale}
            t={t}
          />
        </section>
        <FollowThroughFigure figure={pair.followThrough} locale={locale} x={x} />
      </div>

      {links.length > 0 && <VisitsAndReturns pair={pair} links={links} locale={locale} />}

      <WhatEachSideSaid pair={pair} names={names} locale={locale} />

      <section aria-labelledby="items-heading" className="mt-10">
        <h2 id="items-heading" className="text-2xl font-semibold text-brand-900">
          {x.pair.items}
        </h2>
        <ItemTable tracker={items} caption={x.pair.items} locale={locale} t={t} x={x} />
      </section>
    </>
  );
}

/**
 * The pair's visits oldest first, each with what it returned or followed up: the thread of a visit,
 * its return visit, and what came of them.
 */
function VisitsAndReturns({ pair, links, locale }: { pair: Pair; links: readonly PublicExchangeLink[]; locale: Locale }) {
  const t = getMessages(locale);
  const x = getExploreMessages(locale);
  const oldestFirst = [...pair.records].sort((a, b) => a.record.startDate.getTime() - b.record.startDate.getTime());
  return (
    <section aria-labelledby="thread-heading" className="mt-10">
      <h2 id="thread-heading" className="text-2xl font-semibold text-brand-900">
        {x.pair.thread}
      </h2>
      <ol className="mt-4 space-y-3 border-l-2 border-brand-100 pl-4">
        {oldestFirst.map(({ record }) => (
          <li key={record.id}>
            <p className="text-sm text-stone-600">
              {formatDate(record.startDate, locale, record.datePrecision)} · <CityPair from={record.visitingCity} joining={record.otherVisitingCities} to={record.hostCity} locale={locale} t={t} />
            </p>
            <Link href={`/${locale}/exchanges/${record.slug}` as Route} className="font-medium text-brand-700 underline">
              {localize(locale, record.titleZh, record.titleEn)}
            </Link>
            <ul className="mt-1 text-sm">
              {links
                .filter((link) => link.exchangeId === record.id)
                .map((link) => (
                  <li key={link.other.id}>
                    <span aria-hidden>↳ </span>
                    <LinkedExchange link={link} locale={locale} t={t} />
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The statements of every visit, set out by whose side spoke: this city's, the partner's, or neither. */
function WhatEachSideSaid({ pair, names, locale }: { pair: Pair; names: readonly [string, string]; locale: Locale }) {
  const t = getMessages(locale);
  const x = getExploreMessages(locale);
  const columns = { city: [] as Said[], partner: [] as Said[], others: [] as Said[] };
  for (const { record, visitor } of pair.records) {
    record.statements.forEach((statement, index) => {
      const side = statement.speakerSide;
      const column = side === 'VISITING' ? visitor : side === 'HOST' ? (visitor === 'city' ? 'partner' : 'city') : 'others';
      columns[column].push({ statement, number: index + 1, record });
    });
  }
  const headings = { city: x.pair.said(names[0]), partner: x.pair.said(names[1]), others: x.pair.others };
  return (
    <section aria-labelledby="said-heading" className="mt-10">
      <h2 id="said-heading" className="text-2xl font-semibold text-brand-900">
        {t.exchange.statements}
      </h2>
      {pair.total > pair.records.length && <p className="mt-1 text-sm text-stone-600">{x.pair.more(pair.records.length)}</p>}
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        {(['city', 'partner', 'others'] as const).map((column) =>
          column === 'others' && columns.others.length === 0 ? null : (
            <section key={column} aria-labelledby={`said-${column}`}>
              <h3 id={`said-${column}`} className="text-lg font-semibold">
                {headings[column]}
              </h3>
              {columns[column].length === 0 ? (
                <p className="mt-2 text-sm text-stone-600">{x.pair.nothingSaid}</p>
              ) : (
                <ul className="mt-2 space-y-3">
                  {columns[column].map(({ statement, number, record }) => (
                    <li key={statement.id} className="rounded-lg border border-stone-200 bg-white p-3 text-sm">
                      <p className="text-stone-600">
                        {statement.speaker ? <PersonName person={statement.speaker} locale={locale} /> : t.enums.statementKind[statement.kind]}
                        {' · '}
                        <Link href={`/${locale}/exchanges/${record.slug}#statement-${number}` as Route} className="text-brand-700 underline">
                          {formatDate(record.startDate, locale, record.datePrecision)}
                        </Link>
                      </p>
                      <p className="mt-1 leading-relaxed">{localize(locale, statement.textZh, statement.textEn)}</p>
                      <TranslationNote locale={locale} original={statement.originalLanguage} translation={translationOf(record, statement, 'text').kind} t={t} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ),
        )}
      </div>
    </section>
  );
}

type Said = { statement: Pair['records'][number]['record']['statements'][number]; number: number; record: Pair['records'][number]['record'] };
