'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { signIn, signOut } from '@/lib/auth/config';
import { type Locale, localeOf } from '@/lib/i18n/locales';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';
import { type FormState, formError, parseForm } from '@/lib/validation/form';
import { signInFields } from '@/lib/validation/schemas/sign-in';

/** Only a path inside this site's workspace or admin section may be returned to after signing in. */
function safeReturnPath(locale: Locale, requested: FormDataEntryValue | null): string {
  const path = typeof requested === 'string' ? requested : '';
  return new RegExp(`^/${locale}/(manage|admin)(/[\\w\\-/]*)?$`).test(path) ? path : `/${locale}/manage`;
}

export async function signInAction(locale: Locale, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  const parsed = parseForm(signInFields, formData, locale);
  if (!parsed.ok) return parsed.state;
  const t = getWorkspaceMessages(locale);
  try {
    await signIn('credentials', { ...parsed.data, redirectTo: safeReturnPath(locale, formData.get('returnTo')) });
  } catch (error) {
    if (error instanceof AuthError) {
      const reason = error instanceof CredentialsSignin ? error.code : 'invalid';
      const message = t.auth.refused[reason as keyof typeof t.auth.refused] ?? t.auth.refused.invalid;
      // The password is never handed back to the form.
      return formError(message, { email: parsed.data.email });
    }
    throw error;
  }
  return { status: 'idle' };
}

export async function signInWithProviderAction(locale: Locale): Promise<void> {
  locale = localeOf(locale);
  await signIn('oidc', { redirectTo: `/${locale}/manage` });
}

export async function signOutAction(locale: Locale): Promise<void> {
  locale = localeOf(locale);
  await signOut({ redirectTo: `/${locale}` });
}
