'use client';

import type { Route } from 'next';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useId, useRef, useState, useTransition } from 'react';
import { z } from 'zod';
import { ErrorSummary } from '@/components/form/form';
import { FieldsContext, useFieldIdPrefix } from '@/components/form/fields';
import { SpecField, withLengthLimits } from '@/components/manage/record-form';
import type { EditorModel, EditorRow } from '@/lib/forms/editor';
import type { FieldSpec } from '@/lib/forms/specs';
import type { Locale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';
import { type DraftKind, draftProblems, draftReferences, draftRowSchemas, type ExchangeDraft, isDraftPartKind, newRowReference } from '@/lib/validation/schemas/draft';
import { exchangeFields as exchangeFieldsSchema } from '@/lib/validation/schemas/exchange';
import { type DraftSaveState, type FormErrorState, formDataToObject, formError, type FormValues, idleForm, localizeIssues } from '@/lib/validation/form';
import { getFormTexts } from '@/lib/validation/messages';

/*
 * The one-page editor of an exchange: its own fields and every row of its parts, in sections, saved
 * together by one action. The fields are the record forms' own (SpecField), named `<row key>.<field>`,
 * and left uncontrolled: what is typed stays in them whatever the server answers. Each change is also
 * kept in the browser's storage until a save succeeds, so a closed tab or a lost connection loses nothing.
 */

type DraftSaveAction = (previous: DraftSaveState, formData: FormData) => Promise<DraftSaveState>;
type RemovedRow = ExchangeDraft['removed'][number];
/** What the browser keeps of a draft not yet saved. */
interface KeptDraft {
  keptAt: string;
  baseVersion: number | null;
  rows: Omit<EditorRow, 'fields'>[];
  removed: RemovedRow[];
  values: Record<string, FormValues>;
}

const storageKey = (exchangeId: string | null) => `jiaoliu:exchange-draft:${exchangeId ?? 'new'}`;

/** Values of the form, grouped by the row (or 'exchange') their name begins with. */
function valuesByRow(form: HTMLFormElement): Record<string, FormValues> {
  const grouped: Record<string, FormValues> = {};
  for (const [name, value] of Object.entries(formDataToObject(new FormData(form)))) {
    const dot = name.indexOf('.');
    if (dot < 0) continue;
    (grouped[name.slice(0, dot)] ??= {})[name.slice(dot + 1)] = value;
  }
  return grouped;
}

const asList = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : []);

/** A form's fields showing `values` (as kept in the browser) instead of those it was drawn with. */
function withValues(fields: readonly FieldSpec[], values: FormValues): FieldSpec[] {
  return fields.map((field) => {
    const value = values[field.name];
    const typed = field.typed && { ...field.typed, fields: field.typed.fields.map((typedField) => ({ ...typedField, defaultValue: asList(values[typedField.name]) })) };
    if (field.type === 'checkbox') return { ...field, value: value ? 'on' : null };
    if (field.type === 'checkboxes' || field.type === 'ordered') return { ...field, value: asList(value), typed };
    return { ...field, value: typeof value === 'string' ? value : null };
  });
}

/** The fields under the row's key, so that the rows of one form never share a name. */
const underKey = (key: string, fields: readonly FieldSpec[]): FieldSpec[] =>
  fields.map((field) => ({
    ...field,
    name: `${key}.${field.name}`,
    typed: field.typed && { ...field.typed, fields: field.typed.fields.map((typedField) => ({ ...typedField, name: `${key}.${typedField.name}` })) },
  }));

let rowsMade = 0;
const newRowKey = () => `n${Date.now().toString(36)}${(rowsMade++).toString(36)}`;

