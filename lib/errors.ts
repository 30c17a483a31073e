import type { Locale } from './i18n/locales';

export type AppErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'INVALID';

/**
 * The one error type the data-access layer throws for expected failures. Pages and actions map it to
 * a message in the reader's language; anything else is a bug, logged and replaced by a generic message.
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

const messages: Record<AppErrorCode, Record<Locale, string>> = {
  NOT_FOUND: { en: 'We could not find that record. It may have been moved or withdrawn.', zh: '找不到该记录，它可能已被移动或撤回。' },
  FORBIDDEN: { en: 'You do not have permission to do that.', zh: '您没有执行此操作的权限。' },
  CONFLICT: {
    en: 'Someone else changed this record after you opened it. Reload to see their changes.',
    zh: '在您打开之后，其他人修改了此记录。请刷新查看其更改。',
  },
  INVALID: { en: 'Some of what was entered is not valid. See the marked fields.', zh: '部分输入无效，请查看标出的字段。' },
};

export function describeError(code: AppErrorCode, locale: Locale): string {
  return messages[code][locale];
}
