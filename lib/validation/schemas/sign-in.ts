import { z } from 'zod';
import { email } from '../fields';

/** Only presence is checked here: whether the password is right is the server's business alone. */
export const signInFields = z.object({
  email: email(),
  password: z.string({ error: 'required' }).min(1, { error: 'required' }).max(1000, { error: 'tooLong' }),
});
