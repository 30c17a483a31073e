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

/** Whether an id from an address or a form can name a row; anything else reads as "not found". */
export const isId = (value: string): boolean => z.uuid().safeParse(value).success;

/** Text for a LIKE pattern that matches it as typed: LIKE would read its `%`, `_` and `\\` as wildcards. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/** Text found anywhere in a column, as typed (Prisma hands `contains` to LIKE as it is). */
export const containsText = (text: string) => ({ contains: escapeLike(text), mode: 'insensitive' as const });

/** A refusal of one field found while saving (a reference that does not hold), shown like any other. */
export function fieldError(field: string, key: ValidationKey): AppError {
  return new AppError('INVALID', `${field}: ${key}`, {
    validation: new z.ZodError([{ code: 'custom', path: [field], message: key, input: undefined }]),
  });
}
