import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CityMap } from '@/components/charts/city-map';
import { CityNetwork } from '@/components/charts/city-network';
import { YearBars } from '@/components/charts/year-bars';
import { getViewer } from '@/lib/data/current-viewer';
import { countExchangesPerYear, listCityPairs, listPublicCities } from '@/lib/data/public-cities';
import { listPublicRelationships } from '@/lib/data/relationships';
import { loadBaseMap } from '@/lib/geo/base-map';
import { getExploreMessages } from '@/lib/i18n/explore-messages';
import { isLocale, languageAlternates, languageTag } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getMessages } from '@/lib/i18n/messages';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/cities'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const x = getExploreMessages(locale);
  return {
    title: x.cities.title,
    description: x.cities.description,
    alternates: { languages: languageAlternates('/cities') },
  };
}

export default async function CitiesPage({ params }: PageProps<'/[locale]/cities'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getMessages(locale);
  const x = getExploreMessages(locale);
  const viewer = await getViewer();
  const [cities, pairs, perYear, relationships] = await Promise.all([
    listPublicCities(viewer),
    listCityPairs(viewer),
    countExchangesPerYear(viewer),
    listPublicRelationships(viewer, {}),
  ]);
  const slugOf = new Map(cities.map((city) => [city.id, city.slug]));
  const links = pairs.map(({ cityIds: [a, b], count }) => ({ from: slugOf.get(a) ?? '', to: slugOf.get(b) ?? '', count }));
  const named = cities.map((city) => ({
    ...city,
    name: localize(locale, city.nameZh, city.nameEn),
    exchanges: city.exchangeCount,
    href: `/${locale}/cities/${city.slug}`,
  }));
  // The network also shows cities the public knows only by a relationship, as cities without exchanges.
  const withExchanges = new Set(cities.map((city) => city.slug));
  const onlyRelated = new Map(
    relationships
      .flatMap((relationship) => [relationship.city, relationship.partnerCity])
      .filter((city) => !withExchanges.has(city.slug))
      .map((city) => [city.slug, { slug: city.slug, name: localize(locale, city.nameZh, city.nameEn), exchanges: 0, href: `/${locale}/cities/${city.slug}` }]),
  );
  const networkRelationships = relationships.map((relationship) => ({
    from: relationship.city.slug,
    to: relationship.partnerCity.slug,
    label: x.relationships.kindAndStatus(t.enums.relationshipKind[relationship.kind], t.enums.relationshipStatus[relationship.status]),
  }));
  const partnersOf = (cityId: string) => pairs.filter((pair) => pair.cityIds.includes(cityId)).length;
  const number = new Intl.NumberFormat(languageTag[locale]);

  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{x.cities.title}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{x.cities.description}</p>
      {cities.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600">{x.cities.none}</p>
      ) : (
        <>
          <div className="mt-6 overflow-x-auto rounded-lg border border-stone-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="p-3 text-left text-lg font-semibold text-brand-900">{x.cities.tableTitle}</caption>
              <thead className="border-y border-stone-200 text-stone-600">
                <tr>
                  <th scope="col" className="p-3 font-medium">{x.cities.city}</th>
                  <th scope="col" className="p-3 font-medium">{x.cities.province}</th>
                  <th scope="col" className="p-3 text-right font-medium">{x.cities.exchanges}</th>
                  <th scope="col" className="p-3 text-right font-medium">{x.cities.partners}</th>
                </tr>
              </thead>
              <tbody>
                {cities.map((city) => (
                  <tr key={city.id} className="border-b border-stone-100 last:border-0">
                    <th scope="row" className="p-3 font-medium">
                      <Link href={`/${locale}/cities/${city.slug}` as Route} className="text-brand-700 underline">
                        {localize(locale, city.nameZh, city.nameEn)}
                      </Link>
                    </th>
                    <td className="p-3">{localize(locale, city.provinceZh, city.provinceEn)}</td>
                    <td className="p-3 text-right tabular-nums">{number.format(city.exchangeCount)}</td>
                    <td className="p-3 text-right tabular-nums">{number.format(partnersOf(city.id))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="mt-10 grid gap-12 lg:grid-cols-2">
            <YearBars
              data={perYear}
              labels={{ title: x.cities.perYearTitle, description: x.cities.perYearDescription, year: x.cities.year, count: x.cities.count }}
              locale={locale}
            />
            <CityNetwork
              cities={[...named, ...onlyRelated.values()]}
              links={links}
              relationships={networkRelationships}
              labels={{
                title: x.cities.networkTitle,
                description: x.cities.networkDescription,
                pair: x.cities.pair,
                exchanges: x.cities.exchanges,
                relationship: x.cities.relationship,
                legendExchanges: x.cities.legendExchanges,
                legendRelationship: x.cities.legendRelationship,
              }}
              locale={locale}
            />
          </div>
          <div className="mt-12 max-w-3xl">
            <CityMap
              cities={named.flatMap((city) => (city.latitude === null || city.longitude === null ? [] : [{ ...city, latitude: city.latitude, longitude: city.longitude }]))}
              links={links}
              baseMap={loadBaseMap()}
              labels={{
                title: x.cities.mapTitle,
                description: x.cities.mapDescription,
                schematicNote: x.cities.schematicNote,
                approvalNumber: x.cities.approvalNumber,
                city: x.cities.city,
                exchanges: x.cities.exchanges,
                latitude: x.cities.latitude,
                longitude: x.cities.longitude,
              }}
              locale={locale}
            />
          </div>
        </>
      )}
    </>
  );
}
