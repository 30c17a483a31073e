import 'server-only';
import { getViewer } from '../data/current-viewer';
import type { Viewer } from '../data/viewer';
import { describeError, isAppError } from '../errors';
import type { Locale } from '../i18n/locales';
import { getWorkspaceMessages } from '../i18n/workspace-messages';
import { type FormErrorState, formDataToObject, formError, type FormValues, localizeIssues } from '../validation/form';
import { getFormTexts } from '../validation/messages';

/**
 * A text argument bound to a server action: an id, a kind of record. The browser sends bound
 * arguments back with the form, as any value it can encode (an object whose toString is not a
 * function breaks a template string); anything but text reads as '', which names nothing.
 */
export function boundText<T extends string>(value: T): T {
  return (typeof value === 'string' ? value : '') as T;
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; state: FormErrorState };

/**
 * Runs a server action's work for the current viewer and turns a refusal into what the form shows:
 * each field's problem, what someone else changed meanwhile, or why it was refused, in the user's
 * language, with what they typed handed back. An unexpected failure is logged and reported as such,
 * never as a stack trace. Redirects happen after this returns, outside its catch.
 */
export async function attempt<T>(locale: Locale, formData: FormData, work: (viewer: Viewer, values: FormValues) => Promise<T>): Promise<Attempt<T>> {
  const values = formDataToObject(formData);
  try {
    return { ok: true, value: await work(await getViewer(), values) };
  } catch (error) {
    return { ok: false, state: refusalState(error, locale, values) };
  }
}

export function refusalState(error: unknown, locale: Locale, values: FormValues): FormErrorState {
  if (!isAppError(error)) {
    console.error(error);
    return formError(getWorkspaceMessages(locale).unexpected, values);
  }
  const validation = error.details.validation;
  if (error.code === 'INVALID' && validation) {
    const fieldErrors = localizeIssues(validation, locale);
    return formError(getFormTexts(locale).fieldsNeedAttention(Object.keys(fieldErrors).length), values, { fieldErrors });
  }
  return formError(describeError(error, locale), values, { conflict: error.details.conflict, reason: error.details.reason });
}
