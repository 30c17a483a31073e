import { z } from 'zod';
import { UserRole } from '../../generated/prisma/enums';
import { crossFieldError, email, enumOf, optionalText, uuid, version } from '../fields';
import { valuesOf } from './exchange';

/** Long enough to resist guessing without rules about symbols (NIST SP 800-63B). */
export const passwordRules = { min: 12, max: 200 } as const;

export const password = () =>
  z
    .string({ error: 'required' })
    .min(1, { error: 'required' })
    .min(passwordRules.min, { error: 'tooShort' })
    .max(passwordRules.max, { error: 'tooLong' });

const accountAccess = {
  name: optionalText(200),
  role: enumOf(valuesOf(UserRole)),
  /** The cities a staff member answers for; ignored for admins, who answer for all. */
  cityIds: z.array(uuid()).max(400).default([]),
};

export const newAccount = z.object({ email: email(), password: password(), ...accountAccess });
export type NewAccount = z.infer<typeof newAccount>;

export const accountChange = z.object({ ...accountAccess, version: version() });

export const passwordChange = z.object({ password: password() });

/**
 * A form that sets a password asks for it twice: a typo would lock out the person it is for. Only the
 * form checks the second entry; the data-access layer takes the password alone.
 */
function typedTwice<S extends z.ZodObject<{ password: ReturnType<typeof password> }>>(schema: S) {
  return schema
    .extend({ passwordConfirmation: z.string({ error: 'required' }).min(1, { error: 'required' }).prefault('') })
    .refine(
      (form) => form.password === form.passwordConfirmation,
      crossFieldError('passwordConfirmation', ['password', 'passwordConfirmation'], 'passwordMismatch'),
    );
}

export const newAccountForm = typedTwice(newAccount);
export const passwordForm = typedTwice(passwordChange);
