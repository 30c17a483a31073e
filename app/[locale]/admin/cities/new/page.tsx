import type { Metadata } from 'next';
import { RecordForm } from '@/components/manage/record-form';
import { BackLink } from '@/components/manage/reference-page';
import { AdminRefusal } from '@/components/admin/refusal';
import { adminViewer } from '@/lib/forms/page-params';
import { citySpec } from '@/lib/forms/specs';
import { isLocale } from '@/lib/i18n/locales';
import { getReferenceMessages } from '@/lib/i18n/reference-messages';
import { createReferenceAction } from '../../reference-actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/cities/new'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getReferenceMessages(locale).cities.newTitle, robots: { index: false } } : {};
}

export default async function NewCityPage({ params }: PageProps<'/[locale]/admin/cities/new'>) {
  const { locale: rawLocale } = await params;
  const admin = await adminViewer(rawLocale, `/${rawLocale}/admin/cities/new`);
  if (!admin.ok) return <AdminRefusal refusal={admin.refusal} locale={admin.locale} />;
  const { locale } = admin;
  const r = getReferenceMessages(locale);
  return (
    <div className="max-w-3xl">
      <BackLink href={`/${locale}/admin/cities`}>{r.cities.title}</BackLink>
      <h1 className="mt-2 mb-6 text-3xl font-bold text-brand-900">{r.cities.newTitle}</h1>
      <RecordForm
        schema="city"
        action={createReferenceAction.bind(null, locale, 'cities')}
        locale={locale}
        fields={citySpec(locale, { level: 'PREFECTURE' })}
        submitLabel={r.cities.create}
      />
    </div>
  );
}
