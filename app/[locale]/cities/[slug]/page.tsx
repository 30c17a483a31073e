import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { ExchangeList } from '@/components/public/exchange-card';
import { KindBreakdown } from '@/components/public/kind-breakdown';
import { FollowThroughFigure } from '@/components/public/follow-through';
import { ItemTable } from '@/components/public/item-table';
import { RelationshipList } from '@/components/public/relationship-list';
import { listPublicItems } from '@/lib/data/cooperation-tracker';
import { getViewer } from '@/lib/data/current-viewer';
import { listTimeline } from '@/lib/data/exchanges';
import { getCityProfile } from '@/lib/data/public-cities';
import { orNotFound } from '@/lib/forms/page-params';
import { getExploreMessages } from '@/lib/i18n/explore-messages';
import { isLocale, languageAlternates, type Locale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getMessages } from '@/lib/i18n/messages';
import { notFound } from 'next/navigation';

export const dynamic = 'force-dynamic';

type CityProfile = Awaited<ReturnType<typeof getCityProfile>>;

async function loadCity(rawLocale: string, slug: string) {
  if (!isLocale(rawLocale)) notFound();
  const locale: Locale = rawLocale;
  return { locale, profile: await orNotFound(getCityProfile(await getViewer(), slug)) };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/cities/[slug]'>): Promise<Metadata> {
  const { locale: rawLocale, slug } = await params;
  const { locale, profile } = await loadCity(rawLocale, slug);
  const x = getExploreMessages(locale);
  const name = localize(locale, profile.city.nameZh, profile.city.nameEn);
  return {
    title: name,
    description: `${name}: ${x.city.exchanges(profile.exchangeCount)}. ${localize(locale, profile.city.knownForZh, profile.city.knownForEn) ?? ''}`.trim(),
    alternates: { languages: languageAlternates(`/cities/${profile.city.slug}`) },
  };
}

