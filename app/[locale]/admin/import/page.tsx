import type { Metadata } from 'next';
import { ImportForm } from '@/components/admin/import-form';
import { AdminRefusal } from '@/components/admin/refusal';
import { adminViewer } from '@/lib/forms/page-params';
import { getImportMessages } from '@/lib/i18n/import-messages';
import { isLocale } from '@/lib/i18n/locales';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/import'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getImportMessages(locale).title, robots: { index: false } } : {};
}

export default async function ImportPage({ params }: PageProps<'/[locale]/admin/import'>) {
  const { locale: rawLocale } = await params;
  const admin = await adminViewer(rawLocale, `/${rawLocale}/admin/import`);
  if (!admin.ok) return <AdminRefusal refusal={admin.refusal} locale={admin.locale} />;
  const { locale } = admin;
  const t = getImportMessages(locale);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t.title}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{t.intro}</p>
      <ImportForm locale={locale} />
      <section aria-labelledby="formats-heading" className="mt-10 max-w-3xl">
        <h2 id="formats-heading" className="text-lg font-semibold text-brand-900">
          {t.formatsTitle}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-stone-700">
          {t.formats.map((format) => (
            <li key={format}>{format}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
