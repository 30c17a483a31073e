'use client';

import { createContext, Fragment, type ReactNode, use, useId, useState } from 'react';
import { useFormStatus } from 'react-dom';
import { type Locale, languageTag } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import type { FieldErrors, FormValues } from '@/lib/validation/form';
import { getFormTexts } from '@/lib/validation/messages';

/** A choice of a select; neighbouring options of one `group` are shown under its heading. */
export type SelectOption = { value: string; label: string; group?: string };

/** A select's options, under the headings of their groups where they have them. */
export function Options({ options }: { options: readonly SelectOption[] }) {
  const runs: { group?: string; options: SelectOption[] }[] = [];
  for (const option of options) {
    const last = runs.at(-1);
    if (last && last.group === option.group) last.options.push(option);
    else runs.push({ group: option.group, options: [option] });
  }
  const listed = (run: SelectOption[]) =>
    run.map((option) => (
      <option key={option.value} value={option.value}>
        {option.label}
      </option>
    ));
  // Keyed by what they hold, not by place: options added in front (on a page that offers its own new
  // entries first) must not replace the option elements after them, which would lose the one chosen.
  return runs.map((run) =>
    run.group === undefined ? (
      <Fragment key={`options:${run.options[0]!.value}`}>{listed(run.options)}</Fragment>
    ) : (
      <optgroup key={`group:${run.group}:${run.options[0]!.value}`} label={run.group}>
        {listed(run.options)}
      </optgroup>
    ),
  );
}

/** Field name → its label in the form's language. */
export type FieldLabels = Readonly<Record<string, string>>;

export interface FormFieldsContext {
  /** Begins the ids of the form's fields (useFieldIdPrefix), so that two forms on a page never share one. */
  idPrefix: string;
  locale: Locale;
  labels: FieldLabels;
  errors: FieldErrors;
  /** What was submitted when the last submit was refused; null otherwise. */
  values: FormValues | null;
}

/** Provided by <ValidatedForm>: what its fields show after a submit. */
export const FieldsContext = createContext<FormFieldsContext | null>(null);

function useForm(): FormFieldsContext {
  const form = use(FieldsContext);
  if (!form) throw new Error('Form fields belong inside <ValidatedForm>.');
  return form;
}

export const fieldId = (idPrefix: string, name: string) => `${idPrefix}${name}`;

/** A prefix for the ids of one form's fields, the same in the server's HTML and in the browser. */
export function useFieldIdPrefix(): string {
  return `form${useId().replace(/[^\w-]/g, '')}-`;
}

/** A field's label, from the form's labels so that the error summary names the field the same way. */
export function fieldLabel(labels: FieldLabels, name: string): string {
  return labels[name] ?? name;
}

/** "Title (English): At most 300 characters": the label first, so a screen reader says which field. */
export function labelledError(locale: Locale, label: string, message: string): string {
  return getMessages(locale).format.label(label) + message;
}

interface CommonProps {
  name: string;
  hint?: string;
  required?: boolean;
}

function useField({ name, hint }: CommonProps) {
  const form = useForm();
  const id = fieldId(form.idPrefix, name);
  const label = fieldLabel(form.labels, name);
  const message = form.errors[name];
  const error = message && labelledError(form.locale, label, message);
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  const submitted = form.values?.[name];
  return {
    locale: form.locale,
    id,
    label,
    error,
    /** Whether the last submit was refused: the field then shows what was submitted, not its default. */
    refused: form.values !== null,
    resubmitted: typeof submitted === 'string' ? submitted : undefined,
    controlProps: {
      id,
      name,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy || undefined,
    },
  };
}

type Field = ReturnType<typeof useField>;

const controlClass = (field: Field) =>
  `block w-full rounded-md border bg-white px-3 py-2 text-stone-900 ${field.error ? 'border-red-700 ring-1 ring-red-700' : 'border-stone-400'}`;

function RequiredMark({ locale }: { locale: Locale }) {
  // The input's `required` tells screen readers; this tells everyone else.
  return (
    <span aria-hidden="true" className="ml-1 text-sm font-normal text-stone-600">
      {getFormTexts(locale).required}
    </span>
  );
}

