import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CityPair } from '@/components/city-pair';
import { ExchangeDate } from '@/components/exchange-date';
import { FilterForm } from '@/components/form/filter-form';
import { TextField } from '@/components/form/fields';
import { ExchangeKindField } from '@/components/public/exchange-kind-field';
import { Highlighted } from '@/components/public/highlighted';
import { Pager } from '@/components/public/pager';
import { getViewer } from '@/lib/data/current-viewer';
import { type SearchResults, searchPublicRecords } from '@/lib/data/search';
import { explainRefusal } from '@/lib/forms/page-params';
import { addressWith, queryValues } from '@/lib/forms/query-values';
import { type ExploreMessages, getExploreMessages } from '@/lib/i18n/explore-messages';
import { isLocale, languageAlternates, languageTag, type Locale } from '@/lib/i18n/locales';
import { getMessages, type Messages } from '@/lib/i18n/messages';
import { formError, localizeIssues } from '@/lib/validation/form';
import { searchQuery } from '@/lib/validation/schemas/public';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const x = getExploreMessages(locale);
  const q = searchQuery.safeParse(queryValues(await searchParams)).data?.q;
  return {
    title: q ? x.search.resultsTitle(q) : x.search.title,
    description: x.search.description,
    alternates: { languages: languageAlternates('/search') },
    // Result pages are endless variations of the records themselves.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/search'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getMessages(locale);
  const x = getExploreMessages(locale);
  const values = queryValues(await searchParams);
  const read = await explainRefusal(searchPublicRecords(await getViewer(), values));
  const validation = read.ok ? undefined : read.refusal.details.validation;
  if (!read.ok && !validation) throw read.refusal;
  const refusal = validation ? formError(x.search.badQuery, values, { fieldErrors: localizeIssues(validation, locale) }) : null;

  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{x.search.title}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{x.search.description}</p>
      <div role="search" className="mt-6 rounded-lg border border-stone-200 bg-white p-4">
        <FilterForm
          action={`/${locale}/search` as Route}
          locale={locale}
          labels={{ q: x.search.label, kind: x.filters.kind }}
          values={{ q: values.q ?? '', kind: values.kind ?? '' }}
          refusal={refusal}
          submitLabel={x.search.submit}
        >
          <TextField name="q" hint={x.search.hint} />
          <ExchangeKindField t={t} anyLabel={x.filters.any} />
        </FilterForm>
      </div>
      {read.ok && read.value.q && <Results results={read.value} values={values} locale={locale} t={t} x={x} />}
    </>
  );
}

function Results({ results, values, locale, t, x }: { results: SearchResults; values: Record<string, string | string[]>; locale: Locale; t: Messages; x: ExploreMessages }) {
  const q = results.q ?? '';
  const nothing = results.total === 0 && results.people.length === 0;
  return (
    <>
      <p className="mt-6 text-sm text-stone-600" role="status">
        {nothing ? x.search.none(q) : x.search.results(results.total, q, results.more)}
      </p>
      {results.people.length > 0 && (
        <section aria-labelledby="people-heading" className="mt-6">
          <h2 id="people-heading" className="text-xl font-semibold text-brand-900">
            {x.search.people}
          </h2>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {results.people.map((person) => {
              const [name, title] = locale === 'zh' ? [person.labelZh, person.textZh] : [person.labelEn, person.textEn];
              return (
                <li key={person.id} className="rounded-lg border border-stone-200 bg-white p-3">
                  <p className="font-semibold">
                    <Highlighted text={name} words={results.words} />
                  </p>
                  {title && <p className="text-sm text-stone-600">{title}</p>}
                  <Link href={`/${locale}?person=${person.id}` as Route} className="text-sm text-brand-700 underline">
                    {x.search.exchangesOf}
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {results.hits.length > 0 && (
        <ol className="mt-6 space-y-4">
          {results.hits.map((hit) => (
            <SearchHit key={hit.id} hit={hit} words={results.words} locale={locale} t={t} x={x} />
          ))}
        </ol>
      )}
      <Pager page={results.page} pageCount={results.pageCount} pageAddress={(page) => addressWith(`/${locale}/search`, values, ['q', 'kind', 'page'], { page: page > 1 ? page : null })} t={t} />
    </>
  );
}

function SearchHit({ hit, words, locale, t, x }: { hit: SearchResults['hits'][number]; words: readonly string[]; locale: Locale; t: Messages; x: ExploreMessages }) {
  // The reader's language first; the other when only it holds the words (a Chinese quotation).
  const inReaderLanguage = locale === 'zh' ? { label: hit.labelZh, text: hit.textZh } : { label: hit.labelEn, text: hit.textEn };
  const inOtherLanguage = locale === 'zh' ? { label: hit.labelEn, text: hit.textEn } : { label: hit.labelZh, text: hit.textZh };
  const matches = (text: string) => words.some((word) => text.toLowerCase().includes(word));
  const otherMatches = !matches(`${inReaderLanguage.label} ${inReaderLanguage.text}`) && matches(`${inOtherLanguage.label} ${inOtherLanguage.text}`);
  const shown = otherMatches ? inOtherLanguage : inReaderLanguage;
  const exchange = hit.publication;
  const exchangeTitle = locale === 'zh' ? exchange.titleZh : exchange.titleEn;
  const href = `/${locale}/exchanges/${exchange.slug}${hit.anchor ? `#${hit.anchor}` : ''}`;
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-4">
      <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{x.search.kind[hit.kind]}</p>
      <h2 className="mt-1 text-lg font-semibold" lang={otherMatches ? languageTag[locale === 'zh' ? 'en' : 'zh'] : undefined}>
        <Link href={href as Route} className="hover:text-brand-700 hover:underline">
          {shown.label ? <Highlighted text={shown.label} words={words} /> : <Highlighted text={shown.text} words={words} excerpt />}
        </Link>
      </h2>
      {shown.label && shown.text && (
        <p className="mt-1 text-stone-700" lang={otherMatches ? languageTag[locale === 'zh' ? 'en' : 'zh'] : undefined}>
          <Highlighted text={shown.text} words={words} excerpt />
        </p>
      )}
      {otherMatches && <p className="mt-1 text-xs text-stone-500">{x.search.otherLanguage}</p>}
      {hit.kind !== 'EXCHANGE' && (
        <p className="mt-2 text-sm text-stone-600">
          {x.search.inExchange}{' '}
          <Link href={`/${locale}/exchanges/${exchange.slug}` as Route} className="text-brand-700 underline">
            {exchangeTitle}
          </Link>
        </p>
      )}
      <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-stone-600">
        <ExchangeDate startDate={exchange.startDate} endDate={exchange.endDate} precision={exchange.datePrecision} disputed={exchange.dateDisputed} locale={locale} t={t} />
        <span>
          <CityPair from={exchange.visitingCity} joining={exchange.otherVisitingCities} to={exchange.hostCity} locale={locale} t={t} />
        </span>
      </p>
    </li>
  );
}
