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

/** "2023-05-15" → the date as it is stored: midnight UTC of that day. */
export function fromIsoDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** "2023-05-15" → the same formatting as a stored date. */
export function formatIsoDate(iso: string, locale: Locale): string {
  const date = fromIsoDate(iso);
  return Number.isNaN(date.getTime()) ? iso : formatDate(date, locale);
}

/**
 * The time zone of the people who keep the records: China keeps one, eight hours ahead of UTC all
 * year. Moments (a sign-in, a change) are shown in it, and a day in a filter is a day in it.
 */
export const officeTimeZone = { name: 'Asia/Shanghai', utcOffset: '+08:00' } as const;

/** A moment, to the second, as readers of the locale write it, in office time. */
export function formatMoment(moment: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(languageTag[locale], { dateStyle: 'medium', timeStyle: 'medium', timeZone: officeTimeZone.name }).format(moment);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
