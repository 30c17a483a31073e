import type { Locale } from './locales';

/** The text in the reader's language, or in the other one when it has not been written yet. */
export function localize<T extends string | null | undefined>(locale: Locale, zh: T, en: T): T {
  return locale === 'zh' ? (zh || en) : (en || zh);
}

/** A person's name for display; in English, the Chinese name follows in brackets when both are known. */
export function personName(locale: Locale, person: { nameZh: string | null; nameEn: string | null }): string {
  if (locale === 'zh') return person.nameZh || person.nameEn || '';
  return person.nameEn && person.nameZh ? `${person.nameEn} (${person.nameZh})` : person.nameEn || person.nameZh || '';
}
