import type { Route } from 'next';
import Link from 'next/link';
import { FilterForm } from '@/components/form/filter-form';
import { HiddenField, NumberField, SelectField, TextField } from '@/components/form/fields';
import type { PublicCity } from '@/lib/data/public-cities';
import type { ExploreMessages } from '@/lib/i18n/explore-messages';
import type { Locale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import type { Messages } from '@/lib/i18n/messages';
import type { FormErrorState, FormValues } from '@/lib/validation/form';
import { statusFilterValues } from '@/lib/validation/schemas/public';
import { ExchangeKindField } from './exchange-kind-field';

/** The timeline's filters: a form sent by GET, so every filter is in the address to share and bookmark. */
export function TimelineFilters({
  cities,
  values,
  refusal,
  locale,
  t,
  x,
}: {
  cities: readonly PublicCity[];
  values: FormValues;
  refusal: FormErrorState | null;
  locale: Locale;
  t: Messages;
  x: ExploreMessages;
}) {
  const cityOptions = cities.map((city) => ({ value: city.slug, label: localize(locale, city.nameZh, city.nameEn) }));
  const statusOptions = statusFilterValues.map((value) => ({ value, label: t.enums.cooperationStatus[value.toUpperCase() as Uppercase<typeof value>] }));
  const { page: _page, ...filters } = values;
  return (
    <section aria-labelledby="filters-heading" className="mt-6 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="filters-heading" className="mb-3 text-lg font-semibold text-brand-900">
        {x.filters.title}
      </h2>
      <FilterForm action={`/${locale}` as Route} locale={locale} labels={x.filters} values={filters} refusal={refusal} submitLabel={x.filters.submit}>
        <SelectField name="city" options={cityOptions} emptyOption={x.filters.any} />
        <SelectField name="partner" options={cityOptions} emptyOption={x.filters.any} />
        <NumberField name="year" />
        <ExchangeKindField t={t} anyLabel={x.filters.any} />
        <TextField name="topic" />
        <SelectField name="status" options={statusOptions} emptyOption={x.filters.any} />
        {typeof values.person === 'string' && values.person && <HiddenField name="person" value={values.person} />}
      </FilterForm>
      {Object.values(filters).some((value) => value !== '') && (
        <p className="mt-3 text-sm">
          {typeof values.person === 'string' && values.person && <span className="mr-3 text-stone-700">{x.filters.personFilter}.</span>}
          <Link href={`/${locale}` as Route} className="text-brand-700 underline">
            {x.filters.clear}
          </Link>
        </p>
      )}
    </section>
  );
}
