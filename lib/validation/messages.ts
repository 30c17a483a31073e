import type { Locale } from '../i18n/locales';

/**
 * What is wrong with a field, keyed by the message key a zod issue carries (see fields.ts). The form
 * puts the field's label in front ("Title (English): At most 300 characters"), so each text reads
 * after a label and does not name the field itself.
 */
const en = {
  required: 'Required',
  tooLong: ({ max }: { max: number }) => `At most ${max} ${max === 1 ? 'character' : 'characters'}`,
  tooShort: ({ min }: { min: number }) => `At least ${min} ${min === 1 ? 'character' : 'characters'}`,
  invalidDate: 'Enter a real date as YYYY-MM-DD, for example 2023-05-15',
  invalidPartialDate: 'Enter a real date as YYYY-MM-DD (2023-05-15), or as YYYY-MM (2023-05) when only the month is known, or YYYY (2023)',
  precisionNeedsMore: 'This date says less than the precision chosen: type the day (or the month), or choose “Month only” or “Year only”',
  endBeforeStart: 'The end date is before the start date',
  sameCity: 'The two cities must differ',
  requiredInOriginal: 'Write this in the record’s original language; the other language can follow later',
  originalFirst: 'Write this in the record’s original language first; the other language is its translation',
  cityOnBothSides: 'A further visiting city cannot be the host or the leading visitor, nor be chosen twice',
  endsBeforeItStarts: 'The relationship cannot end before it was established',
  endedButCurrent: 'A relationship proposed or in force has no end date: choose “Lapsed” or “Ended”, or clear the date',
  notBetweenTheCities: 'Choose an exchange between these two cities',
  unknownCity: 'No city with this key has published exchanges',
  partnerNeedsCity: 'Choose the first city of the pair too',
  queryTooShort: 'Type a word of at least two characters, for example 螺蛳粉 or Liuzhou',
  invalidTimestamp: 'Enter a date, or a date and time with its time zone, for example 2026-01-31 or 2026-01-31T08:00:00Z',
  bothRoles: 'A city cannot be both responsible and a partner',
  invalidOption: 'Choose one of the options',
  invalidNumber: 'Enter a whole number, for example 12',
  outOfRange: ({ min, max }: { min: number; max: number }) => `Enter a number from ${min} to ${max}`,
  invalidUrl: 'Enter a web address that starts with http:// or https://',
  invalidEmail: 'Enter an email address such as name@example.com',
  invalidId: 'This reference is not valid. Reload the page and try again',
  controlCharacters: 'Remove the invisible control characters',
  passwordMismatch: 'The two passwords do not match',
  invalid: 'This value is not valid',
  choosePerson: 'Choose a person on record, or type the name of a new one',
  personOrNewName: 'Either choose a person on record or type a new name, not both',
  titleInBoth: 'Give the title in both languages, or leave both empty',
  alreadyParticipant: 'This person is already listed for this exchange',
  alreadyOnRecord: 'This is already on record: choose it from the list instead of adding it again',
  alreadyProposed: 'Merging these two entries has been proposed already; an administrator will decide',
  personOnRecord: 'Someone of this name is on record: choose them under “Person on record”, or, if this is someone else, tick “Someone else of the same name”',
  alreadyCited: 'This source is already cited for this entry',
  oneClaimPerSource: 'This source already has a value for this field; change or delete that one',
  invalidSlug: 'Use lower-case letters a–z, digits and hyphens, for example zibo',
  invalidDecimal: ({ places }: { places: number }) => `Enter a number with at most ${places} decimal places, for example 36.81`,
  nameNeeded: 'Enter the name in Chinese, in English, or both',
  parentCycle: 'An organization cannot be placed under itself or under one of its own units',
  notForVirtualMeeting: 'A virtual meeting has no travelling delegation: leave this empty, or choose another kind',
  sitesInVirtualMeeting: 'A virtual meeting visits no sites: remove the sites from its events, or choose another kind of exchange',
  siteOrName: ({ n }: { n: number }) => `No. ${n}: choose an organization on record or type the name of a place not on record, not both`,
  captionNeeded: 'Say what it is, in Chinese, in English, or both',
  altNeeded: 'Describe what the photo shows, for readers who cannot see it, in Chinese, in English, or both',
  fileMissing: 'Choose a file to upload',
  fileEmpty: 'The file is empty',
  fileTooLarge: ({ max }: { max: number }) => `The file is larger than the limit of ${max} MB`,
  fileType: 'Only JPEG, PNG or WebP photos and PDF, Word (.docx), Excel (.xlsx) or OFD documents can be uploaded; the file’s content is none of these',
  fileCutShort: 'The upload was cut off before the whole file arrived. Try again',
  imageUnreadable: 'The photo cannot be read: it is damaged, or larger than 100 megapixels',
  oneSubject: 'A file shows an event or is evidence of progress, not both: choose one',
  linkToItself: 'An exchange cannot be linked to itself',
  alreadyLinked: 'This exchange is linked to that one already; change that link instead',
  notAReturn: 'A return visit goes the other way: its visiting city is the host of the visit it returns, and its host that visit’s visiting city',
  linkToLater: 'This exchange began before that one, so it cannot return or follow it up',
  linkCycle: 'That exchange already returns or follows up this one, directly or through others',
};

