import type { Metadata } from 'next';
import { RecordForm } from '@/components/manage/record-form';
import { BackLink, ReferenceHistory, UsageAndDelete } from '@/components/manage/reference-page';
import { AdminRefusal } from '@/components/admin/refusal';
import { getOrganization, listOrganizationChoices } from '@/lib/data/organizations';
import { listCityChoices } from '@/lib/data/workspace';
import { adminViewer, orNotFound } from '@/lib/forms/page-params';
import { organizationSpec } from '@/lib/forms/specs';
import { isLocale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getReferenceMessages } from '@/lib/i18n/reference-messages';
import { deleteReferenceAction, updateReferenceAction } from '../../reference-actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/organizations/[id]'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getReferenceMessages(locale).organizations.title, robots: { index: false } } : {};
}

export default async function OrganizationPage({ params }: PageProps<'/[locale]/admin/organizations/[id]'>) {
  const { locale: rawLocale, id } = await params;
  const admin = await adminViewer(rawLocale, `/${rawLocale}/admin/organizations/${id}`);
  if (!admin.ok) return <AdminRefusal refusal={admin.refusal} locale={admin.locale} />;
  const { locale, viewer } = admin;
  const [{ fields, usage, history }, cities, organizations] = await orNotFound(
    Promise.all([getOrganization(viewer, id), listCityChoices(viewer), listOrganizationChoices(viewer)]),
  );
  const r = getReferenceMessages(locale);
  return (
    <div className="max-w-3xl">
      <BackLink href={`/${locale}/admin/organizations`}>{r.organizations.title}</BackLink>
      <h1 className="mt-2 mb-6 text-3xl font-bold text-brand-900">{localize(locale, fields.nameZh, fields.nameEn)}</h1>
      <RecordForm
        schema="organization"
        action={updateReferenceAction.bind(null, locale, 'organizations', id)}
        locale={locale}
        fields={[...organizationSpec(locale, { cities, organizations }, fields), { name: 'note', type: 'textarea', label: r.common.note }]}
        hidden={{ version: fields.version }}
        submitLabel={r.common.save}
      />
      <UsageAndDelete locale={locale} usage={usage} remove={deleteReferenceAction.bind(null, locale, 'organizations', id)} version={fields.version} />
      <ReferenceHistory locale={locale} revisions={history} fieldLabels={r.organizations.fields} />
    </div>
  );
}
