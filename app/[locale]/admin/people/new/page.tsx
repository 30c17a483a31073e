import type { Metadata } from 'next';
import { RecordForm } from '@/components/manage/record-form';
import { BackLink } from '@/components/manage/reference-page';
import { AdminRefusal } from '@/components/admin/refusal';
import { adminViewer } from '@/lib/forms/page-params';
import { personSpec } from '@/lib/forms/specs';
import { isLocale } from '@/lib/i18n/locales';
import { getReferenceMessages } from '@/lib/i18n/reference-messages';
import { createReferenceAction } from '../../reference-actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/people/new'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getReferenceMessages(locale).people.newTitle, robots: { index: false } } : {};
}

export default async function NewPersonPage({ params }: PageProps<'/[locale]/admin/people/new'>) {
  const { locale: rawLocale } = await params;
  const admin = await adminViewer(rawLocale, `/${rawLocale}/admin/people/new`);
  if (!admin.ok) return <AdminRefusal refusal={admin.refusal} locale={admin.locale} />;
  const { locale } = admin;
  const r = getReferenceMessages(locale);
  return (
    <div className="max-w-3xl">
      <BackLink href={`/${locale}/admin/people`}>{r.people.title}</BackLink>
      <h1 className="mt-2 mb-6 text-3xl font-bold text-brand-900">{r.people.newTitle}</h1>
      <RecordForm
        schema="person"
        action={createReferenceAction.bind(null, locale, 'people')}
        locale={locale}
        fields={personSpec(locale)}
        submitLabel={r.people.create}
      />
    </div>
  );
}
