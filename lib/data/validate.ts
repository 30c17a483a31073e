import 'server-only';
import { z } from 'zod';
import { AppError } from '../errors';
import type { ValidationKey } from '../validation/messages';

/** Checks input against the schema its form uses; on failure the form gets each field's problem. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new AppError('INVALID', 'Invalid input', { validation: result.error });
  return result.data;
}

/** A refusal that the form shows beside one field, for a rule only the database can check (an id that exists). */
export function invalidField(field: string, key: ValidationKey): AppError {
  return new AppError('INVALID', `${field}: ${key}`, {
    validation: new z.ZodError([{ code: 'custom', path: [field], message: key, input: undefined }]),
  });
}
