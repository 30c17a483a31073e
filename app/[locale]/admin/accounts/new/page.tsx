import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { AdminRefusal } from '@/components/admin/refusal';
import { RecordForm } from '@/components/manage/record-form';
import { listAccountCityChoices } from '@/lib/data/accounts';
import { explainRefusal, workspaceViewer } from '@/lib/forms/page-params';
import { accountSpecs } from '@/lib/forms/specs';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { isLocale } from '@/lib/i18n/locales';
import { createAccountAction } from '../actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/accounts/new'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getAdminMessages(locale).accountForm.newTitle, robots: { index: false } } : {};
}

export default async function NewAccountPage({ params }: PageProps<'/[locale]/admin/accounts/new'>) {
  const { locale: rawLocale } = await params;
  const { locale, viewer } = await workspaceViewer(rawLocale, `/${rawLocale}/admin/accounts/new`);
  const cities = await explainRefusal(listAccountCityChoices(viewer));
  if (!cities.ok) return <AdminRefusal refusal={cities.refusal} locale={locale} />;
  const a = getAdminMessages(locale);
  return (
    <div className="max-w-3xl">
      <Link href={`/${locale}/admin/accounts` as Route} className="text-sm text-brand-700 underline">
        ← {a.account.back}
      </Link>
      <h1 className="mt-2 mb-6 text-3xl font-bold text-brand-900">{a.accountForm.newTitle}</h1>
      <RecordForm
        schema="newAccount"
        action={createAccountAction.bind(null, locale)}
        locale={locale}
        fields={accountSpecs(locale, cities.value, { role: 'STAFF' }).newAccount}
        submitLabel={a.accountForm.create}
      />
    </div>
  );
}
