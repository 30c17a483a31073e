import type { DatePrecision } from '../generated/prisma/enums';
import { type Locale, languageTag } from './locales';

const dateOptions: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  DAY: { year: 'numeric', month: 'long', day: 'numeric' },
  MONTH: { year: 'numeric', month: 'long' },
  YEAR: { year: 'numeric' },
};

/**
 * A calendar date as readers of the locale write it, no more precise than it is known. Dates are
 * stored as UTC midnights, so they are formatted in UTC: a visit on 5 May is 5 May everywhere.
 */
export function formatDate(date: Date, locale: Locale, precision: DatePrecision = 'DAY'): string {
  return new Intl.DateTimeFormat(languageTag[locale], { ...dateOptions[precision], timeZone: 'UTC' }).format(date);
}

/** "2023-05-15" as it is stored: that day's UTC midnight. */
export function dateOfIso(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** "2023-05-15" → the same formatting as a stored date. */
export function formatIsoDate(iso: string, locale: Locale): string {
  const date = dateOfIso(iso);
  return Number.isNaN(date.getTime()) ? iso : formatDate(date, locale);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
