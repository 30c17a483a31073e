import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PersonName } from '@/components/person-name';
import { RecordForm } from '@/components/manage/record-form';
import { BackLink, UsageAndDelete } from '@/components/manage/reference-page';
import { AdminRefusal } from '@/components/admin/refusal';
import { listOrganizationChoices } from '@/lib/data/organizations';
import { getPerson } from '@/lib/data/people';
import { adminViewer, orNotFound } from '@/lib/forms/page-params';
import { personRoleSpec } from '@/lib/forms/specs';
import { isLocale } from '@/lib/i18n/locales';
import { getReferenceMessages } from '@/lib/i18n/reference-messages';
import { deletePersonRoleAction, updatePersonRoleAction } from '../../../../reference-actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/people/[id]/roles/[roleId]'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getReferenceMessages(locale).people.posts.editTitle, robots: { index: false } } : {};
}

export default async function PostPage({ params }: PageProps<'/[locale]/admin/people/[id]/roles/[roleId]'>) {
  const { locale: rawLocale, id, roleId } = await params;
  const admin = await adminViewer(rawLocale, `/${rawLocale}/admin/people/${id}/roles/${roleId}`);
  if (!admin.ok) return <AdminRefusal refusal={admin.refusal} locale={admin.locale} />;
  const { locale, viewer } = admin;
  const [{ fields, roles }, organizations] = await orNotFound(Promise.all([getPerson(viewer, id), listOrganizationChoices(viewer)]));
  const post = roles.find((role) => role.id === roleId);
  if (!post) notFound();
  const r = getReferenceMessages(locale);
  return (
    <div className="max-w-3xl">
      <BackLink href={`/${locale}/admin/people/${id}`}>
        <PersonName person={fields} locale={locale} />
      </BackLink>
      <h1 className="mt-2 mb-6 text-3xl font-bold text-brand-900">{r.people.posts.editTitle}</h1>
      <RecordForm
        schema="personRole"
        action={updatePersonRoleAction.bind(null, locale, roleId)}
        locale={locale}
        fields={[...personRoleSpec(locale, { organizations }, post), { name: 'note', type: 'textarea', label: r.common.note }]}
        hidden={{ version: post.version }}
        submitLabel={r.common.save}
      />
      <UsageAndDelete locale={locale} usage={post.usage} remove={deletePersonRoleAction.bind(null, locale, roleId)} version={post.version} />
    </div>
  );
}
