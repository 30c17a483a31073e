import type { Metadata } from 'next';
import { ReferenceList } from '@/components/manage/reference-page';
import { AdminRefusal } from '@/components/admin/refusal';
import { listOrganizations } from '@/lib/data/organizations';
import { adminViewer, orNotFound, searchParam } from '@/lib/forms/page-params';
import { isLocale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getReferenceMessages } from '@/lib/i18n/reference-messages';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/organizations'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getReferenceMessages(locale).organizations.title, robots: { index: false } } : {};
}

export default async function OrganizationsPage({ params, searchParams }: PageProps<'/[locale]/admin/organizations'>) {
  const { locale: rawLocale } = await params;
  const admin = await adminViewer(rawLocale, `/${rawLocale}/admin/organizations`);
  if (!admin.ok) return <AdminRefusal refusal={admin.refusal} locale={admin.locale} />;
  const { locale, viewer } = admin;
  const query = searchParam((await searchParams).q);
  const { items, more } = await orNotFound(listOrganizations(viewer, { query }));
  const r = getReferenceMessages(locale);
  const name = (named: { nameZh: string; nameEn: string } | null) => named && localize(locale, named.nameZh, named.nameEn);
  return (
    <ReferenceList
      locale={locale}
      path={`/${locale}/admin/organizations`}
      title={r.organizations.title}
      intro={r.organizations.intro}
      addLabel={r.organizations.add}
      query={query}
      more={more}
      entries={items.map((organization) => ({
        id: organization.id,
        name: name(organization),
        details: [r.organizations.kinds[organization.kind], name(organization.city) ?? r.organizations.noCity, name(organization.parent)]
          .filter(Boolean)
          .join(' · '),
      }))}
    />
  );
}
