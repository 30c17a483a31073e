'use server';

import type { Route } from 'next';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createAccount, endAccountSessions, setAccountDisabled, setAccountPassword, updateAccount } from '@/lib/data/accounts';
import { attempt, boundText } from '@/lib/forms/respond';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { type Locale, localeOf } from '@/lib/i18n/locales';
import { type FormState, formSuccess, parseForm } from '@/lib/validation/form';
import { newAccountForm, passwordForm } from '@/lib/validation/schemas/account';

/*
 * Every export here is a public endpoint: each one hands the submission to lib/data, which checks
 * that the viewer is an admin and checks the input. Locale and ids are bound when the page renders,
 * but come back from the browser with the form: the locale is read through localeOf, and lib/data
 * refuses ids that name no account.
 */

const accountPath = (locale: Locale, accountId: string) => `/${locale}/admin/accounts/${accountId}` as Route;

function refresh(locale: Locale) {
  revalidatePath(`/${locale}/admin`, 'layout');
}

export async function createAccountAction(locale: Locale, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  // The second entry of the password is the form's own business; lib/data takes the password once.
  const typedTwice = parseForm(newAccountForm, formData, locale);
  if (!typedTwice.ok) return typedTwice.state;
  const result = await attempt(locale, formData, (viewer, values) => createAccount(viewer, values));
  if (!result.ok) return result.state;
  refresh(locale);
  redirect(accountPath(locale, result.value.id));
}

export async function updateAccountAction(locale: Locale, accountId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  const result = await attempt(locale, formData, (viewer, values) => updateAccount(viewer, boundText(accountId), values));
  if (!result.ok) return result.state;
  refresh(locale);
  return formSuccess(getAdminMessages(locale).account.saved);
}

export async function setAccountDisabledAction(
  locale: Locale,
  accountId: string,
  disabled: boolean,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  locale = localeOf(locale);
  const result = await attempt(locale, formData, (viewer) => setAccountDisabled(viewer, boundText(accountId), disabled));
  if (!result.ok) return result.state;
  refresh(locale);
  const a = getAdminMessages(locale);
  return formSuccess(disabled ? a.account.disabledDone : a.account.enabledDone);
}

export async function endAccountSessionsAction(locale: Locale, accountId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  const result = await attempt(locale, formData, (viewer) => endAccountSessions(viewer, boundText(accountId)));
  if (!result.ok) return result.state;
  refresh(locale);
  return formSuccess(getAdminMessages(locale).account.sessionsEnded(result.value));
}

export async function setAccountPasswordAction(locale: Locale, accountId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  const typedTwice = parseForm(passwordForm, formData, locale);
  if (!typedTwice.ok) return typedTwice.state;
  const result = await attempt(locale, formData, (viewer, values) => setAccountPassword(viewer, boundText(accountId), values));
  if (!result.ok) return result.state;
  return formSuccess(getAdminMessages(locale).account.passwordSet);
}
