import type { Metadata } from 'next';
import { RecordForm } from '@/components/manage/record-form';
import { BackLink } from '@/components/manage/reference-page';
import { AdminRefusal } from '@/components/admin/refusal';
import { listOrganizationChoices } from '@/lib/data/organizations';
import { listCityChoices } from '@/lib/data/workspace';
import { adminViewer, orNotFound } from '@/lib/forms/page-params';
import { organizationSpec } from '@/lib/forms/specs';
import { isLocale } from '@/lib/i18n/locales';
import { getReferenceMessages } from '@/lib/i18n/reference-messages';
import { createReferenceAction } from '../../reference-actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/organizations/new'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getReferenceMessages(locale).organizations.newTitle, robots: { index: false } } : {};
}

export default async function NewOrganizationPage({ params }: PageProps<'/[locale]/admin/organizations/new'>) {
  const { locale: rawLocale } = await params;
  const admin = await adminViewer(rawLocale, `/${rawLocale}/admin/organizations/new`);
  if (!admin.ok) return <AdminRefusal refusal={admin.refusal} locale={admin.locale} />;
  const { locale, viewer } = admin;
  const [cities, organizations] = await orNotFound(Promise.all([listCityChoices(viewer), listOrganizationChoices(viewer)]));
  const r = getReferenceMessages(locale);
  return (
    <div className="max-w-3xl">
      <BackLink href={`/${locale}/admin/organizations`}>{r.organizations.title}</BackLink>
      <h1 className="mt-2 mb-6 text-3xl font-bold text-brand-900">{r.organizations.newTitle}</h1>
      <RecordForm
        schema="organization"
        action={createReferenceAction.bind(null, locale, 'organizations')}
        locale={locale}
        fields={organizationSpec(locale, { cities, organizations })}
        submitLabel={r.organizations.create}
      />
    </div>
  );
}
