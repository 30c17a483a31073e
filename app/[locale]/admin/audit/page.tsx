import type { Metadata, Route } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { AuditDetail } from '@/components/admin/audit-detail';
import { AdminRefusal } from '@/components/admin/refusal';
import { FilterForm } from '@/components/form/filter-form';
import { DateField, HiddenField, SelectField, TextField } from '@/components/form/fields';
import { historyVocabulary } from '@/lib/forms/history-vocabulary';
import { listAuditEvents, listRecordChanges } from '@/lib/data/audit-log';
import type { Viewer } from '@/lib/data/viewer';
import { explainRefusal, workspaceViewer } from '@/lib/forms/page-params';
import { type AdminMessages, getAdminMessages } from '@/lib/i18n/admin-messages';
import { formatMoment } from '@/lib/i18n/format';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { formError, type FormValues, localizeIssues } from '@/lib/validation/form';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/audit'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getAdminMessages(locale).audit.title, robots: { index: false } } : {};
}

const views = ['events', 'changes'] as const;
type View = (typeof views)[number];

async function readLog(viewer: Viewer, view: View, query: unknown) {
  return view === 'events'
    ? { view, ...(await listAuditEvents(viewer, query)) }
    : { view, ...(await listRecordChanges(viewer, query)) };
}

type Log = Awaited<ReturnType<typeof readLog>>;

export default async function AuditLogPage({ params, searchParams }: PageProps<'/[locale]/admin/audit'>) {
  const { locale: rawLocale } = await params;
  const path = `/${rawLocale}/admin/audit`;
  const { locale, viewer } = await workspaceViewer(rawLocale, path);
  const query = await searchParams;
  const view: View = query.view === 'changes' ? 'changes' : 'events';
  const read = await explainRefusal(readLog(viewer, view, query));
  if (!read.ok && read.refusal.code !== 'INVALID') return <AdminRefusal refusal={read.refusal} locale={locale} />;

  const a = getAdminMessages(locale);
  const values: FormValues = Object.fromEntries(Object.entries(query).flatMap(([name, value]) => (value === undefined ? [] : [[name, value]])));
  const validation = read.ok ? undefined : read.refusal.details.validation;
  const refusal = validation ? formError(a.audit.badFilters, values, { fieldErrors: localizeIssues(validation, locale) }) : null;
  /** This view with the same filters, from the newest entry or from a position in the log. */
  const pageAddress = (after?: string) => {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(values)) if (name !== 'after' && name !== 'view') for (const one of [value].flat()) search.append(name, one);
    search.set('view', view);
    if (after) search.set('after', after);
    return `${path}?${search}` as Route;
  };
  const choices = <K extends string>(names: Record<K, string>) => Object.entries<string>(names).map(([value, label]) => ({ value, label }));

  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{a.audit.title}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{a.audit.intro}</p>

      <nav aria-label={a.audit.title} className="mt-6 flex gap-2 border-b border-stone-200">
        {views.map((name) => (
          <Link
            key={name}
            href={`${path}?view=${name}` as Route}
            aria-current={name === view ? 'page' : undefined}
            className={
              name === view ? '-mb-px border-b-2 border-brand-700 px-3 py-2 font-semibold text-brand-900' : 'px-3 py-2 font-medium text-brand-800 hover:underline'
            }
          >
            {a.audit.views[name]}
          </Link>
        ))}
      </nav>

      <section aria-labelledby="filters-heading" className="mt-6 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="filters-heading" className="mb-3 text-lg font-semibold text-brand-900">
          {a.audit.filtersTitle}
        </h2>
        <FilterForm action={path as Route} locale={locale} labels={a.audit.fields} values={values} refusal={refusal} submitLabel={a.audit.filter}>
          <HiddenField name="view" value={view} />
          {view === 'events' ? (
            <SelectField name="kind" options={choices(a.audit.kinds)} emptyOption={a.audit.any} />
          ) : (
            <>
              <SelectField name="entityType" options={choices(a.audit.entityTypes)} emptyOption={a.audit.any} />
              <SelectField name="action" options={choices(a.audit.actions)} emptyOption={a.audit.any} />
            </>
          )}
          <TextField name="account" hint={view === 'events' ? a.audit.accountHint : a.audit.actorHint} />
          <DateField name="from" />
          <DateField name="to" />
        </FilterForm>
        <p className="mt-3 text-sm">
          <Link href={`${path}?view=${view}` as Route} className="text-brand-700 underline">
            {a.audit.clear}
          </Link>
        </p>
      </section>

      {read.ok && (
        <>
          <LogTable log={read.value} locale={locale} a={a} />
          {(read.value.next || values.after) && (
            <nav aria-label={a.audit.pages} className="mt-6 flex justify-between text-sm">
              {values.after ? (
                <Link href={pageAddress()} className="text-brand-700 underline">
                  {a.audit.newest}
                </Link>
              ) : (
                <span />
              )}
              {read.value.next && (
                <Link href={pageAddress(read.value.next)} rel="next" className="text-brand-700 underline">
                  {a.audit.next}
                </Link>
              )}
            </nav>
          )}
        </>
      )}
    </>
  );
}

