import type { Locale } from './locales';

/** The text in the reader's language, or in the other one when it has not been written yet. */
export function localize<T extends string | null | undefined>(locale: Locale, zh: T, en: T): T {
  return locale === 'zh' ? (zh || en) : (en || zh);
}

/** Names in a list as the language writes one: 淄博、潍坊 / Zibo, Weifang. */
export function localizedList(locale: Locale, names: readonly { nameZh: string; nameEn: string }[]): string {
  return names.map((name) => localize(locale, name.nameZh, name.nameEn)).join(locale === 'zh' ? '、' : ', ');
}
