'use client';

import { use } from 'react';
import type { TypedInstead } from '@/lib/forms/specs';
import { getFormTexts } from '@/lib/validation/messages';
import { ChoiceFieldset, useChoiceGroup } from './choice-group';
import { FieldsContext, Options, type SelectOption } from './fields';

/**
 * Choices in an order that matters (the sites a delegation visited, first to last), as numbered
 * selects under one name (`name[]`): the form sends them in the order shown, and a slot left blank
 * is skipped. There are always a few blank slots after the filled ones, for the next.
 *
 * With `typed`, each slot also has text inputs (`field[]`), sent side by side with the selects so
 * the server reads slot n from the nth value of each: a slot holds a choice or typed text.
 */
export function OrderedChoice({
  name,
  label,
  hint,
  options,
  emptyOption,
  defaultValue,
  typed,
}: {
  name: string;
  label: string;
  hint?: string;
  options: readonly SelectOption[];
  emptyOption: string;
  defaultValue: readonly string[];
  typed?: TypedInstead;
}) {
  const { form, id, error, chosen } = useChoiceGroup(name, label, defaultValue);
  const typedValues = useTypedValues(typed);
  const filled = Array.from({ length: Math.max(chosen.length, ...typedValues.map((values) => values.length)) }, (_, slot) => ({
    choice: chosen[slot] ?? '',
    texts: typedValues.map((values) => values[slot] ?? ''),
  })).filter((slot) => slot.choice || slot.texts.some(Boolean));
  const blank = { choice: '', texts: typedValues.map(() => '') };
  const slots = [...filled, ...Array.from({ length: Math.max(2, 4 - filled.length) }, () => blank)];
  const texts = getFormTexts(form.locale);
  const inputClass = `block w-full rounded-md border bg-white px-3 py-2 text-stone-900 ${error ? 'border-red-700 ring-1 ring-red-700' : 'border-stone-400'}`;
  const columns = typed ? 'grid gap-2 sm:grid-cols-[4rem_repeat(3,minmax(0,1fr))] sm:items-center' : 'flex items-center gap-3';
  return (
    <ChoiceFieldset id={id} label={label} hint={hint} error={error} className="space-y-2">
      {typed && (
        <div aria-hidden="true" className={`${columns} hidden text-sm font-medium text-stone-700 sm:grid`}>
          <span />
          <span>{typed.choiceHeading}</span>
          {typed.fields.map((field) => (
            <span key={field.name}>{field.label}</span>
          ))}
        </div>
      )}
      <ol className="space-y-2">
        {slots.map((slot, index) => (
          // The slots are positions, not items: a slot's key is its place in the list.
          <li key={`${index}:${slot.choice}:${slot.texts.join('|')}`} className={columns}>
            <label htmlFor={`${id}-${index}`} className="w-16 shrink-0 text-sm text-stone-700">
              {texts.numbered(index + 1)}
            </label>
            <select id={`${id}-${index}`} name={`${name}[]`} defaultValue={slot.choice} className={inputClass}>
              <option value="">{emptyOption}</option>
              <Options options={options} />
            </select>
            {typed?.fields.map((field, column) => (
              <div key={field.name}>
                {/* The column headings name the inputs on a wide screen; on a narrow one, each says what it is. */}
                <label htmlFor={`${id}-${index}-${field.name}`} className="text-sm text-stone-700 sm:sr-only">
                  {`${texts.numbered(index + 1)}: ${field.label}`}
                </label>
                <input
                  id={`${id}-${index}-${field.name}`}
                  name={`${field.name}[]`}
                  lang={field.lang}
                  defaultValue={slot.texts[column]}
                  className={inputClass}
                />
              </div>
            ))}
          </li>
        ))}
      </ol>
    </ChoiceFieldset>
  );
}

/** What was typed in each of the typed inputs, slot by slot: as submitted after a refusal, else the defaults. */
function useTypedValues(typed: TypedInstead | undefined): string[][] {
  const form = use(FieldsContext);
  return (typed?.fields ?? []).map((field) => {
    if (!form?.values) return [...field.defaultValue];
    const submitted = form.values[field.name];
    return Array.isArray(submitted) ? submitted : [];
  });
}
