'use client';

import { ValidatedForm } from '@/components/form/form';
import { HiddenField, TextField } from '@/components/form/fields';
import type { Locale } from '@/lib/i18n/locales';
import type { FormAction } from '@/lib/validation/form';
import { signInFields } from '@/lib/validation/schemas/sign-in';

export function SignInForm({
  action,
  locale,
  labels,
  submitLabel,
  returnTo,
}: {
  action: FormAction;
  locale: Locale;
  labels: { email: string; password: string };
  submitLabel: string;
  returnTo?: string;
}) {
  return (
    <ValidatedForm schema={signInFields} action={action} locale={locale} labels={labels} submitLabel={submitLabel}>
      {returnTo && <HiddenField name="returnTo" value={returnTo} />}
      <TextField name="email" type="email" autoComplete="username" required />
      <TextField name="password" type="password" autoComplete="current-password" required />
    </ValidatedForm>
  );
}
