'use client';

import { getFormTexts } from '@/lib/validation/messages';
import { ChoiceFieldset, useChoiceGroup } from './choice-group';

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
  const { form, id, error, chosen } = useChoiceGroup(name, label, defaultValue);
  const filled = chosen.filter(Boolean);
  const slots = [...filled, ...Array<string>(Math.max(2, 4 - filled.length)).fill('')];
  return (
    <ChoiceFieldset id={id} label={label} hint={hint} error={error} className="space-y-2">
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
    </ChoiceFieldset>
  );
}
