import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { AdminRefusal } from '@/components/admin/refusal';
import { Badge } from '@/components/badge';
import { RecordForm } from '@/components/manage/record-form';
import { WorkflowButton } from '@/components/manage/workflow-button';
import { getAccount, listAccountCityChoices } from '@/lib/data/accounts';
import { explainRefusal, workspaceViewer } from '@/lib/forms/page-params';
import { accountSpecs } from '@/lib/forms/specs';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { formatMoment } from '@/lib/i18n/format';
import { isLocale } from '@/lib/i18n/locales';
import { endAccountSessionsAction, setAccountDisabledAction, setAccountPasswordAction, updateAccountAction } from '../actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/accounts/[id]'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getAdminMessages(locale).accounts.title, robots: { index: false } } : {};
}

export default async function AccountPage({ params }: PageProps<'/[locale]/admin/accounts/[id]'>) {
  const { locale: rawLocale, id } = await params;
  const { locale, viewer } = await workspaceViewer(rawLocale, `/${rawLocale}/admin/accounts/${id}`);
  const read = await explainRefusal(Promise.all([getAccount(viewer, id), listAccountCityChoices(viewer)]));
  if (!read.ok) return <AdminRefusal refusal={read.refusal} locale={locale} />;
  const [account, cities] = read.value;
  const a = getAdminMessages(locale);
  const specs = accountSpecs(locale, cities, { name: account.name, role: account.role, cityIds: account.cities.map((city) => city.id) });
  const sectionClass = 'mt-8 rounded-lg border border-stone-200 bg-white p-4';
  return (
    <div className="max-w-3xl">
      <Link href={`/${locale}/admin/accounts` as Route} className="text-sm text-brand-700 underline">
        ← {a.account.back}
      </Link>
      <h1 className="mt-2 text-3xl font-bold break-words text-brand-900">{account.email}</h1>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="font-medium text-stone-600">{a.accounts.role}</dt>
        <dd>{a.roles[account.role]}</dd>
        <dt className="font-medium text-stone-600">{a.account.status}</dt>
        <dd>
          <Badge tone={account.disabledAt ? 'warning' : 'brand'}>
            {account.disabledAt ? a.account.disabledSince(formatMoment(account.disabledAt, locale)) : a.accounts.active}
          </Badge>
        </dd>
        <dt className="font-medium text-stone-600">{a.account.createdOn}</dt>
        <dd>{formatMoment(account.createdAt, locale)}</dd>
        <dt className="font-medium text-stone-600">{a.account.lastSignIn}</dt>
        <dd>{account.lastSignInAt ? formatMoment(account.lastSignInAt, locale) : a.accounts.never}</dd>
        <dt className="font-medium text-stone-600">{a.account.openSessions}</dt>
        <dd>{a.account.sessionCount(account.openSessions)}</dd>
      </dl>

      <section aria-labelledby="access-heading" className={sectionClass}>
        <h2 id="access-heading" className="text-lg font-semibold text-brand-900">
          {a.account.accessTitle}
        </h2>
        <p className="mt-1 mb-4 text-sm text-stone-700">{a.account.accessIntro}</p>
        <RecordForm
          schema="accountChange"
          action={updateAccountAction.bind(null, locale, account.id)}
          locale={locale}
          fields={specs.access}
          hidden={{ version: account.version }}
          submitLabel={a.account.save}
        />
      </section>

      <section aria-labelledby="sign-in-heading" className={sectionClass}>
        <h2 id="sign-in-heading" className="mb-3 text-lg font-semibold text-brand-900">
          {a.account.signInTitle}
        </h2>
        <div className="flex flex-wrap items-start gap-3">
          {account.disabledAt ? (
            <WorkflowButton action={setAccountDisabledAction.bind(null, locale, account.id, false)} label={a.account.enable} tone="secondary" />
          ) : (
            <WorkflowButton
              action={setAccountDisabledAction.bind(null, locale, account.id, true)}
              label={a.account.disable}
              confirm={a.account.disableConfirm}
              tone="danger"
            />
          )}
          {!account.disabledAt && (
            <WorkflowButton
              action={endAccountSessionsAction.bind(null, locale, account.id)}
              label={a.account.endSessions}
              confirm={a.account.endSessionsConfirm}
              tone="secondary"
            />
          )}
        </div>
      </section>

      <section aria-labelledby="password-heading" className={sectionClass}>
        <h2 id="password-heading" className="text-lg font-semibold text-brand-900">
          {a.account.passwordTitle}
        </h2>
        <p className="mt-1 mb-4 text-sm text-stone-700">{a.account.passwordIntro}</p>
        <RecordForm
          schema="password"
          action={setAccountPasswordAction.bind(null, locale, account.id)}
          locale={locale}
          fields={specs.password}
          submitLabel={a.account.setPassword}
        />
      </section>
    </div>
  );
}
