'use client';

import { use } from 'react';
import { FieldsContext, fieldId, labelledError } from './fields';

/**
 * Several choices under one name (`name[]`), as a fieldset of checkboxes: the legend names the
 * group for screen readers, and the group's error sits under it.
 */
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
  const form = use(FieldsContext);
  if (!form) throw new Error('Form fields belong inside <ValidatedForm>.');
  const id = fieldId(form.idPrefix, name);
  const message = Object.entries(form.errors).find(([path]) => path === name || path.startsWith(`${name}.`))?.[1];
  const error = message && labelledError(form.locale, label, message);
  const submitted = form.values?.[name];
  const checked = new Set(form.values ? (Array.isArray(submitted) ? submitted : []) : defaultValue);
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={[hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined} className="space-y-1">
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
      <div className="flex flex-wrap gap-x-5 gap-y-1">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2">
            <input type="checkbox" name={`${name}[]`} value={option.value} defaultChecked={checked.has(option.value)} className="size-4 accent-brand-600" />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
