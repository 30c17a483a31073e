import type { ReactNode } from 'react';
import type { NamedThing, RevisionEntry } from '@/lib/data/mutation';
import { historyVocabulary, type HistoryVocabulary } from '@/lib/forms/history-vocabulary';
import { formatDate, formatMoment } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';
import { diffWords } from '@/lib/records/text-diff';

/** Texts at least this long show what changed within them, word by word, rather than before and after whole. */
const longText = 24;

/** A value as a person reads it: a thing by its name, a choice by its label, a date as a date. */
function readable(value: unknown, at: { entityType: string; field: string }, names: Readonly<Record<string, NamedThing>>, words: HistoryVocabulary, locale: Locale): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.map((item) => readable(item, at, names, words, locale)).join(locale === 'zh' ? '、' : ', ') : '—';
  if (value instanceof Date) return formatDate(value, locale);
  if (typeof value === 'string') {
    const named = names[value];
    if (named) return localize(locale, named.zh, named.en) ?? value;
    return words.choice(at.entityType, at.field, value) ?? value;
  }
  if (typeof value === 'boolean') return getWorkspaceMessages(locale).history[value ? 'yes' : 'no'];
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/** A long text's change, within the text: what went struck through, what came underlined. */
function TextChange({ from, to, locale }: { from: string; to: string; locale: Locale }) {
  const w = getWorkspaceMessages(locale);
  return (
    <p className="whitespace-pre-line break-words">
      {diffWords(from, to).map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'removed' ? (
          <del key={index} className="bg-red-50 text-red-800" aria-label={`${w.history.removed}: ${part.text}`}>
            {part.text}
          </del>
        ) : (
          <ins key={index} className="bg-brand-50 text-brand-900" aria-label={`${w.history.added}: ${part.text}`}>
            {part.text}
          </ins>
        ),
      )}
    </p>
  );
}

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
  const words = historyVocabulary(locale);
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
                  {changes.map(([field, change]) => {
                    const at = { entityType: revision.entityType, field };
                    const label = fieldLabels[field] ?? words.field(revision.entityType, field);
                    const { from, to } = change;
                    if (typeof from === 'string' && typeof to === 'string' && Math.max(from.length, to.length) >= longText && !revision.names[from] && !revision.names[to]) {
                      return (
                        <tr key={field} className="align-top">
                          <th scope="row" className="pr-4 font-normal text-stone-700">{label}</th>
                          <td colSpan={2}>
                            <TextChange from={from} to={to} locale={locale} />
                          </td>
                        </tr>
                      );
                    }
                    return (
                      <tr key={field} className="align-top">
                        <th scope="row" className="pr-4 font-normal text-stone-700">{label}</th>
                        <td className="pr-4 break-words text-red-800">{readable(from, at, revision.names, words, locale)}</td>
                        <td className="break-words text-brand-900">{readable(to, at, revision.names, words, locale)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </li>
        );
      })}
    </ol>
  );
}
