import type { Metadata } from 'next';
import { PersonName } from '@/components/person-name';
import { RecordForm } from '@/components/manage/record-form';
import { BackLink } from '@/components/manage/reference-page';
import { AdminRefusal } from '@/components/admin/refusal';
import { listOrganizationChoices } from '@/lib/data/organizations';
import { getPerson } from '@/lib/data/people';
import { adminViewer, orNotFound } from '@/lib/forms/page-params';
import { personRoleSpec } from '@/lib/forms/specs';
import { isLocale } from '@/lib/i18n/locales';
import { getReferenceMessages } from '@/lib/i18n/reference-messages';
import { addPersonRoleAction } from '../../../../reference-actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/people/[id]/roles/new'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getReferenceMessages(locale).people.posts.newTitle, robots: { index: false } } : {};
}

export default async function NewPostPage({ params }: PageProps<'/[locale]/admin/people/[id]/roles/new'>) {
  const { locale: rawLocale, id } = await params;
  const admin = await adminViewer(rawLocale, `/${rawLocale}/admin/people/${id}/roles/new`);
  if (!admin.ok) return <AdminRefusal refusal={admin.refusal} locale={admin.locale} />;
  const { locale, viewer } = admin;
  const [{ fields }, organizations] = await orNotFound(Promise.all([getPerson(viewer, id), listOrganizationChoices(viewer)]));
  const r = getReferenceMessages(locale);
  return (
    <div className="max-w-3xl">
      <BackLink href={`/${locale}/admin/people/${id}`}>
        <PersonName person={fields} locale={locale} />
      </BackLink>
      <h1 className="mt-2 mb-6 text-3xl font-bold text-brand-900">{r.people.posts.newTitle}</h1>
      <RecordForm
        schema="personRole"
        action={addPersonRoleAction.bind(null, locale, id)}
        locale={locale}
        fields={personRoleSpec(locale, { organizations })}
        submitLabel={r.people.posts.create}
      />
    </div>
  );
}
