import { z } from 'zod';
import { isoDate as isoDateOf } from '../i18n/format';
import type { ValidationKey, ValidationParams } from './messages';

/*
 * Building blocks for schemas of submitted forms, where every value arrives as a string (or is
 * missing). Each failure is a zod issue whose message is a key of ./messages, with the numbers its
 * text needs in the issue's `params`; form.ts turns it into words in the user's language.
 */

// Forms are checked in the browser too, where the Content-Security-Policy forbids eval. Without this,
// zod probes with `Function('')` as each object schema is built, and the browser reports a violation.
// Every schema imports this module, so it runs before any of them is built.
z.config({ jitless: true });

type ParamArgs<K extends ValidationKey> = ValidationParams<K> extends undefined ? [] : [params: ValidationParams<K>];

function failure<K extends ValidationKey>(key: K, ...[params]: ParamArgs<K>) {
  return { error: key, params };
}

/**
 * Refinement options for a rule across fields, such as an end date not before the start date: the
 * message `key` goes on the field `path`. The rule runs once the fields it `reads` are valid, even
 * while other fields are not, so the user sees all that is wrong after one submit.
 *
 *     .refine((d) => !d.endDate || d.endDate >= d.startDate,
 *       crossFieldError('endDate', ['startDate', 'endDate'], 'endBeforeStart'))
 */
export function crossFieldError<K extends ValidationKey>(
  path: string,
  reads: readonly string[],
  key: K,
  ...params: ParamArgs<K>
): z.core.$ZodCustomParams {
  return {
    ...failure(key, ...params),
    path: [path],
    when: (payload) =>
      payload.issues.every((issue) => {
        const [field] = issue.path ?? [];
        return field !== undefined && !reads.includes(String(field));
      }),
  };
}

/**
 * A submitted string. The builders below end in `.prefault('')`: a field missing from the submission
 * (a disabled input, a tampered form) reads as an empty one, so it is "required" rather than of the
 * wrong type, and the rules across fields still run.
 */
const submitted = () => z.string({ error: 'invalid' });

const controlCharacter = /\p{Cc}/u;
const controlCharacterButLineBreakOrTab = /[^\P{Cc}\n\t]/u;

export interface TextOptions {
  /** Allows line breaks and tabs, as in a <textarea>. */
  multiline?: boolean;
}

function text(max: number, { multiline = false }: TextOptions, required: boolean) {
  const forbidden = multiline ? controlCharacterButLineBreakOrTab : controlCharacter;
  return (
    submitted()
      // Browsers submit a textarea's line breaks as CRLF; as LF each counts as the one character the user
      // sees, and the text is stored one way whichever browser sent it.
      .overwrite((value) => (multiline ? value.replace(/\r\n?/g, '\n') : value).trim())
      .refine((value) => !required || value !== '', failure('required'))
      .refine((value) => !forbidden.test(value), failure('controlCharacters'))
      // Counted in characters, as PostgreSQL's varchar(n) counts them, not in UTF-16 units as `length` does.
      .refine((value) => [...value].length <= max, failure('tooLong', { max }))
  );
}

/** A short key for web addresses ("zibo", "xi-an"): lower-case letters a–z and digits, joined by single hyphens. */
export function slug(max: number) {
  return text(max, {}, true)
    .overwrite((value) => value.toLowerCase())
    .refine((value) => value === '' || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value), failure('invalidSlug'))
    .prefault('');
}

/** A key as `slug` reads it, or nothing given (null): a filter left at "any". */
export function optionalSlug(max: number) {
  return z.preprocess((value) => (value === '' || value === undefined ? null : value), slug(max).nullable());
}

/** Trimmed, not empty, at most `max` characters. */
export function requiredText(max: number, options: TextOptions = {}) {
  return text(max, options, true).prefault('').meta({ maxLength: max });
}

/**
 * One language of a text a record keeps in both: trimmed, at most `max` characters, and empty while
 * its translation is pending. The record's schema requires its original language (originalRequired).
 */
export function translatableText(max: number, options: TextOptions = {}) {
  return text(max, options, false).prefault('').meta({ maxLength: max });
}

