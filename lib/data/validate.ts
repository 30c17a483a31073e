import 'server-only';
import type { z } from 'zod';
import { AppError } from '../errors';

/** Checks input against the schema its form uses; on failure the form gets each field's problem. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new AppError('INVALID', 'Invalid input', { validation: result.error });
  return result.data;
}
