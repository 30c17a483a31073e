import fc from 'fast-check';
import type { FormValues } from '../validation/form';

/*
 * Generators of bad input for fast-check: what a careless client, a broken proxy or an attacker
 * sends instead of what a form or an address should carry. Beside plain garbage they make near-valid
 * input (a valid form with a field or two broken), so that the fuzz reaches the checks behind the
 * first one, and mass-assignment probes: extra fields named after real columns, with values no
 * valid path would write.
 */

const hugeLengths = [5_001, 20_001, 100_000];

/** Strings known to break careless code: markup, SQL and LIKE syntax, bad numbers and dates, odd Unicode. */
const knownBad = [
  '',
  ' ',
  '\t\r\n',
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31m',
  '\u202Eevil\u202C',
  '\u200B\u200D\uFEFF',
  'e\u0301',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  "'; DROP TABLE \"Exchange\"; --",
  "' OR '1'='1",
  '1; SELECT pg_sleep(10)',
  '$1',
  '%',
  '_',
  '\\',
  '%_\\%',
  "\\'",
  '{{7*7}}${7*7}',
  '__proto__',
  'constructor',
  'toString',
  '../../etc/passwd',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '0x10',
  '9007199254740993',
  '2147483648',
  '-2147483649',
  '１２３',
  '٣',
  '2023-02-30',
  '0000-01-01',
  '9999-12-31',
  '+275760-09-13',
  '2023-13-01',
  '2023-1-1',
  '20230101',
  '1969-12-31T23:59:60Z',
  '2024-02-29T25:00:00Z',
  '2024-01-01T00:00:00',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  '{123e4567-e89b-12d3-a456-426614174000}',
  '淄博市人民政府',
  '柳州螺蛳粉🍜 Luosifen',
  '𠜎𠜱𠝹',
  '🏳️‍🌈👨‍👩‍👧',
  'ﷺ',
  'مرحبا שלום',
  'Ω≈ç√∫',
];

const scripts = ['淄博', '柳州', 'Zibo', 'luosifen', '🍜', '🏳️‍🌈', 'ß', 'İ', 'ا', 'ש', '\u200F', '\u0301', ' ', '-', "'", '"', '<', '>', '&', '%', '_', '\\', '\n'];
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** One hostile string. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...knownBad), weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ unit: fc.constantFrom(...scripts), maxLength: 20 }), weight: 2 },
  { arbitrary: fc.string({ unit: fc.oneof(loneSurrogate, fc.constantFrom('a', '淄')), minLength: 1, maxLength: 6 }), weight: 1 },
  { arbitrary: fc.tuple(fc.constantFrom(...hugeLengths), fc.constantFrom('x', '淄', '😀', '\u0000', "'")).map(([n, c]) => c.repeat(n)), weight: 1 },
  { arbitrary: fc.oneof(fc.integer(), fc.double()).map(String), weight: 1 },
  { arbitrary: fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15) }).map((date) => (Number.isNaN(date.getTime()) ? 'Invalid Date' : date.toISOString())), weight: 1 },
  { arbitrary: fc.uuid().map((id) => id.toUpperCase()), weight: 1 },
);

/**
 * A value of any type React can decode from what a browser sends as an action's bound arguments:
 * text, numbers (NaN and Infinity too), booleans, null, undefined, big integers, dates, lists and
 * plain objects, with keys such as "toString" that break careless string conversion.
 */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileText, weight: 6 },
  { arbitrary: fc.constantFrom(null, undefined, true, false, 0, -1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 10n ** 30n), weight: 2 },
  { arbitrary: fc.array(hostileText, { maxLength: 3 }), weight: 1 },
  { arbitrary: fc.dictionary(hostileText, hostileText, { maxKeys: 3, noNullPrototype: true }), weight: 1 },
  { arbitrary: fc.constantFrom(new Date(Number.NaN), new Date(0)), weight: 1 },
);

/** What is done to one field of a valid form. */
type FieldChange =
  | { kind: 'drop' }
  | { kind: 'replace'; value: string }
  /** Sent several times, or a single field sent as a list (`name[]`). */
  | { kind: 'repeat'; values: string[] }
  /** A file where text was expected. */
  | { kind: 'file' };

export interface Submission {
  /** Changes to the form's own fields; a field not named is sent as a person would fill it in. */
  changes: Record<string, FieldChange>;
  /** Fields the form does not have, as [name, value]. */
  extras: [string, string][];
  /** How many of the column names the fuzz offers to send as mass-assignment probes. */
  probeCount: number;
  /** Chooses which probes. */
  probeSeed: number;
}