/** Trimmed, at most `max` characters; nothing entered is null. */
export function optionalText(max: number, options: TextOptions = {}) {
  return text(max, options, false)
    .transform((value) => value || null)
    .prefault('')
    .meta({ maxLength: max });
}

/** The most characters each text field of a form's schema takes, by field name: for a form to show how much room is left. */
export function lengthLimits(schema: z.ZodType): Record<string, number> {
  const shape = (schema as { shape?: Record<string, z.ZodType> }).shape ?? {};
  return Object.fromEntries(
    Object.entries(shape).flatMap(([name, field]) => {
      const maxLength = field.meta()?.maxLength;
      return typeof maxLength === 'number' ? [[name, maxLength]] : [];
    }),
  );
}

const isoDatePattern = /^(?!0000)\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: string): boolean {
  if (!isoDatePattern.test(value)) return false;
  // The Date parser rolls 30 February over into March, so only a real date comes back unchanged.
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && isoDateOf(date) === value;
}

/** A typed date that `isDate` accepts, or a message of `invalid`; nothing typed is '' (null when optional). */
function typedDate(isDate: (value: string) => boolean, invalid: 'invalidDate' | 'invalidPartialDate') {
  const date = (required: boolean) =>
    submitted()
      .trim()
      .refine((value) => !required || value !== '', failure('required'))
      .refine((value) => value === '' || isDate(value), failure(invalid));
  return {
    required: () => date(true).prefault(''),
    optional: () =>
      date(false)
        .transform((value) => value || null)
        .prefault(''),
  };
}

const calendarDate = typedDate(isCalendarDate, 'invalidDate');

/** A date that exists on the calendar (not 2023-02-30), as YYYY-MM-DD like <input type="date">; returns the string. */
export const isoDate = calendarDate.required;
export const optionalIsoDate = calendarDate.optional;

/** How much of a date was typed: "2023", "2023-05" or "2023-05-15". */
export type TypedPrecision = 'YEAR' | 'MONTH' | 'DAY';
export const typedPrecision = (value: string): TypedPrecision => (value.length === 4 ? 'YEAR' : value.length === 7 ? 'MONTH' : 'DAY');

function isPartialDate(value: string): boolean {
  if (/^(?!0000)\d{4}$/.test(value)) return true;
  if (/^(?!0000)\d{4}-(0[1-9]|1[0-2])$/.test(value)) return true;
  return isCalendarDate(value);
}

const partialDate = typedDate(isPartialDate, 'invalidPartialDate');

/**
 * A date known to the day, the month or the year, typed as such: "2023-05-15", "2023-05" or "2023".
 * Returns the string as typed; the schema that reads the date's precision beside it makes it a day.
 */
export const partialIsoDate = partialDate.required;
export const optionalPartialIsoDate = partialDate.optional;

/** The first day of the period a partly known date names: "2023-05" is 2023-05-01, and so is "2023-05-17" known to the month. */
export function firstDayAs(value: string, precision: TypedPrecision): string {
  const known = precision === 'YEAR' ? value.slice(0, 4) : precision === 'MONTH' ? value.slice(0, 7) : value;
  return typedPrecision(known) === 'YEAR' ? `${known}-01-01` : typedPrecision(known) === 'MONTH' ? `${known}-01` : known;
}

const timestampPattern = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/i;

function momentOf(typed: string): Date | null {
  // An unescaped "+" in a query string arrives as a space: "T08:00 08:00" was sent as "T08:00+08:00".
  const value = typed.replace(/ (\d{2}:\d{2})$/, '+$1');
  const match = timestampPattern.exec(value);
  if (!match || !isCalendarDate(match[1]!)) return null;
  const moment = new Date(match[2] ? value.toUpperCase() : `${value}T00:00:00Z`);
  return Number.isNaN(moment.getTime()) ? null : moment;
}

/**
 * A moment as a program sends it: a day (its start in UTC) or an ISO 8601 date and time with its
 * offset, which a time without one would leave ambiguous. Nothing given is null.
 */
export function optionalTimestamp() {
  return submitted()
    .trim()
    .refine((value) => value === '' || momentOf(value) !== null, failure('invalidTimestamp'))
    .transform((value) => (value === '' ? null : momentOf(value)))
    .prefault('');
}

