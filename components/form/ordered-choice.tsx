'use client';

import { use } from 'react';
import { getFormTexts } from '@/lib/validation/messages';
import { FieldsContext, fieldId, labelledError } from './fields';

/**
 * Choices in an order that matters (the sites a delegation visited, first to last), as numbered
 * selects under one name (`name[]`): the form sends them in the order shown, and a slot left blank
 * is skipped. There are always a few blank slots after the chosen ones, for the next.
 */
export function OrderedChoice({
  name,
  label,
  hint,
  options,
  emptyOption,
  defaultValue,
}: {
  name: string;
  label: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  emptyOption: string;
  defaultValue: readonly string[];
}) {
  const form = use(FieldsContext);
  if (!form) throw new Error('Form fields belong inside <ValidatedForm>.');
  const id = fieldId(form.idPrefix, name);
  const message = Object.entries(form.errors).find(([path]) => path === name || path.startsWith(`${name}.`))?.[1];
  const error = message && labelledError(form.locale, label, message);
  const submitted = form.values?.[name];
  const chosen = (form.values ? (Array.isArray(submitted) ? submitted : []) : defaultValue).filter(Boolean);
  const slots = [...chosen, ...Array<string>(Math.max(2, 4 - chosen.length)).fill('')];
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={[hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined} className="space-y-2">
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
      <ol className="space-y-2">
        {slots.map((value, index) => (
          // The slots are positions, not items: a slot's key is its place in the list.
          <li key={`${index}:${value}`} className="flex items-center gap-3">
            <label htmlFor={`${id}-${index}`} className="w-16 shrink-0 text-sm text-stone-700">
              {getFormTexts(form.locale).numbered(index + 1)}
            </label>
            <select
              id={`${id}-${index}`}
              name={`${name}[]`}
              defaultValue={value}
              className={`block w-full rounded-md border bg-white px-3 py-2 text-stone-900 ${error ? 'border-red-700 ring-1 ring-red-700' : 'border-stone-400'}`}
            >
              <option value="">{emptyOption}</option>
              {options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