export type ValidationKey = keyof typeof en;

/** The parameters a key's text needs (`{ max }` for `tooLong`), or undefined when it needs none. */
export type ValidationParams<K extends ValidationKey> = (typeof en)[K] extends (params: infer P extends Record<string, number>) => string
  ? P
  : undefined;

const zh: typeof en = {
  required: '必填',
  tooLong: ({ max }) => `最多 ${max} 个字符`,
  tooShort: ({ min }) => `至少 ${min} 个字符`,
  invalidDate: '请输入真实存在的日期，格式为 YYYY-MM-DD，例如 2023-05-15',
  invalidPartialDate: '请输入真实存在的日期：YYYY-MM-DD（2023-05-15）；只知道月份时为 YYYY-MM（2023-05）；只知道年份时为 YYYY（2023）',
  precisionNeedsMore: '所填日期不如所选精确度具体：请填写日（或月），或选择“仅月份”或“仅年份”',
  endBeforeStart: '结束日期早于开始日期',
  sameCity: '两个城市不能相同',
  requiredInOriginal: '请用记录的原文语言填写；另一种语言可以稍后补充',
  originalFirst: '请先用记录的原文语言填写；另一种语言是它的译文',
  cityOnBothSides: '其他来访城市不能是东道城市或牵头来访城市，也不能重复选择',
  endsBeforeItStarts: '关系的终止日期不能早于建立日期',
  endedButCurrent: '拟议中或有效的关系没有终止日期：请选择“已失效”或“已终止”，或清除日期',
  notBetweenTheCities: '请选择这两个城市之间的交流',
  unknownCity: '没有以此为标识且有已发布交流的城市',
  partnerNeedsCity: '请同时选择城市对中的第一个城市',
  queryTooShort: '请输入至少两个字符的词，例如 螺蛳粉 或 Liuzhou',
  invalidTimestamp: '请输入日期，或带时区的日期时间，例如 2026-01-31 或 2026-01-31T08:00:00Z',
  bothRoles: '同一城市不能既是牵头方又是合作方',
  invalidOption: '请从选项中选择',
  invalidNumber: '请输入整数，例如 12',
  outOfRange: ({ min, max }) => `请输入 ${min} 至 ${max} 之间的数`,
  invalidUrl: '请输入以 http:// 或 https:// 开头的网址',
  invalidEmail: '请输入有效的电子邮箱地址，例如 name@example.com',
  invalidId: '引用无效，请刷新页面后重试',
  controlCharacters: '请删除其中不可见的控制字符',
  passwordMismatch: '两次输入的密码不一致',
  invalid: '输入无效',
  choosePerson: '请选择已有人员，或填写新人员的姓名',
  personOrNewName: '请选择已有人员或填写新姓名，二者只能选其一',
  titleInBoth: '职务须同时填写中英文，或都留空',
  alreadyParticipant: '此人已在本次交流的人员名单中',
  alreadyOnRecord: '已有此记录，请从列表中选择，不要重复添加',
  alreadyProposed: '已有人提议合并这两条记录，将由管理员决定',
  personOnRecord: '已有同名人员记录：请在“已有人员”中选择；如确为另一人，请勾选“同名的另一人”',
  alreadyCited: '此条目已引用该来源',
  oneClaimPerSource: '该来源对此字段已有一个说法，请修改或删除原有说法',
  invalidSlug: '请使用小写字母 a–z、数字和连字符，例如 zibo',
  invalidDecimal: ({ places }) => `请输入最多 ${places} 位小数的数字，例如 36.81`,
  nameNeeded: '请填写中文姓名或英文姓名，也可两者都填',
  parentCycle: '机构不能隶属于其自身或其下属单位',
  notForVirtualMeeting: '视频会议没有出行的代表团：请留空，或选择其他交流类型',
  sitesInVirtualMeeting: '视频会议没有参观地点：请从其活动中删除这些地点，或选择其他交流类型',
  siteOrName: ({ n }) => `第 ${n} 项：请选择已记录的机构，或填写未记录地点的名称，二者只能选其一`,
  captionNeeded: '请用中文、英文或两种语言说明这是什么',
  altNeeded: '请用中文、英文或两种语言描述照片内容，供看不到图片的读者使用',
  fileMissing: '请选择要上传的文件',
  fileEmpty: '文件是空的',
  fileTooLarge: ({ max }) => `文件超过 ${max} MB 的上限`,
  fileType: '只能上传 JPEG、PNG、WebP 照片和 PDF、Word（.docx）、Excel（.xlsx）或 OFD 文档；此文件的内容不属于其中任何一种',
  fileCutShort: '上传在文件传完之前中断了，请重试',
  imageUnreadable: '无法读取这张照片：文件已损坏，或超过一亿像素',
  oneSubject: '文件要么记录某项活动，要么是某项进展的证明，不能两者兼是：请只选一项',
  linkToItself: '交流不能与自身关联',
  alreadyLinked: '此交流已与该交流关联，请修改原有关联',
  notAReturn: '回访方向相反：回访的来访城市应是被回访交流的接待城市，接待城市应是其来访城市',
  linkToLater: '此交流早于该交流开始，不能回访或跟进它',
  linkCycle: '该交流已直接或间接地回访或跟进此交流',
};