function id(required: boolean) {
  return submitted()
    .trim()
    .toLowerCase()
    .refine((value) => !required || value !== '', failure('required'))
    .refine((value) => value === '' || z.regexes.guid.test(value), failure('invalidId'));
}

/** A record's id (a UUID), lower-cased as PostgreSQL writes it. */
export function uuid() {
  return id(true).prefault('');
}

/** Ids in the order chosen, as from numbered selects: a slot left blank is skipped. */
export function orderedIds(max: number) {
  return z.preprocess((value) => (Array.isArray(value) ? value.filter((item) => item !== '') : value), z.array(uuid()).max(max)).default([]);
}

export function optionalUuid() {
  return id(false)
    .transform((value) => value || null)
    .prefault('');
}

/** One of `values`, as from a <select> or radio buttons. */
export function enumOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) => (issue.input === undefined || issue.input === '' ? 'required' : 'invalidOption'),
  });
}

/** One of `values`, or nothing chosen ('' or missing), which is null: "not known", "any". */
export function optionalChoice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess((value) => (value === '' || value === undefined ? null : value), enumOf(values).nullable());
}

function wholeNumber(required: boolean) {
  return (
    submitted()
      // Full-width digits and minus, which Chinese input methods can produce, become ASCII.
      .overwrite((value) => value.normalize('NFKC').trim())
      .refine((value) => !required || value !== '', failure('required'))
      .refine((value) => value === '' || /^[+-]?\d+$/.test(value), failure('invalidNumber'))
  );
}

const between = (min: number, max: number) => (value: number | null) => value === null || (value >= min && value <= max);

/** A whole number from `min` to `max`. */
export function intInRange(min: number, max: number) {
  return wholeNumber(true)
    .transform(Number)
    .refine(between(min, max), failure('outOfRange', { min, max }))
    .prefault('');
}

/** A whole number from `min` to `max`; nothing entered is null. */
export function optionalIntInRange(min: number, max: number) {
  return wholeNumber(false)
    .transform((value) => (value === '' ? null : Number(value)))
    .refine(between(min, max), failure('outOfRange', { min, max }))
    .prefault('');
}

const decimalPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const isDecimal = (places: number) => (value: string) => decimalPattern.test(value) && (value.split('.')[1] ?? '').length <= places;

/**
 * A number from `min` to `max` with at most `places` decimal places (a latitude), as its text so that
 * a decimal column stores exactly what was typed; nothing entered is null.
 */
export function optionalDecimalInRange(min: number, max: number, places: number) {
  return submitted()
    .overwrite((value) => value.normalize('NFKC').trim())
    .refine((value) => value === '' || isDecimal(places)(value), failure('invalidDecimal', { places }))
    .refine((value) => value === '' || !isDecimal(places)(value) || between(min, max)(Number(value)), failure('outOfRange', { min, max }))
    .transform((value) => (value === '' ? null : String(Number(value))))
    .prefault('');
}

/** An <input type="checkbox">: browsers send "on" when it is ticked and nothing when it is not. */
export function checkbox() {
  return z
    .enum(['on', 'true'], { error: 'invalidOption' })
    .optional()
    .transform((value) => value !== undefined);
}

/** The version of the record the form was filled from, checked when saving (optimistic concurrency). */
export function version() {
  // PostgreSQL's int column ends at 2^31 - 1.
  return intInRange(1, 2_147_483_647);
}

function isWebAddress(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    return new URL(value).hostname !== '';
  } catch {
    return false;
  }
}

/** An http or https address, at most `max` characters; nothing entered is null. */
export function optionalUrl(max: number) {
  return text(max, {}, false)
    .refine((value) => value === '' || isWebAddress(value), failure('invalidUrl'))
    .transform((value) => value || null)
    .prefault('');
}

/** An email address, trimmed and lower-cased. */
export function email() {
  // RFC 5321 allows 64 characters before the @ and 255 after it: 320 in all.
  return text(320, {}, true)
    .overwrite((value) => value.toLowerCase())
    .refine((value) => value === '' || z.regexes.email.test(value), failure('invalidEmail'))
    .prefault('');
}
