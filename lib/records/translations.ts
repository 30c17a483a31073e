import type { ExchangeRecord } from './published-record';

/*
 * A record is written in one language first; a text whose other language has not been written yet is
 * "translation pending". These name the record's pending texts, for the API and the staff's list.
 */

type Texts = Record<string, unknown>;

/** Whether one text of a record has one language and not the other. */
export const isPending = (zh: string | null | undefined, en: string | null | undefined) => Boolean(zh) !== Boolean(en);

/** The texts of `row` among `bases` (`title` for titleZh/titleEn) whose other language is still to come, as `prefix` + base. */
function pendingOf(row: Texts, bases: readonly string[], prefix: string): string[] {
  return bases.filter((base) => isPending(row[`${base}Zh`] as string | null, row[`${base}En`] as string | null)).map((base) => `${prefix}${base}`);
}

/** Every pending text of a published record, by its path: `title`, `events[0].description`, `statements[2].text`… */
export function pendingTranslations(record: ExchangeRecord): string[] {
  const each = (rows: readonly Texts[], name: string, bases: readonly string[]) => rows.flatMap((row, index) => pendingOf(row, bases, `${name}[${index}].`));
  return [
    ...pendingOf(record, ['title', 'summary', 'purpose', 'delegationName', 'location'], ''),
    ...each(record.events, 'events', ['title', 'description', 'location']),
    ...each(record.topics, 'topics', ['title', 'description']),
    ...each([...record.topics.flatMap((topic) => topic.questions), ...record.questionsWithoutTopic], 'questions', ['text']),
    ...each(record.statements, 'statements', ['text']),
    ...each(record.cooperationItems, 'cooperationItems', ['title', 'description']),
    ...each(record.practices, 'practices', ['title', 'description']),
  ];
}

/** How a text's other language came about, and when, as far as the record says. */
export interface TextTranslation {
  kind: 'HUMAN' | 'MACHINE';
  /** When it was written; null for a text translated before this was kept per text. */
  translatedAt: Date | null;
}

/**
 * How one text of a record (the exchange's own, or a part's: `subject`, with its record-wide
 * `translation`) was translated: as kept for that text, or else as its record says.
 */
export function translationOf(record: Pick<ExchangeRecord, 'textTranslations'>, subject: { id: string; translation: 'HUMAN' | 'MACHINE' }, field: string): TextTranslation {
  const kept = record.textTranslations.find((text) => text.subjectId === subject.id && text.field === field);
  return kept ? { kind: kept.kind, translatedAt: kept.translatedAt } : { kind: subject.translation, translatedAt: null };
}
