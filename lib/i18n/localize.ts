import type { Locale } from './locales';

/** The text in the reader's language, or in the other one when it has not been written yet. */
export function localize<T extends string | null | undefined>(locale: Locale, zh: T, en: T): T {
  return locale === 'zh' ? (zh || en) : (en || zh);
}