const validationMessages: Record<Locale, typeof en> = { en, zh };

export function isValidationKey(value: string): value is ValidationKey {
  return Object.hasOwn(en, value);
}

export function validationMessage(locale: Locale, key: ValidationKey, params: Readonly<Record<string, unknown>> = {}): string {
  const text: string | ((params: never) => string) = validationMessages[locale][key];
  // The parameters arrive untyped on a zod issue, put there beside the key by the check that raised it.
  return typeof text === 'string' ? text : text(params as never);
}

/** The words of the form components themselves. */
const enForm = {
  fieldsNeedAttention: (n: number) => (n === 1 ? '1 field needs attention' : `${n} fields need attention`),
  save: 'Save',
  saving: 'Saving…',
  required: '(required)',
  theirChanges: 'What the other person saved:',
  /** The nth choice of an ordered list, for screen readers and beside it. */
  numbered: (n: number) => `No. ${n}`,
  matches: (n: number) => (n === 1 ? '1 matches' : `${n} match`),
  charactersLeft: (left: number, max: number) => (left >= 0 ? `${left.toLocaleString('en')} of ${max.toLocaleString('en')} characters left` : `${(-left).toLocaleString('en')} characters too many (at most ${max.toLocaleString('en')})`),
};

export type FormTexts = typeof enForm;

const zhForm: FormTexts = {
  fieldsNeedAttention: (n) => `有 ${n} 处需要修改`,
  save: '保存',
  saving: '正在保存…',
  required: '（必填）',
  theirChanges: '对方保存的内容：',
  numbered: (n) => `第 ${n} 项`,
  matches: (n) => `${n} 项符合`,
  charactersLeft: (left, max) => (left >= 0 ? `还可输入 ${left} 字（共 ${max} 字）` : `超出 ${-left} 字（最多 ${max} 字）`),
};

const formTexts: Record<Locale, FormTexts> = { en: enForm, zh: zhForm };

export function getFormTexts(locale: Locale): FormTexts {
  return formTexts[locale];
}
