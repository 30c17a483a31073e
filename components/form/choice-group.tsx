'use client';

import { type ReactNode, use } from 'react';
import { FieldsContext, fieldId, labelledError } from './fields';

/**
 * What a group of several choices under one name (`name[]`) shares: the form it is in, its id, the
 * problem with it, and what was chosen (as submitted, after a refusal; else `defaultValue`).
 */
export function useChoiceGroup(name: string, label: string, defaultValue: readonly string[]) {
  const form = use(FieldsContext);
  if (!form) throw new Error('Form fields belong inside <ValidatedForm>.');
  const id = fieldId(form.idPrefix, name);
  const message = Object.entries(form.errors).find(([path]) => path === name || path.startsWith(`${name}.`))?.[1];
  const error = message && labelledError(form.locale, label, message);
  const submitted = form.values?.[name];
  const chosen = form.values ? (Array.isArray(submitted) ? submitted : []) : defaultValue;
  return { form, id, error, chosen };
}

/** A group of choices as a fieldset: the legend names the group for screen readers, and the group's hint and error sit under it. */
export function ChoiceFieldset({ id, label, hint, error, className, children }: { id: string; label: string; hint?: string; error?: string | false; className: string; children: ReactNode }) {
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={[hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined} className={className}>
      <legend className="font-medium text-stone-800">{label}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}

/** Several choices under one name (`name[]`), as a fieldset of checkboxes. */
export function CheckboxGroup({
  name,
  label,
  hint,
  options,
  defaultValue,
}: {
  name: string;
  label: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  defaultValue: readonly string[];
}) {
  const { id, error, chosen } = useChoiceGroup(name, label, defaultValue);
  const checked = new Set(chosen);
  return (
    <ChoiceFieldset id={id} label={label} hint={hint} error={error} className="space-y-1">
      <div className="flex flex-wrap gap-x-5 gap-y-1">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2">
            <input type="checkbox" name={`${name}[]`} value={option.value} defaultChecked={checked.has(option.value)} className="size-4 accent-brand-600" />
            {option.label}
          </label>
        ))}
      </div>
    </ChoiceFieldset>
  );
}