const fieldChange: fc.Arbitrary<FieldChange> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'drop' as const }), weight: 1 },
  { arbitrary: hostileText.map((value) => ({ kind: 'replace' as const, value })), weight: 6 },
  { arbitrary: fc.array(hostileText, { minLength: 2, maxLength: 4 }).map((values) => ({ kind: 'repeat' as const, values })), weight: 1 },
  { arbitrary: fc.constant({ kind: 'file' as const }), weight: 1 },
);

const extraName = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'a[]', '[]', '', '$ACTION_ID', 'x'.repeat(1000)), hostileText);

/**
 * A submission of a form with the given fields: the valid form with extra fields (the
 * mass-assignment probe), with one field broken, with several broken, or garbage throughout.
 */
export function submission(fields: readonly string[]): fc.Arbitrary<Submission> {
  const oneBroken = fields.length
    ? fc.tuple(fc.constantFrom(...fields), fieldChange).map(([field, change]) => ({ [field]: change }))
    : fc.constant({});
  const severalBroken = fc.dictionary(fields.length ? fc.constantFrom(...fields) : fc.constant('x'), fieldChange, { maxKeys: 4 });
  const everythingBroken = fc.constant(Object.fromEntries(fields.map((field) => [field, { kind: 'drop' as const }])));
  const changes = fc.oneof(
    { arbitrary: fc.constant({}), weight: 1 },
    { arbitrary: oneBroken, weight: 5 },
    { arbitrary: severalBroken, weight: 2 },
    { arbitrary: everythingBroken, weight: 1 },
  );
  return fc.record({
    changes,
    extras: fc.array(fc.tuple(extraName, hostileText), { maxLength: 3 }),
    probeCount: fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: fc.integer({ min: 1, max: 12 }), weight: 2 }),
    probeSeed: fc.nat(),
  });
}

/** The FormData a browser (or something posing as one) would send; a list is sent as `name[]`, once per value. */
export function toFormData(valid: FormValues, { changes, extras }: Submission, probes: Record<string, string>): FormData {
  const form = new FormData();
  const send = (name: string, value: string | string[]) => {
    if (Array.isArray(value)) for (const item of value) form.append(`${name}[]`, item);
    else form.append(name, value);
  };
  for (const [name, value] of Object.entries(valid)) {
    const change = changes[name];
    // A list where one value is expected, one value where a list is.
    if (!change) send(name, value);
    else if (change.kind === 'replace') form.append(name, change.value);
    else if (change.kind === 'repeat') send(name, change.values);
    else if (change.kind === 'file') form.append(Array.isArray(value) ? `${name}[]` : name, new File(['%PDF-1.4'], 'a.pdf', { type: 'application/pdf' }));
  }
  // A field the valid form leaves empty may still be sent broken.
  for (const [name, change] of Object.entries(changes)) {
    if (name in valid) continue;
    if (change.kind === 'replace') form.append(name, change.value);
    else if (change.kind === 'repeat') for (const item of change.values) form.append(name, item);
  }
  for (const [name, value] of extras) form.append(name, value);
  for (const [name, value] of Object.entries(probes)) form.append(name, value);
  return form;
}

/** A column as the database describes it, to choose a probe value of its type. */
export interface Column {
  name: string;
  /** information_schema's data_type: uuid, text, character varying, integer, numeric, boolean, date, timestamp…, jsonb, USER-DEFINED (an enum). */
  type: string;
}

/**
 * A value for a probe named after a column, which no valid path writes there: an id that names the
 * decoy rows (or, for `id` itself, no row), a date in 1901, a number no counter reaches, text saying
 * what it is. An enum column gets a value outside the enum, so a probe that got through fails loudly.
 * Booleans cannot be told apart from legitimate writes, so they get none.
 */
export function probeValue(column: Column, ids: { decoy: string; fresh: string }): string | null {
  if (column.type === 'uuid') return column.name === 'id' ? ids.fresh : ids.decoy;
  if (column.type === 'boolean') return null;
  if (column.type === 'integer' || column.type === 'bigint') return '987654';
  if (column.type === 'numeric') return '87.65432';
  if (column.type === 'date' || column.type.startsWith('timestamp')) return '1901-09-09';
  if (column.type === 'USER-DEFINED') return 'MASS_ASSIGNED';
  if (column.type === 'jsonb') return '{"massAssigned":true}';
  return column.name.toLowerCase().includes('email') ? 'mass-assigned@example.org' : 'mass-assigned';
}

/** Whether a value written to a column is the probe sent for it (dates and numbers as the database writes them). */
export function isProbeValue(written: unknown, probe: string): boolean {
  if (written === null || written === undefined) return false;
  const text = typeof written === 'string' ? written : JSON.stringify(written);
  return text === probe || (probe === '1901-09-09' && text.startsWith(probe)) || (probe === '987654' && Number(text) === 987654) || (probe === '87.65432' && Number(text) === 87.65432);
}