export default async function CityPage({ params }: PageProps<'/[locale]/cities/[slug]'>) {
  const { locale: rawLocale, slug } = await params;
  const { locale, profile } = await loadCity(rawLocale, slug);
  const t = getMessages(locale);
  const x = getExploreMessages(locale);
  const { city } = profile;
  const name = localize(locale, city.nameZh, city.nameEn);
  const knownFor = localize(locale, city.knownForZh, city.knownForEn);

  return (
    <article>
      <Link href={`/${locale}/cities` as Route} className="text-sm text-brand-700 underline">
        ← {x.cities.title}
      </Link>
      <header className="mt-4">
        <h1 className="text-3xl font-bold text-brand-900">{name}</h1>
        <p className="mt-1 text-stone-700">
          {localize(locale, city.provinceZh, city.provinceEn)} · {x.city.exchanges(profile.exchangeCount)}
        </p>
        {knownFor && (
          <p className="mt-2 text-stone-700">
            <span className="font-medium">{x.city.knownFor}:</span> {knownFor}
          </p>
        )}
        {profile.relationships.length > 0 && (
          <p className="mt-2">
            <a href="#relationships" className="font-medium text-brand-700 underline">
              {x.city.relationshipsLink(profile.relationships.length)}
            </a>
          </p>
        )}
      </header>

      {profile.exchangeCount > 0 && (
        <div className="mt-8 grid gap-6 md:grid-cols-[1fr_16rem]">
          <section aria-labelledby="partners-heading">
            <h2 id="partners-heading" className="text-2xl font-semibold text-brand-900">
              {x.city.partners}
            </h2>
            <ul className="mt-3 space-y-2">
              {profile.partners.map((partner) => (
                <li key={partner.id} className="flex flex-wrap items-baseline gap-x-3">
                  <Link href={`/${locale}/cities/${city.slug}/${partner.slug}` as Route} className="font-medium text-brand-700 underline">
                    {name} ↔ {localize(locale, partner.nameZh, partner.nameEn)}
                  </Link>
                  <span className="text-sm text-stone-600">{x.city.visits(partner.pairCount)}</span>
                </li>
              ))}
            </ul>
          </section>
          <FollowThroughFigure figure={profile.followThrough} locale={locale} x={x} />
        </div>
      )}

      {profile.relationships.length > 0 && (
        <section id="relationships" aria-labelledby="relationships-heading" className="mt-10">
          <h2 id="relationships-heading" className="text-2xl font-semibold text-brand-900">
            {x.relationships.title}
          </h2>
          <RelationshipList relationships={profile.relationships} city={city} locale={locale} t={t} x={x} />
        </section>
      )}

      {profile.exchangeCount > 0 ? <CityExchanges profile={profile} locale={locale} /> : <p className="mt-10 text-stone-600">{x.city.noExchanges}</p>}

      {profile.people.length > 0 && (
        <section aria-labelledby="people-heading" className="mt-10">
          <h2 id="people-heading" className="text-2xl font-semibold text-brand-900">
            {x.city.people}
          </h2>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2">
            {profile.people.map((person) => (
              <li key={person.id}>
                <Link href={`/${locale}?person=${person.id}` as Route} className="font-medium text-brand-700 underline">
                  {locale === 'zh' ? person.labelZh : person.labelEn}
                </Link>
                {(locale === 'zh' ? person.textZh : person.textEn) && (
                  <span className="text-sm text-stone-600"> · {locale === 'zh' ? person.textZh : person.textEn}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {profile.practices.length > 0 && (
        <section aria-labelledby="practices-heading" className="mt-10">
          <h2 id="practices-heading" className="text-2xl font-semibold text-brand-900">
            {x.city.practices}
          </h2>
          <ul className="mt-3 space-y-3">
            {profile.practices.map((practice) => (
              <li key={practice.id} className="rounded-lg border border-stone-200 bg-white p-3">
                <p className="font-semibold">{locale === 'zh' ? practice.labelZh : practice.labelEn}</p>
                {(locale === 'zh' ? practice.textZh : practice.textEn) && <p className="text-sm text-stone-700">{locale === 'zh' ? practice.textZh : practice.textEn}</p>}
                <p className="mt-1 text-sm text-stone-600">
                  {x.city.from}{' '}
                  <Link href={`/${locale}/exchanges/${practice.publication.slug}#practices` as Route} className="text-brand-700 underline">
                    {localize(locale, practice.publication.titleZh, practice.publication.titleEn)}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/**
 * The city's exchanges and the cooperation items they agreed on. Read only for a city with published
 * exchanges: the timeline refuses the name of any other.
 */
async function CityExchanges({ profile, locale }: { profile: CityProfile; locale: Locale }) {
  const t = getMessages(locale);
  const x = getExploreMessages(locale);
  const viewer = await getViewer();
  const { city } = profile;
  const [timeline, items] = await Promise.all([listTimeline(viewer, { city: city.slug }), listPublicItems(viewer, { city: city.slug })]);
  return (
    <>
      <section aria-labelledby="exchanges-heading" className="mt-10">
        <h2 id="exchanges-heading" className="text-2xl font-semibold text-brand-900">
          {t.timeline.title}
        </h2>
        <KindBreakdown kinds={profile.kinds} timeline={`/${locale}?city=${city.slug}`} label={x.city.byKind} t={t} />
        <ExchangeList
          exchanges={timeline.exchanges}
          more={timeline.pageCount > 1 ? (`/${locale}?city=${city.slug}` as Route) : null}
          moreLabel={x.city.timeline}
          locale={locale}
          t={t}
        />
      </section>

      <section aria-labelledby="items-heading" className="mt-10">
        <h2 id="items-heading" className="text-2xl font-semibold text-brand-900">
          {x.city.items}
        </h2>
        <ItemTable tracker={items} caption={x.city.items} locale={locale} t={t} x={x} />
        <p className="mt-3">
          <Link href={`/${locale}/cooperation?city=${city.slug}` as Route} className="text-brand-700 underline">
            {x.city.allItems}
          </Link>
        </p>
      </section>
    </>
  );
}
