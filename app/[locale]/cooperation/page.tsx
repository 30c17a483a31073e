import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FilterForm } from '@/components/form/filter-form';
import { SelectField } from '@/components/form/fields';
import { FollowThroughFigure } from '@/components/public/follow-through';
import { ItemTable } from '@/components/public/item-table';
import { Pager } from '@/components/public/pager';
import { listFollowThrough, listPublicItems } from '@/lib/data/cooperation-tracker';
import { getViewer } from '@/lib/data/current-viewer';
import { listPublicCities } from '@/lib/data/public-cities';
import { filteredTitle } from '@/lib/forms/filtered-title';
import { explainRefusal } from '@/lib/forms/page-params';
import { addressWith, queryValues } from '@/lib/forms/query-values';
import { type ExploreMessages, getExploreMessages } from '@/lib/i18n/explore-messages';
import { isLocale, languageAlternates, languageTag, type Locale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getMessages } from '@/lib/i18n/messages';
import { formError, localizeIssues } from '@/lib/validation/form';
import { itemFilters, itemStatusFilterValues } from '@/lib/validation/schemas/public';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/cooperation'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const x = getExploreMessages(locale);
  const filters = itemFilters.safeParse(queryValues(await searchParams)).data;
  return {
    title: filteredTitle(x.tracker.title, filters, await listPublicCities(await getViewer()), locale),
    description: x.tracker.description,
    alternates: { languages: languageAlternates('/cooperation') },
  };
}

const filterNames = ['city', 'partner', 'status'] as const;

export default async function CooperationTrackerPage({ params, searchParams }: PageProps<'/[locale]/cooperation'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getMessages(locale);
  const x = getExploreMessages(locale);
  const values = queryValues(await searchParams);
  const viewer = await getViewer();
  const [read, cities, figures] = await Promise.all([explainRefusal(listPublicItems(viewer, values)), listPublicCities(viewer), listFollowThrough(viewer)]);
  const validation = read.ok ? undefined : read.refusal.details.validation;
  if (!read.ok && !validation) throw read.refusal;
  const refusal = validation ? formError(x.filters.badFilters, values, { fieldErrors: localizeIssues(validation, locale) }) : null;
  const cityOptions = cities.map((city) => ({ value: city.slug, label: localize(locale, city.nameZh, city.nameEn) }));
  const statusOptions = itemStatusFilterValues.map((value) => ({
    value,
    label: value === 'stale' ? x.filters.stale : t.enums.cooperationStatus[value.toUpperCase() as Uppercase<typeof value>],
  }));
  const { page: _page, ...filters } = values;

  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{x.tracker.title}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{x.tracker.description}</p>

      <section aria-labelledby="filters-heading" className="mt-6 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="filters-heading" className="mb-3 text-lg font-semibold text-brand-900">
          {x.tracker.filtersTitle}
        </h2>
        <FilterForm action={`/${locale}/cooperation` as Route} locale={locale} labels={x.filters} values={filters} refusal={refusal} submitLabel={x.tracker.submit}>
          <SelectField name="city" options={cityOptions} emptyOption={x.filters.any} />
          <SelectField name="partner" options={cityOptions} emptyOption={x.filters.any} />
          <SelectField name="status" options={statusOptions} emptyOption={x.filters.any} />
        </FilterForm>
      </section>

      {read.ok && (
        <>
          <div className="mt-6 grid gap-4 sm:grid-cols-[16rem_1fr] sm:items-start">
            <FollowThroughFigure figure={read.value.followThrough} locale={locale} x={x} />
            {/* A grid column grows to its widest content: without min-w-0 the table's width would
                widen the page on a phone, instead of scrolling in its own frame. */}
            <div className="min-w-0">
              <p className="text-sm text-stone-600" role="status">
                {t.timeline.items(read.value.total)}
              </p>
              <ItemTable tracker={read.value} caption={x.tracker.title} locale={locale} t={t} x={x} />
            </div>
          </div>
          <Pager
            page={read.value.page}
            pageCount={read.value.pageCount}
            pageAddress={(page) => addressWith(`/${locale}/cooperation`, values, [...filterNames, 'page'], { page: page > 1 ? page : null })}
            t={t}
          />
        </>
      )}

      <FollowThroughTables figures={figures} locale={locale} x={x} />
    </>
  );
}

function FollowThroughTables({ figures, locale, x }: { figures: Awaited<ReturnType<typeof listFollowThrough>>; locale: Locale; x: ExploreMessages }) {
  const percent = new Intl.NumberFormat(languageTag[locale], { style: 'percent', maximumFractionDigits: 0 });
  const name = (city: { nameZh: string; nameEn: string }) => localize(locale, city.nameZh, city.nameEn);
  const tables = [
    {
      title: x.tracker.byCity,
      heading: x.tracker.city,
      rows: figures.cities.map((row) => ({ key: row.city.slug, label: name(row.city), href: `/${locale}/cooperation?city=${row.city.slug}`, ...row })),
    },
    {
      title: x.tracker.byPair,
      heading: x.tracker.pair,
      rows: figures.pairs.map((row) => ({
        key: `${row.city.slug}-${row.partner.slug}`,
        label: `${name(row.city)} ↔ ${name(row.partner)}`,
        href: `/${locale}/cooperation?city=${row.city.slug}&partner=${row.partner.slug}`,
        ...row,
      })),
    },
  ];
  return (
    <section aria-labelledby="follow-through-heading" className="mt-12">
      <h2 id="follow-through-heading" className="text-2xl font-semibold text-brand-900">
        {x.tracker.followThrough}
      </h2>
      <p className="mt-1 text-sm text-stone-600">{x.tracker.followThroughExplained}</p>
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        {tables.map((table) => (
          <div key={table.title} className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="p-3 text-left font-semibold text-brand-900">{table.title}</caption>
              <thead className="border-y border-stone-200 text-stone-600">
                <tr>
                  <th scope="col" className="p-3 font-medium">{table.heading}</th>
                  <th scope="col" className="p-3 text-right font-medium">{x.tracker.items}</th>
                  <th scope="col" className="p-3 text-right font-medium">{x.tracker.completed}</th>
                  <th scope="col" className="p-3 text-right font-medium">{x.tracker.share}</th>
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.key} className="border-b border-stone-100 last:border-0">
                    <th scope="row" className="p-3 font-medium">
                      <Link href={row.href as Route} className="text-brand-700 underline">
                        {row.label}
                      </Link>
                    </th>
                    <td className="p-3 text-right tabular-nums">{row.total}</td>
                    <td className="p-3 text-right tabular-nums">{row.completed}</td>
                    <td className="p-3 text-right tabular-nums">{row.share === null ? '—' : percent.format(row.share)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </div>
    </section>
  );
}
