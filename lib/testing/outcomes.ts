import { expect } from 'vitest';
import { publishExchange, submitExchange } from '../data/exchange-editing';
import type { UserViewer } from '../data/viewer';
import { AppError } from '../errors';

/**
 * What a refused call said: the fields at fault with their messages ("endedOn: endsBeforeItStarts"),
 * or the error's code when no field was at fault; null when the call was not refused.
 */
export const refusal = (attempt: Promise<unknown>) =>
  attempt.then(
    () => null,
    (error: unknown) => {
      expect(error).toBeInstanceOf(AppError);
      const { code, details } = error as AppError;
      return details.validation?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? code;
    },
  );

/** The author hands the exchange to review, and someone else publishes it. */
export async function submitAndPublish(author: UserViewer, reviewer: UserViewer, exchangeId: string) {
  await submitExchange(author, exchangeId);
  await publishExchange(reviewer, exchangeId);
}
