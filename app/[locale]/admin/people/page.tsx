import type { Metadata } from 'next';
import { PersonName } from '@/components/person-name';
import { ReferenceList } from '@/components/manage/reference-page';
import { AdminRefusal } from '@/components/admin/refusal';
import { listPeople } from '@/lib/data/people';
import { adminViewer, orNotFound, searchParam } from '@/lib/forms/page-params';
import { isLocale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getReferenceMessages } from '@/lib/i18n/reference-messages';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/people'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getReferenceMessages(locale).people.title, robots: { index: false } } : {};
}

export default async function PeoplePage({ params, searchParams }: PageProps<'/[locale]/admin/people'>) {
  const { locale: rawLocale } = await params;
  const admin = await adminViewer(rawLocale, `/${rawLocale}/admin/people`);
  if (!admin.ok) return <AdminRefusal refusal={admin.refusal} locale={admin.locale} />;
  const { locale, viewer } = admin;
  const query = searchParam((await searchParams).q);
  const { items, more } = await orNotFound(listPeople(viewer, { query }));
  const r = getReferenceMessages(locale);
  return (
    <ReferenceList
      locale={locale}
      path={`/${locale}/admin/people`}
      title={r.people.title}
      intro={r.people.intro}
      addLabel={r.people.add}
      query={query}
      more={more}
      entries={items.map((person) => ({
        id: person.id,
        name: <PersonName person={person} locale={locale} />,
        details: [...person.roles.map((role) => localize(locale, role.titleZh, role.titleEn)), r.people.inExchanges(person._count.participations)].join(' · '),
      }))}
    />
  );
}
