import { type Locale, languageTag } from '@/lib/i18n/locales';

/** The number formats the charts use, in the reader's language. */
export function chartFormats(locale: Locale) {
  const tag = languageTag[locale];
  const count = new Intl.NumberFormat(tag);
  // 2023, not "2,023".
  const year = new Intl.NumberFormat(tag, { useGrouping: false });
  // Coordinates are stored to five decimals.
  const degrees = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 5 });
  return { count: (n: number) => count.format(n), year: (n: number) => year.format(n), degrees: (n: number) => degrees.format(n) };
}