export function ExchangeEditor({ locale, model, action, historyHref }: { locale: Locale; model: EditorModel; action: DraftSaveAction; historyHref?: string }) {
  const [state, formAction, pending] = useActionState(action, idleForm as DraftSaveState);
  const [, startTransition] = useTransition();
  const router = useRouter();
  const saved = state.status === 'saved';

  useEffect(() => {
    if (state.status !== 'saved') return;
    localStorage.removeItem(storageKey(model.exchangeId));
    if (!model.exchangeId) router.replace(state.href as Route);
  }, [state, model.exchangeId, router]);

  const send = (draft: ExchangeDraft) => {
    const formData = new FormData();
    formData.set('draft', JSON.stringify(draft));
    startTransition(() => formAction(formData));
  };
  return (
    // A new version from the server (after a save) draws the editor afresh from what is now on record.
    <EditorForm
      key={model.baseVersion ?? 'new'}
      locale={locale}
      model={model}
      send={send}
      pending={pending}
      answer={state}
      restoreKept={!saved}
      historyHref={historyHref}
    />
  );
}

function EditorForm({
  locale,
  model,
  send,
  pending,
  answer,
  restoreKept,
  historyHref,
}: {
  locale: Locale;
  model: EditorModel;
  send: (draft: ExchangeDraft) => void;
  pending: boolean;
  answer: DraftSaveState;
  restoreKept: boolean;
  historyHref?: string;
}) {
  const w = getWorkspaceMessages(locale);
  const formRef = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const idPrefix = useFieldIdPrefix();
  const noteId = useId();
  const [drawn, setDrawn] = useState({ generation: 0, exchange: model.exchange });
  const [rows, setRows] = useState<EditorRow[]>(model.rows);
  const [removed, setRemoved] = useState<RemovedRow[]>([]);
  const [live, setLive] = useState<Record<string, FormValues>>({});
  const [keptAt, setKeptAt] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<{ state: FormErrorState; answer: DraftSaveState } | null>(null);
  /** The row whose heading takes focus once drawn: one just added or moved. */
  const focusKey = useRef<string | null>(null);
  /** The rows on record as first drawn, to tell which ones were changed. */
  const asDrawn = useRef<Record<string, string>>({});

  const state = refusal?.answer === answer ? refusal.state : answer;
  const error = state.status === 'error' ? state : null;

  useEffect(() => {
    if (error) summary.current?.focus();
  }, [error]);

  // On opening: what the browser kept from an earlier visit that was not saved, if anything; put back
  // once the rows on record have been drawn and read as they are.
  useEffect(() => {
    const text = restoreKept ? localStorage.getItem(storageKey(model.exchangeId)) : null;
    if (!text) return;
    const restoring = setTimeout(() => {
      try {
        const kept = JSON.parse(text) as KeptDraft;
        const specOf = (row: Omit<EditorRow, 'fields'>) =>
          (row.id ? model.rows.find((onRecord) => onRecord.id === row.id)?.fields : model.sections.find((section) => section.kind === row.kind)?.blank) ?? [];
        setRows(kept.rows.map((row) => ({ ...row, fields: withValues(specOf(row), kept.values[row.key] ?? {}) })));
        setRemoved(kept.removed);
        setLive(kept.values);
        setDrawn((previous) => ({ generation: previous.generation + 1, exchange: withValues(model.exchange, kept.values.exchange ?? {}) }));
        setKeptAt(kept.keptAt);
      } catch {
        localStorage.removeItem(storageKey(model.exchangeId));
      }
    });
    return () => clearTimeout(restoring);
  }, [restoreKept, model]);

  // What the rows on record hold as first drawn, to tell later which of them were changed.
  useEffect(() => {
    if (formRef.current) asDrawn.current = Object.fromEntries(Object.entries(valuesByRow(formRef.current)).map(([key, values]) => [key, JSON.stringify(values)]));
  }, []);

  useEffect(() => {
    if (!focusKey.current) return;
    document.getElementById(`${idPrefix}row-${focusKey.current}`)?.focus();
    focusKey.current = null;
  });

  function keep(nextRows = rows, nextRemoved = removed) {
    const form = formRef.current;
    if (!form) return;
    const values = valuesByRow(form);
    setLive(values);
    const kept: KeptDraft = {
      keptAt: new Date().toISOString(),
      baseVersion: model.baseVersion,
      rows: nextRows.map(({ kind, key, id, version }) => ({ kind, key, id, version })),
      removed: nextRemoved,
      values,
    };
    try {
      localStorage.setItem(storageKey(model.exchangeId), JSON.stringify(kept));
    } catch {
      // Storage full or off: the page still holds everything until it is closed.
    }
  }

  const keeping = useRef<ReturnType<typeof setTimeout>>(undefined);
  const keepNow = useRef(keep);
  useEffect(() => {
    keepNow.current = keep;
  });
  /** Keeps the draft once typing pauses: reading the whole form at every key would slow a long one. */
  function keepSoon() {
    clearTimeout(keeping.current);
    keeping.current = setTimeout(() => {
      keeping.current = undefined;
      keep();
    }, 250);
  }
  // A page closed or reloaded while typing keeps what was typed last.
  useEffect(() => {
    const flush = () => {
      if (keeping.current === undefined) return;
      clearTimeout(keeping.current);
      keeping.current = undefined;
      keepNow.current();
    };
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);

  function discardKept() {
    localStorage.removeItem(storageKey(model.exchangeId));
    setRows(model.rows);
    setRemoved([]);
    setKeptAt(null);
    setDrawn((previous) => ({ generation: previous.generation + 1, exchange: model.exchange }));
  }

  function addRow(kind: DraftKind) {
    const section = model.sections.find((candidate) => candidate.kind === kind)!;
    // A new row is written in the language the exchange is recorded in, as it now stands.
    const recordedIn = formRef.current ? valuesByRow(formRef.current).exchange : undefined;
    const inLanguage = section.blank.map((field) => {
      const value = field.name === 'originalLanguage' || field.name === 'translation' ? recordedIn?.[field.name] : undefined;
      return typeof value === 'string' ? { ...field, value } : field;
    });
    const row: EditorRow = { kind, key: newRowKey(), fields: inLanguage };
    const next = [...rows, row];
    setRows(next);
    focusKey.current = row.key;
  }

  function removeRow(row: EditorRow) {
    if (row.id && !window.confirm(w.editor.removeConfirm)) return;
    const nextRows = rows.filter((candidate) => candidate.key !== row.key);
    const nextRemoved = row.id && isDraftPartKind(row.kind) ? [...removed, { kind: row.kind, id: row.id, version: row.version! }] : removed;
    setRows(nextRows);
    setRemoved(nextRemoved);
    keep(nextRows, nextRemoved);
  }

  function moveRow(row: EditorRow, by: -1 | 1) {
    const ofKind = rows.filter((candidate) => candidate.kind === row.kind);
    const swapWith = ofKind[ofKind.indexOf(row) + by];
    if (!swapWith) return;
    const next = rows.map((candidate) => (candidate === row ? swapWith : candidate === swapWith ? row : candidate));
    setRows(next);
    focusKey.current = row.key;
    keep(next);
  }

  /** The name typed for a new person, while no one on record is chosen. */
  const typedName = (row: EditorRow) => {
    const values = live[row.key] ?? {};
    if (values.personId) return '';
    return [values.newPersonNameZh, values.newPersonNameEn].find((name): name is string => typeof name === 'string' && name.trim() !== '') ?? '';
  };

  /** Points a new participant row at someone on record instead of the names typed. */
  function choosePerson(row: EditorRow, person: SuggestedPerson) {
    const form = formRef.current;
    if (!form) return;
    const select = form.elements.namedItem(`${row.key}.personId`) as HTMLSelectElement | null;
    if (!select) return;
    if (![...select.options].some((option) => option.value === person.id)) select.add(new Option(person.name, person.id));
    select.value = person.id;
    for (const name of ['newPersonNameZh', 'newPersonNameEn']) {
      const input = form.elements.namedItem(`${row.key}.${name}`) as HTMLInputElement | null;
      if (input) input.value = '';
    }
    keep();
    select.focus();
  }

  function draftOf(force: boolean): ExchangeDraft {
    const values = valuesByRow(formRef.current!);
    const changed = (key: string) => JSON.stringify(values[key] ?? {}) !== asDrawn.current[key];
    const note = new FormData(formRef.current!).get('note');
    return {
      baseVersion: model.baseVersion ?? undefined,
      force,
      note: typeof note === 'string' ? note : '',
      exchange: !model.exchangeId || changed('exchange') ? { version: model.exchangeVersion ?? undefined, values: values.exchange ?? {} } : undefined,
      rows: rows.map(({ kind, key, id, version }) => ({ kind, key, id, version, values: !id || changed(key) ? (values[key] ?? {}) : undefined })),
      removed,
    };
  }

  function save(force: boolean) {
    const draft = draftOf(force);
    const problems = draftProblems(draft, { newExchange: !model.exchangeId });
    if (problems.length) {
      const fieldErrors = localizeIssues(new z.ZodError(problems), locale);
      setRefusal({ state: formError(getFormTexts(locale).fieldsNeedAttention(Object.keys(fieldErrors).length), {}, { fieldErrors }), answer });
      return;
    }
    setRefusal(null);
    send(draft);
  }

  const entryNames = { city: w.editor.newCity, organization: w.editor.newOrganization, source: w.editor.newSource };
  const kindName = (kind: DraftKind) => (isDraftPartKind(kind) ? w.parts[kind] : entryNames[kind]);
  const numberOf = (row: EditorRow) => rows.filter((candidate) => candidate.kind === row.kind).indexOf(row) + 1;
  const rowTitle = (row: EditorRow) => w.editor.row(kindName(row.kind), numberOf(row));
  const liveLabel = (row: EditorRow) => {
    const values = live[row.key] ?? Object.fromEntries(row.fields.map((field) => [field.name, typeof field.value === 'string' ? field.value : '']));
    const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : null);
    const label = localize(locale, text('titleZh') ?? text('textZh') ?? text('nameZh'), text('titleEn') ?? text('textEn') ?? text('nameEn'));
    return label ? (label.length > 60 ? `${label.slice(0, 60)}…` : label) : `${rowTitle(row)} (${w.editor.untitled})`;
  };
  /**
   * The options of a field that may point at rows of this draft. Events, topics and statements are all
   * rows of the draft, as they now stand; people, cities and organizations are those on record, with
   * those new on this page first.
   */
  const pointerOptions = (field: FieldSpec, kind: DraftKind): FieldSpec['options'] => {
    const ofKind = rows.filter((row) => row.kind === kind);
    if (kind === 'event' || kind === 'topic' || kind === 'statement') return ofKind.map((row) => ({ value: row.id ?? newRowReference(row.key), label: liveLabel(row) }));
    const added = ofKind.flatMap((row) => {
      const values = live[row.key] ?? {};
      const named = (zh: string, en: string) => localize(locale, (values[zh] as string) || null, (values[en] as string) || null);
      const name = kind === 'participant' ? !values.personId && named('newPersonNameZh', 'newPersonNameEn') : named('nameZh', 'nameEn');
      return !row.id && name ? [{ value: newRowReference(row.key), label: w.editor.addedHere(name), group: w.editor.newOnPage }] : [];
    });
    return [...added, ...(field.options ?? [])];
  };
  const withPointers = (pointers: Readonly<Record<string, DraftKind>>, fields: readonly FieldSpec[]) =>
    fields.map((field) => {
      const pointsAt = pointers[field.name];
      return pointsAt ? { ...field, options: pointerOptions(field, pointsAt) } : field;
    });
  const fieldsOf = (row: EditorRow, fields: readonly FieldSpec[]) =>
    underKey(row.key, withLengthLimits(withPointers(draftReferences[row.kind], fields), draftRowSchemas[row.kind]));

  const exchangeFields = underKey('exchange', withLengthLimits(withPointers(draftReferences.exchange, drawn.exchange), exchangeFieldsSchema));
  const allFields = [...exchangeFields, ...rows.flatMap((row) => fieldsOf(row, row.fields))];
  const labels = Object.fromEntries(allFields.map((field) => [field.name, field.label]));
  const summaryLabels = {
    ...Object.fromEntries(exchangeFields.map((field) => [field.name, `${w.editor.exchange}: ${field.label}`])),
    ...Object.fromEntries(rows.flatMap((row) => fieldsOf(row, row.fields).map((field) => [field.name, `${rowTitle(row)}: ${field.label}`]))),
  };
  const fieldOfPath = (path: string) => path.split('.').slice(0, 2).join('.');

  return (
    <form
      ref={formRef}
      key={drawn.generation}
      onSubmit={(event) => {
        event.preventDefault();
        save(false);
      }}
      onInput={keepSoon}
      onChange={keepSoon}
      noValidate
      className="space-y-8"
    >
      {keptAt && (
        <div role="status" className="flex flex-wrap items-center gap-3 rounded-md border border-amber-600 bg-amber-50 px-4 py-3 text-amber-950">
          <p>{w.editor.restored(new Date(keptAt).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB'))}</p>
          <button type="button" onClick={discardKept} className="rounded-md border border-amber-700 px-3 py-1 text-sm font-medium hover:bg-amber-100">
            {w.editor.discard}
          </button>
        </div>
      )}
      {error && <ErrorSummary ref={summary} error={error} locale={locale} labels={summaryLabels} idPrefix={idPrefix} fieldOf={fieldOfPath} />}
      {error?.reason === 'draftStale' && (
        <div className="flex flex-wrap items-center gap-4">
          <button
            type="button"
            onClick={() => save(true)}
            className="rounded-md border border-brand-700 px-4 py-2 text-sm font-medium text-brand-800 hover:bg-brand-50"
          >
            {w.editor.saveOnTop}
          </button>
          {historyHref && (
            <Link href={historyHref as Route} target="_blank" className="text-brand-800 underline">
              {w.editor.history}
            </Link>
          )}
        </div>
      )}
      <div role="status">{answer.status === 'saved' && <p className="rounded-md border border-brand-600 bg-brand-50 px-4 py-3 text-brand-900">{answer.message}</p>}</div>

      <nav aria-label={w.editor.contents} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <a href={`#${idPrefix}exchange`} className="text-brand-800 underline">
          {w.editor.exchange}
        </a>
        {model.sections.map((section) => (
          <a key={section.kind} href={`#${idPrefix}${section.kind}`} className="text-brand-800 underline">
            {section.title} ({rows.filter((row) => row.kind === section.kind).length})
          </a>
        ))}
      </nav>

      <FieldsContext value={{ idPrefix, locale, labels, errors: error?.fieldErrors ?? {}, values: null }}>
        <section aria-labelledby={`${idPrefix}exchange`} className="space-y-5 rounded-lg border border-stone-200 bg-white p-4">
          <h2 id={`${idPrefix}exchange`} className="text-xl font-semibold text-brand-900">
            {w.editor.exchange}
          </h2>
          {exchangeFields.map((field) => (
            <SpecField key={field.name} field={field} />
          ))}
        </section>

        {model.sections.map((section) => {
          const ofKind = rows.filter((row) => row.kind === section.kind);
          return (
            <section key={section.kind} aria-labelledby={`${idPrefix}${section.kind}`} className="space-y-4">
              <h2 id={`${idPrefix}${section.kind}`} className="text-xl font-semibold text-brand-900">
                {section.title}
              </h2>
              {section.hint && <p className="text-sm text-stone-600">{section.hint}</p>}
              {ofKind.length === 0 && <p className="text-sm text-stone-600">{w.parts.none}</p>}
              {ofKind.map((row, index) => (
                <fieldset key={row.key} className="space-y-5 rounded-lg border border-stone-200 bg-white p-4">
                  <legend id={`${idPrefix}row-${row.key}`} tabIndex={-1} className="px-1 font-semibold text-stone-800">
                    {rowTitle(row)}
                  </legend>
                  <div className="flex flex-wrap gap-2">
                    <RowButton label={w.editor.moveUp} of={rowTitle(row)} onClick={() => moveRow(row, -1)} disabled={index === 0} />
                    <RowButton label={w.editor.moveDown} of={rowTitle(row)} onClick={() => moveRow(row, 1)} disabled={index === ofKind.length - 1} />
                    <RowButton label={w.editor.remove} of={rowTitle(row)} onClick={() => removeRow(row)} danger />
                  </div>
                  {fieldsOf(row, row.fields).map((field) => (
                    <SpecField key={field.name} field={field} />
                  ))}
                  {row.kind === 'participant' && !row.id && (
                    <PeopleOnRecord locale={locale} typed={typedName(row)} onChoose={(person) => choosePerson(row, person)} />
                  )}
                </fieldset>
              ))}
              <button
                type="button"
                onClick={() => addRow(section.kind)}
                className="rounded-md border border-brand-700 px-4 py-2 text-sm font-medium text-brand-800 hover:bg-brand-50"
              >
                {w.parts.add}: {kindName(section.kind)}
              </button>
            </section>
          );
        })}
      </FieldsContext>

      <div className="space-y-1">
        <label htmlFor={noteId} className="block font-medium text-stone-800">
          {w.editor.note}
        </label>
        <textarea id={noteId} name="note" rows={2} className="block w-full rounded-md border border-stone-400 bg-white px-3 py-2" />
      </div>
      <div className="sticky bottom-0 border-t border-stone-200 bg-stone-50/95 py-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-5 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? w.editor.saving : w.editor.save}
        </button>
      </div>
    </form>
  );
}

function RowButton({ label, of, onClick, disabled, danger }: { label: string; of: string; onClick: () => void; disabled?: boolean; danger?: boolean }) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      aria-label={`${label}: ${of}`}
      className={`rounded-md border px-3 py-1 text-sm disabled:opacity-40 ${danger ? 'border-red-700 text-red-800 hover:bg-red-50' : 'border-stone-400 text-stone-800 hover:bg-stone-100'}`}
    >
      {label}
    </button>
  );
}

