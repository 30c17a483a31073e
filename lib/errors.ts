import type { ZodError } from 'zod';
import type { Locale } from './i18n/locales';

export type AppErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'INVALID';

/** A field another person changed while the caller was editing: what it holds now. */
export interface ConflictingField {
  field: string;
  theirs: string;
}

/** Why a request was refused, when the code alone would leave the reader guessing. */
export type ErrorReason = keyof typeof reasons;

export interface AppErrorDetails {
  reason?: ErrorReason;
  /** The input's problems, field by field, for the form to show in the reader's language. */
  validation?: ZodError;
  conflict?: ConflictingField[];
}

/**
 * The one error type the data-access layer throws for expected failures. Pages and actions map it to
 * a message in the reader's language; anything else is a bug, logged and replaced by a generic message.
 * `message` is for logs; `details` carries what the reader is told.
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: AppErrorDetails = {},
  ) {
    super(message);
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

const messages: Record<AppErrorCode, Record<Locale, string>> = {
  NOT_FOUND: { en: 'We could not find that record. It may have been moved or withdrawn.', zh: '找不到该记录，它可能已被移动或撤回。' },
  FORBIDDEN: { en: 'You do not have permission to do that.', zh: '您没有执行此操作的权限。' },
  CONFLICT: {
    en: 'Someone else changed this record after you opened it. Your changes were not saved; they are still in the form. Reload to see the current version.',
    zh: '在您打开之后，其他人修改了此记录。您的修改尚未保存，仍保留在表单中。请刷新查看最新版本。',
  },
  INVALID: { en: 'Some of what was entered is not valid. See the marked fields.', zh: '部分输入无效，请查看标出的字段。' },
};

const reasons = {
  ownChanges: {
    en: 'You made changes to this record since it was last published, so someone else must review and publish them.',
    zh: '自上次发布以来您修改过此记录，须由其他人审核并发布。',
  },
  notPublished: { en: 'This record is not published, so it cannot be withdrawn.', zh: '此记录尚未发布，无法撤回。' },
  notWithdrawn: { en: 'This record is not withdrawn, so there is nothing to restore.', zh: '此记录未被撤回，无需恢复。' },
  nothingToPublish: { en: 'This record has no changes waiting to be published.', zh: '此记录没有待发布的修改。' },
  changedSinceReview: {
    en: 'This record changed after you opened it, so it was not published. The changes are shown below: look at them, then publish again.',
    zh: '您打开此记录后它又被修改了，因此未发布。修改内容已列在下方，请查看后再发布。',
  },
  draftStale: {
    en: 'Someone saved this exchange after you opened the editor, so nothing was saved. Your changes are still here. Look at the history to see what they changed, then save again to put your changes on top of theirs.',
    zh: '您打开编辑器后，其他人保存了此交流，因此未保存任何内容。您的修改仍保留在此。请查看历史记录了解对方的修改，然后再次保存，将您的修改覆盖在其上。',
  },
  notInReview: { en: 'This record is not waiting for review, so it cannot be sent back.', zh: '此记录不在待审核状态，无法退回。' },
  notDeleted: { en: 'This record is not deleted.', zh: '此记录未被删除。' },
  alreadyRestored: {
    en: 'This entry is no longer deleted: it has been restored already, perhaps by someone else. If it was deleted again since, restore it from its latest deletion.',
    zh: '此条目已不再处于删除状态：它已被恢复（可能是他人恢复的）。如之后又被删除，请从最近一次删除中恢复。',
  },
  exchangeDeleted: {
    en: 'The exchange this entry belongs to is deleted. Restore the exchange first; its parts come back with it.',
    zh: '此条目所属的交流记录已被删除。请先恢复该交流记录，其各部分将随之恢复。',
  },
  cityGone: {
    en: 'The city this entry belongs to no longer exists, so the entry cannot be restored.',
    zh: '此条目所属的城市已不存在，因此无法恢复该条目。',
  },
  personGone: {
    en: 'The person this entry names is no longer on record (perhaps merged into another entry). Add them again from the exchange’s page.',
    zh: '此条目所指的人员已不在记录中（可能已合并到其他条目）。请在交流记录页面重新添加。',
  },
  linkTargetGone: {
    en: 'The exchange this link pointed at is no longer on record, so the link cannot come back. Add a new link from the exchange’s page.',
    zh: '此关联所指的交流已不在记录中，无法恢复该关联。请在交流记录页面重新添加关联。',
  },
  emailTaken: { en: 'An account with this email address already exists.', zh: '已有账户使用此电子邮件地址。' },
  slugTaken: { en: 'Another record already uses this web address.', zh: '已有其他记录使用此网址。' },
  duplicate: { en: 'This would duplicate an entry that already exists.', zh: '这将与已有条目重复。' },
  inUse: { en: 'Other records still refer to this entry, so it cannot be deleted.', zh: '仍有其他记录引用此条目，无法删除。' },
  lastAdmin: { en: 'This is the last active administrator account, so it cannot lose that role or be disabled.', zh: '这是最后一个有效的管理员账户，不能取消其管理员身份或停用。' },
  cityOutOfScope: {
    en: 'You can only record exchanges that involve a city you are assigned to.',
    zh: '您只能记录涉及您所负责城市的交流。',
  },
  brokenRule: {
    en: 'This change would break a rule of the record, such as dates in order or a person with a name. Nothing was saved.',
    zh: '此修改会违反记录的规则（例如日期先后顺序、人员须有姓名），未保存任何内容。',
  },
  datesOutOfOrder: {
    en: 'Accepting this value would put the end date before the start date. Settle the other date first.',
    zh: '采纳此值会使结束日期早于开始日期，请先确定另一个日期。',
  },
  stillCurrent: {
    en: 'The relationship is recorded as proposed or in force, which has no end date. Change its status before accepting an end date.',
    zh: '此关系记录为“拟建立”或“有效”，不应有终止日期。请先修改其状态，再采纳终止日期。',
  },
  sameEntry: { en: 'Choose two different entries to merge.', zh: '请选择两个不同的条目进行合并。' },
  organizationExists: {
    en: 'An organization with this Chinese name is already recorded in the same city.',
    zh: '同一城市已登记了同样中文名称的机构。',
  },
} satisfies Record<string, Record<Locale, string>>;

/** What to tell the reader about a refusal, in their language. */
export function describeError(error: AppError | AppErrorCode, locale: Locale): string {
  if (typeof error === 'string') return messages[error][locale];
  return error.details.reason ? reasons[error.details.reason][locale] : messages[error.code][locale];
}