function FieldHelp({ field, hint }: { field: Field; hint?: string }) {
  return (
    <>
      {hint && (
        <p id={`${field.id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      {field.error && (
        <p id={`${field.id}-error`} className="text-sm font-medium text-red-700">
          {field.error}
        </p>
      )}
    </>
  );
}

function FieldFrame({ field, hint, required, children }: { field: Field; hint?: string; required?: boolean; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={field.id} className="block font-medium text-stone-800">
        {field.label}
        {required && <RequiredMark locale={field.locale} />}
      </label>
      <FieldHelp field={field} hint={hint} />
      {children}
    </div>
  );
}

interface TextProps extends CommonProps {
  defaultValue?: string | null;
  /** The language of what is typed here (a Chinese title in the English form), for screen readers and input methods. */
  lang?: Locale;
}

export function TextField({
  type = 'text',
  autoComplete,
  defaultValue,
  lang,
  ...common
}: TextProps & { type?: 'text' | 'email' | 'url' | 'tel' | 'password'; autoComplete?: string }) {
  const field = useField(common);
  return (
    <FieldFrame field={field} hint={common.hint} required={common.required}>
      <input
        {...field.controlProps}
        type={type}
        autoComplete={autoComplete}
        lang={lang && languageTag[lang]}
        required={common.required}
        defaultValue={field.resubmitted ?? defaultValue ?? ''}
        className={controlClass(field)}
      />
    </FieldFrame>
  );
}

/** A file to upload; `accept` only narrows the browser's picker: the server decides from the content. */
export function FileField({ accept, ...common }: CommonProps & { accept?: string }) {
  const field = useField(common);
  return (
    <FieldFrame field={field} hint={common.hint} required={common.required}>
      <input {...field.controlProps} type="file" accept={accept} required={common.required} className={controlClass(field)} />
    </FieldFrame>
  );
}

export function TextArea({ rows = 5, defaultValue, lang, maxLength, ...common }: TextProps & { rows?: number; maxLength?: number }) {
  const field = useField(common);
  const initial = field.resubmitted ?? defaultValue ?? '';
  // Counted as the server counts: in characters, not UTF-16 units.
  const [length, setLength] = useState(() => [...initial].length);
  const counter = `${field.id}-room`;
  const describedBy = [field.controlProps['aria-describedby'], maxLength && counter].filter(Boolean).join(' ') || undefined;
  return (
    <FieldFrame field={field} hint={common.hint} required={common.required}>
      <textarea
        {...field.controlProps}
        aria-describedby={describedBy}
        rows={rows}
        lang={lang && languageTag[lang]}
        required={common.required}
        defaultValue={initial}
        onInput={maxLength ? (event) => setLength([...event.currentTarget.value].length) : undefined}
        className={controlClass(field)}
      />
      {maxLength && (
        <p id={counter} className={`text-sm ${length > maxLength ? 'font-medium text-red-700' : 'text-stone-600'}`}>
          {getFormTexts(field.locale).charactersLeft(maxLength - length, maxLength)}
        </p>
      )}
    </FieldFrame>
  );
}

export function SelectField({
  options,
  emptyOption,
  defaultValue,
  searchLabel,
  ...common
}: CommonProps & {
  options: readonly SelectOption[];
  /** The text of a first option with the value '' ("Choose a city"). */
  emptyOption?: string;
  defaultValue?: string | null;
  /** Names a box above the select that narrows its options to those whose label holds what is typed. */
  searchLabel?: string;
}) {
  const field = useField(common);
  const selected = field.resubmitted ?? defaultValue ?? '';
  const [chosen, setChosen] = useState(selected);
  const [query, setQuery] = useState('');
  const wanted = query.trim().toLowerCase();
  // What is chosen stays on the list whatever is typed, so that narrowing never changes the choice.
  const shown = wanted ? options.filter((option) => option.value === chosen || option.label.toLowerCase().includes(wanted)) : options;
  return (
    <FieldFrame field={field} hint={common.hint} required={common.required}>
      {searchLabel && (
        <div className="flex flex-wrap items-center gap-3">
          <input
            type="search"
            aria-label={searchLabel}
            aria-controls={field.id}
            placeholder={searchLabel}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            className="block w-full max-w-md rounded-md border border-stone-400 bg-white px-3 py-1.5 text-sm"
          />
          <span role="status" className="text-sm text-stone-600">
            {wanted ? getFormTexts(field.locale).matches(shown.length) : ''}
          </span>
        </div>
      )}
      {/* React sets a select's default only when it mounts; the key mounts it afresh when the default changes. */}
      <select
        key={selected}
        {...field.controlProps}
        required={common.required}
        defaultValue={selected}
        onChange={searchLabel ? (event) => setChosen(event.currentTarget.value) : undefined}
        className={controlClass(field)}
      >
        {emptyOption !== undefined && <option value="">{emptyOption}</option>}
        <Options options={shown} />
      </select>
    </FieldFrame>
  );
}

export function DateField({ defaultValue, ...common }: CommonProps & { defaultValue?: string | null }) {
  const field = useField(common);
  return (
    <FieldFrame field={field} hint={common.hint} required={common.required}>
      <input
        {...field.controlProps}
        type="date"
        required={common.required}
        defaultValue={field.resubmitted ?? defaultValue ?? ''}
        className={`${controlClass(field)} sm:w-auto`}
      />
    </FieldFrame>
  );
}

export function NumberField({ defaultValue, ...common }: CommonProps & { defaultValue?: number | null }) {
  const field = useField(common);
  return (
    <FieldFrame field={field} hint={common.hint} required={common.required}>
      {/* Text with a numeric keyboard rather than type="number": that input hands the form '' for
          anything that is not a number, so the user would hear "required" instead of what is wrong. */}
      <input
        {...field.controlProps}
        type="text"
        inputMode="numeric"
        required={common.required}
        defaultValue={field.resubmitted ?? (defaultValue == null ? '' : String(defaultValue))}
        className={`${controlClass(field)} sm:w-40`}
      />
    </FieldFrame>
  );
}

export function CheckboxField({ defaultChecked = false, ...common }: CommonProps & { defaultChecked?: boolean }) {
  const field = useField(common);
  // An unticked box sends nothing, so after a refused submit its absence means "not ticked".
  const checked = field.refused ? field.resubmitted !== undefined : defaultChecked;
  return (
    <div className="space-y-1">
      <FieldHelp field={field} hint={common.hint} />
      <div className="flex items-start gap-2">
        <input
          {...field.controlProps}
          type="checkbox"
          required={common.required}
          defaultChecked={checked}
          className="mt-1 size-4 accent-brand-600"
        />
        <label htmlFor={field.id} className="text-stone-800">
          {field.label}
          {common.required && <RequiredMark locale={field.locale} />}
        </label>
      </div>
    </div>
  );
}

/** Carries what the server gave the page (an id, the record's version), never what the user typed. */
export function HiddenField({ name, value }: { name: string; value: string | number }) {
  return <input type="hidden" name={name} value={value} />;
}

export function SubmitButton({ children }: { children: ReactNode }) {
  const { pending } = useFormStatus();
  const { locale } = useForm();
  return (
    <button
      type="submit"
      disabled={pending}
      className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:cursor-wait disabled:opacity-70"
    >
      {pending ? getFormTexts(locale).saving : children}
    </button>
  );
}
