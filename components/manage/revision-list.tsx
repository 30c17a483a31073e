import type { ReactNode } from 'react';
import type { RevisionEntry } from '@/lib/data/mutation';
import { formatMoment } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';

const shown = (value: unknown) => {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'object' && value && '$date' in value) return String((value as { $date: string }).$date).slice(0, 10);
  return typeof value === 'string' ? value : JSON.stringify(value);
};

/**
 * Changes to records, newest first: when, who, what they did to which record, why, and for a change
 * the fields with their values before and after.
 */
export function RevisionList({
  revisions,
  locale,
  entityNames,
  fieldLabels = {},
  actionFor,
}: {
  revisions: readonly RevisionEntry[];
  locale: Locale;
  /** The kind of record each revision is about ("Event" → "an event"), as it reads after the verb. */
  entityNames: Readonly<Record<string, string>>;
  fieldLabels?: Readonly<Record<string, string>>;
  /** What may be done from a revision, such as restoring the entry it deleted. */
  actionFor?: (revision: RevisionEntry) => ReactNode;
}) {
  const w = getWorkspaceMessages(locale);
  if (revisions.length === 0) return <p className="mt-6 text-stone-600">{w.history.empty}</p>;
  return (
    <ol className="mt-6 space-y-4">
      {revisions.map((revision) => {
        const changes = Object.entries(revision.changes);
        return (
          <li key={revision.id} className="rounded-lg border border-stone-200 bg-white p-4">
            <p>
              <time dateTime={revision.createdAt.toISOString()} className="font-medium">
                {formatMoment(revision.createdAt, locale)}
              </time>{' '}
              · {revision.actor ? (revision.actor.name ?? revision.actor.email) : w.history.commandLine} {w.history.actions[revision.action]}{' '}
              {entityNames[revision.entityType] ?? revision.entityType}
            </p>
            {revision.note && (
              <p className="mt-1 text-sm text-stone-700">
                {w.history.why}: {revision.note}
              </p>
            )}
            {actionFor && <div className="mt-2 empty:hidden">{actionFor(revision)}</div>}
            {revision.action === 'UPDATE' && changes.length > 0 && (
              <table className="mt-2 w-full text-left text-sm">
                <thead>
                  <tr className="text-stone-600">
                    <th scope="col" className="pr-4 font-medium">{w.history.field}</th>
                    <th scope="col" className="pr-4 font-medium">{w.history.from}</th>
                    <th scope="col" className="font-medium">{w.history.to}</th>
                  </tr>
                </thead>
                <tbody>
                  {changes.map(([field, change]) => (
                    <tr key={field} className="align-top">
                      <th scope="row" className="pr-4 font-normal text-stone-700">{fieldLabels[field] ?? field}</th>
                      <td className="pr-4 break-words text-red-800">{shown(change.from)}</td>
                      <td className="break-words text-brand-900">{shown(change.to)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        );
      })}
    </ol>
  );
}
