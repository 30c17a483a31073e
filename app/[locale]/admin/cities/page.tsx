import type { Metadata } from 'next';
import { ReferenceList } from '@/components/manage/reference-page';
import { AdminRefusal } from '@/components/admin/refusal';
import { listCities } from '@/lib/data/cities';
import { adminViewer, orNotFound, searchParam } from '@/lib/forms/page-params';
import { isLocale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getReferenceMessages } from '@/lib/i18n/reference-messages';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/cities'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getReferenceMessages(locale).cities.title, robots: { index: false } } : {};
}

export default async function CitiesPage({ params, searchParams }: PageProps<'/[locale]/admin/cities'>) {
  const { locale: rawLocale } = await params;
  const admin = await adminViewer(rawLocale, `/${rawLocale}/admin/cities`);
  if (!admin.ok) return <AdminRefusal refusal={admin.refusal} locale={admin.locale} />;
  const { locale, viewer } = admin;
  const query = searchParam((await searchParams).q);
  const { items, more } = await orNotFound(listCities(viewer, { query }));
  const r = getReferenceMessages(locale);
  return (
    <ReferenceList
      locale={locale}
      path={`/${locale}/admin/cities`}
      title={r.cities.title}
      intro={r.cities.intro}
      addLabel={r.cities.add}
      query={query}
      more={more}
      entries={items.map((city) => ({
        id: city.id,
        name: localize(locale, city.nameZh, city.nameEn),
        details: [localize(locale, city.provinceZh, city.provinceEn), r.cities.levels[city.level], city.slug].join(' · '),
      }))}
    />
  );
}