function Moment({ at, locale }: { at: Date; locale: Locale }) {
  return <time dateTime={at.toISOString()}>{formatMoment(at, locale)}</time>;
}

function Table({ headings, children }: { headings: string[]; children: ReactNode }) {
  return (
    <div className="mt-6 overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-stone-200 text-stone-600">
          <tr>
            {headings.map((heading) => (
              <th key={heading} scope="col" className="p-3 font-medium">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">{children}</tbody>
      </table>
    </div>
  );
}

function LogTable({ log, locale, a }: { log: Log; locale: Locale; a: AdminMessages }) {
  const rows = log.view === 'events' ? log.events : log.changes;
  if (rows.length === 0) {
    return <p className="mt-6 rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600">{a.audit.empty}</p>;
  }
  const cell = 'p-3 align-top';
  if (log.view === 'events') {
    return (
      <Table headings={[a.audit.when, a.audit.event, a.audit.by, a.audit.about, a.audit.detail, a.audit.networkAddress]}>
        {log.events.map((event) => (
          <tr key={event.id}>
            <td className={`${cell} whitespace-nowrap`}>
              <Moment at={event.createdAt} locale={locale} />
            </td>
            <td className={cell}>{a.audit.kinds[event.kind]}</td>
            <td className={`${cell} break-words`}>{event.actor?.email ?? '—'}</td>
            <td className={`${cell} break-words`}>{event.subject ?? '—'}</td>
            <td className={cell}>
              <AuditDetail detail={event.detail} cityNames={log.cityNames} locale={locale} a={a} />
            </td>
            <td className={cell}>{event.ipAddress ?? '—'}</td>
          </tr>
        ))}
      </Table>
    );
  }
  const words = historyVocabulary(locale);
  return (
    <Table headings={[a.audit.when, a.audit.by, a.audit.action, a.audit.record, a.audit.exchange, a.audit.changedFields]}>
      {log.changes.map((change) => (
        <tr key={change.id}>
          <td className={`${cell} whitespace-nowrap`}>
            <Moment at={change.createdAt} locale={locale} />
          </td>
          <td className={`${cell} break-words`}>{change.actor?.email ?? a.audit.commandLine}</td>
          <td className={cell}>
            {a.audit.actions[change.action]}
            {change.note && (
              <p className="mt-1 text-stone-600">
                {a.audit.note}: {change.note}
              </p>
            )}
          </td>
          <td className={cell}>{a.audit.entityTypes[change.entityType as keyof AdminMessages['audit']['entityTypes']] ?? change.entityType}</td>
          <td className={cell}>
            {change.exchange === null ? (
              '—'
            ) : change.exchange.deleted ? (
              <>
                {localize(locale, change.exchange.titleZh, change.exchange.titleEn)} {a.audit.deleted}
              </>
            ) : (
              <Link href={`/${locale}/manage/exchanges/${change.exchange.id}/history` as Route} className="text-brand-800 underline">
                {localize(locale, change.exchange.titleZh, change.exchange.titleEn)}
              </Link>
            )}
          </td>
          <td className={`${cell} text-stone-700`}>{change.fields.map((field) => words.field(change.entityType, field)).join(locale === 'zh' ? '、' : ', ')}</td>
        </tr>
      ))}
    </Table>
  );
}
