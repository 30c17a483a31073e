import type { z } from 'zod';
import type { Locale } from '../i18n/locales';
import { getFormTexts, isValidationKey, type ValidationKey, validationMessage } from './messages';

/** What a form submitted, as plain data: a name ending in `[]` gathers its values into a list. */
export type FormValues = Record<string, string | string[]>;

/** Field path ('title', 'items.0.name') → what is wrong with it, in the user's language. */
export type FieldErrors = Record<string, string>;

/** A value someone else saved while the user was editing the same record. */
export interface FormConflict {
  field: string;
  /** Overrides the form's label for `field`. */
  label?: string;
  theirs: string;
}

export type FormErrorState = {
  status: 'error';
  message: string;
  fieldErrors: FieldErrors;
  /** Filled back into the form, so a refused save loses nothing the user typed. */
  values: FormValues;
  conflict?: FormConflict[];
  /** Why it was refused, when the form offers a way on (saving over a newer version). */
  reason?: string;
};

/** What a server action returns to its form (through `useActionState`). */
export type FormState = { status: 'idle' } | FormErrorState | { status: 'success'; message: string };

/** What saving a whole draft at once returns: a refusal, or where the saved record is now edited. */
export type DraftSaveState = FormState | { status: 'saved'; message: string; href: string };

export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

export const idleForm: FormState = { status: 'idle' };

/**
 * `<input name="cityIds[]">` repeated gives `{ cityIds: [...] }`; any other name keeps its last value.
 * Files are left out: the form toolkit carries text only.
 */
export function formDataToObject(formData: FormData): FormValues {
  // A Map, then Object.fromEntries: a field named "__proto__" becomes a key, not the object's prototype.
  const values = new Map<string, string | string[]>();
  for (const [name, value] of formData) {
    if (typeof value !== 'string') continue;
    if (name.endsWith('[]')) {
      const key = name.slice(0, -2);
      const list = values.get(key);
      if (Array.isArray(list)) list.push(value);
      else values.set(key, [value]);
    } else {
      values.set(name, value);
    }
  }
  return Object.fromEntries(values);
}

/**
 * A password is never handed back: the state travels to the browser in the page (in its HTML when
 * JavaScript is off), and browsers do not fill password fields again either.
 */
const isSecret = (name: string) => /password/i.test(name);

/** A refusal: the form shows `message` at the top and refills what was `submitted`, passwords aside. */
export function formError(
  message: string,
  submitted: FormData | FormValues,
  details: { fieldErrors?: FieldErrors; conflict?: FormConflict[]; reason?: string } = {},
): FormErrorState {
  const values = submitted instanceof FormData ? formDataToObject(submitted) : submitted;
  return {
    status: 'error',
    message,
    fieldErrors: details.fieldErrors ?? {},
    values: Object.fromEntries(Object.entries(values).filter(([name]) => !isSecret(name))),
    ...(details.conflict ? { conflict: details.conflict } : {}),
    ...(details.reason ? { reason: details.reason } : {}),
  };
}

export function formSuccess(message: string): FormState {
  return { status: 'success', message };
}

/** The key of an issue raised without one of ours (a plain zod check), so it still reads in the user's language. */
function fallbackKey(issue: z.core.$ZodIssue): ValidationKey {
  switch (issue.code) {
    case 'invalid_type':
      return 'required';
    case 'invalid_value':
      return 'invalidOption';
    case 'too_small':
      if (issue.origin !== 'string') return 'invalid';
      return Number(issue.minimum) <= 1 ? 'required' : 'tooShort';
    case 'too_big':
      return issue.origin === 'string' ? 'tooLong' : 'invalid';
    default:
      return 'invalid';
  }
}

function describeIssue(issue: z.core.$ZodIssue, locale: Locale): string {
  const key = isValidationKey(issue.message) ? issue.message : fallbackKey(issue);
  const params = {
    ...(issue.code === 'too_big' ? { max: Number(issue.maximum) } : {}),
    ...(issue.code === 'too_small' ? { min: Number(issue.minimum) } : {}),
    ...(issue.code === 'custom' ? issue.params : {}),
  };
  return validationMessage(locale, key, params);
}

/** The first problem with each field, in the user's language; a problem with the whole form is under ''. */
export function localizeIssues(error: z.ZodError, locale: Locale): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    errors[issue.path.join('.')] ??= describeIssue(issue, locale);
  }
  return errors;
}

export type ParsedForm<T> = { ok: true; data: T } | { ok: false; state: FormErrorState };

/** Checks a submission against the form's schema: in the browser before sending, and again in the server action. */
export function parseForm<S extends z.ZodType>(schema: S, formData: FormData, locale: Locale): ParsedForm<z.output<S>> {
  const values = formDataToObject(formData);
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const fieldErrors = localizeIssues(result.error, locale);
  const message = getFormTexts(locale).fieldsNeedAttention(Object.keys(fieldErrors).length);
  return { ok: false, state: formError(message, values, { fieldErrors }) };
}