interface SuggestedPerson {
  id: string;
  name: string;
  posts: string[];
}

/**
 * People on record whose name begins with what is typed for a new person, in any script or language,
 * with their posts: choosing one saves a duplicate. Asked for once typing pauses.
 */
function PeopleOnRecord({ locale, typed, onChoose }: { locale: Locale; typed: string; onChoose: (person: SuggestedPerson) => void }) {
  const w = getWorkspaceMessages(locale);
  const [found, setFound] = useState<{ typed: string; people: SuggestedPerson[] }>({ typed: '', people: [] });
  useEffect(() => {
    if (!typed) return;
    const asking = new AbortController();
    const pause = setTimeout(() => {
      fetch(`/${locale}/manage/people/suggestions?q=${encodeURIComponent(typed)}`, { signal: asking.signal })
        .then((response) => (response.ok ? (response.json() as Promise<{ people: SuggestedPerson[] }>) : { people: [] }))
        .then(({ people }) => setFound({ typed, people }))
        .catch(() => undefined);
    }, 300);
    return () => {
      clearTimeout(pause);
      asking.abort();
    };
  }, [locale, typed]);
  const people = typed && found.typed === typed ? found.people : [];
  return (
    <div aria-live="polite">
      {people.length > 0 && (
        <div className="rounded-md border border-amber-600 bg-amber-50 px-4 py-3">
          <p className="font-medium text-amber-950">{w.editor.onRecord}</p>
          <ul className="mt-2 space-y-2">
            {people.map((person) => (
              <li key={person.id} className="flex flex-wrap items-center gap-3">
                <span>
                  {person.name}
                  {person.posts.length > 0 && <span className="text-sm text-stone-700"> — {person.posts.join('; ')}</span>}
                </span>
                <button
                  type="button"
                  onClick={() => onChoose(person)}
                  className="rounded-md border border-brand-700 px-3 py-1 text-sm font-medium text-brand-800 hover:bg-brand-50"
                >
                  {w.editor.choosePerson(person.name)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
