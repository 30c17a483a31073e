import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { AdminRefusal } from '@/components/admin/refusal';
import { Badge } from '@/components/badge';
import { listAccounts } from '@/lib/data/accounts';
import { explainRefusal, workspaceViewer } from '@/lib/forms/page-params';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { formatMoment } from '@/lib/i18n/format';
import { isLocale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getMessages } from '@/lib/i18n/messages';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/accounts'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getAdminMessages(locale).accounts.title, robots: { index: false } } : {};
}

export default async function AccountsPage({ params }: PageProps<'/[locale]/admin/accounts'>) {
  const { locale: rawLocale } = await params;
  const { locale, viewer } = await workspaceViewer(rawLocale, `/${rawLocale}/admin/accounts`);
  const read = await explainRefusal(listAccounts(viewer));
  if (!read.ok) return <AdminRefusal refusal={read.refusal} locale={locale} />;
  const a = getAdminMessages(locale);
  const list = getMessages(locale).format.list;
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold text-brand-900">{a.accounts.title}</h1>
        <Link href={`/${locale}/admin/accounts/new` as Route} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-900">
          {a.accounts.add}
        </Link>
      </div>
      <p className="mt-2 max-w-3xl text-stone-700">{a.accounts.intro}</p>
      <div className="mt-6 overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-stone-200 text-stone-600">
            <tr>
              <th scope="col" className="p-3 font-medium">{a.accounts.email}</th>
              <th scope="col" className="p-3 font-medium">{a.accounts.name}</th>
              <th scope="col" className="p-3 font-medium">{a.accounts.role}</th>
              <th scope="col" className="p-3 font-medium">{a.accounts.cities}</th>
              <th scope="col" className="p-3 font-medium">{a.accounts.status}</th>
              <th scope="col" className="p-3 font-medium">{a.accounts.lastSignIn}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {read.value.map((account) => (
              <tr key={account.id} className="align-top">
                <th scope="row" className="p-3 font-medium">
                  <Link href={`/${locale}/admin/accounts/${account.id}` as Route} className="text-brand-800 underline">
                    {account.email}
                  </Link>
                </th>
                <td className="p-3">{account.name}</td>
                <td className="p-3">{a.roles[account.role]}</td>
                <td className="p-3">
                  {account.role === 'ADMIN'
                    ? a.accounts.allCities
                    : account.cities.length
                      ? list(account.cities.map((city) => localize(locale, city.nameZh, city.nameEn)))
                      : a.accounts.noCities}
                </td>
                <td className="p-3">
                  <Badge tone={account.disabledAt ? 'warning' : 'brand'}>{account.disabledAt ? a.accounts.disabled : a.accounts.active}</Badge>
                </td>
                <td className="p-3 whitespace-nowrap">{account.lastSignInAt ? formatMoment(account.lastSignInAt, locale) : a.accounts.never}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
