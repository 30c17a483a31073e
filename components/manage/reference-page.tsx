import type { Route } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { RevisionEntry } from '@/lib/data/mutation';
import type { Usage } from '@/lib/data/reference-records';
import type { Locale } from '@/lib/i18n/locales';
import { getReferenceMessages } from '@/lib/i18n/reference-messages';
import type { FormAction } from '@/lib/validation/form';
import { RevisionList } from './revision-list';
import { WorkflowButton } from './workflow-button';

/*
 * The pieces the admin pages for cities, organizations and people share: a filtered list, what refers
 * to an entry with the button that deletes it, and its history.
 */

export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href as Route} className="text-sm text-brand-700 underline">
      ← {children}
    </Link>
  );
}

export interface ListedEntry {
  id: string;
  name: ReactNode;
  details: string;
}

/** A list page: its heading, a filter that keeps the address (so a filtered list can be shared), and the entries. */
export function ReferenceList({
  locale,
  path,
  title,
  intro,
  addLabel,
  query,
  entries,
  more,
  children,
}: {
  locale: Locale;
  /** The list's address; an entry is at `${path}/${id}`, a new one at `${path}/new`. */
  path: string;
  title: string;
  intro: string;
  addLabel: string;
  query: string | undefined;
  entries: readonly ListedEntry[];
  more: boolean;
  /** Shown between the introduction and the list: what waits for the admin. */
  children?: ReactNode;
}) {
  const r = getReferenceMessages(locale);
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
        <Link href={`${path}/new` as Route} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-900">
          {addLabel}
        </Link>
      </div>
      <p className="mt-2 max-w-3xl text-stone-700">{intro}</p>
      {children}
      <form role="search" action={path} className="mt-6 flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="filter" className="block font-medium text-stone-800">
            {r.list.filter}
          </label>
          <input id="filter" name="q" type="search" defaultValue={query} className="block w-72 max-w-full rounded-md border border-stone-400 bg-white px-3 py-2" />
        </div>
        <button type="submit" className="rounded-md border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50">
          {r.list.apply}
        </button>
        {query && (
          <Link href={path as Route} className="py-2 text-sm text-brand-800 underline">
            {r.list.showAll}
          </Link>
        )}
      </form>
      {entries.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-stone-300 p-6 text-center text-stone-600">{query ? r.list.noMatch(query) : r.list.none}</p>
      ) : (
        <ul className="mt-6 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {entries.map((entry) => (
            <li key={entry.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3">
              <Link href={`${path}/${entry.id}` as Route} className="font-semibold text-brand-900 hover:underline">
                {entry.name}
              </Link>
              <span className="text-sm text-stone-600">{entry.details}</span>
            </li>
          ))}
        </ul>
      )}
      {more && <p className="mt-3 text-sm text-stone-700">{r.list.more}</p>}
    </>
  );
}

/** What refers to an entry, and the button that deletes it; lib/data refuses the delete while anything does. */
export function UsageAndDelete({ locale, usage, remove, version }: { locale: Locale; usage: Usage; remove: FormAction; version: number }) {
  const r = getReferenceMessages(locale);
  const counts = Object.entries(usage) as [keyof typeof r.usage, number][];
  return (
    <section aria-labelledby="usage-heading" className="mt-10 border-t border-stone-200 pt-6">
      <h2 id="usage-heading" className="text-xl font-semibold text-brand-900">
        {r.common.usage}
      </h2>
      {counts.length === 0 ? (
        <p className="mt-2 text-stone-700">{r.common.unused}</p>
      ) : (
        <>
          <dl className="mt-2 grid max-w-md grid-cols-[1fr_auto] gap-x-6 gap-y-1">
            {counts.map(([kind, count]) => (
              <div key={kind} className="contents">
                <dt className="text-stone-700">{r.usage[kind]}</dt>
                <dd className="text-right font-medium">{count}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-2 text-sm text-stone-700">{r.common.inUse}</p>
        </>
      )}
      <div className="mt-4">
        <WorkflowButton action={remove} label={r.common.delete} confirm={r.common.deleteConfirm} hidden={{ version }} tone="danger" />
      </div>
    </section>
  );
}

export function ReferenceHistory({
  locale,
  revisions,
  fieldLabels,
}: {
  locale: Locale;
  revisions: readonly RevisionEntry[];
  fieldLabels: Readonly<Record<string, string>>;
}) {
  const r = getReferenceMessages(locale);
  return (
    <section aria-labelledby="history-heading" className="mt-10 border-t border-stone-200 pt-6">
      <h2 id="history-heading" className="text-xl font-semibold text-brand-900">
        {r.common.history}
      </h2>
      <RevisionList revisions={revisions} locale={locale} entityNames={r.entities} fieldLabels={fieldLabels} />
    </section>
  );
}
