export type CsvValue = string | number | boolean | null | undefined;

export interface CsvColumn<T> {
  name: string;
  value: (row: T) => CsvValue;
}

/**
 * Excel guesses a legacy code page for a CSV file without a byte-order mark and shows Chinese text as
 * mojibake; with the mark it reads UTF-8. Exported for callers that stream the lines themselves.
 */
export const csvByteOrderMark = '\uFEFF';

const lineEnd = '\r\n';

// Spreadsheets evaluate a cell that starts with one of these as a formula (OWASP "CSV injection"),
// so text typed by staff could otherwise run =HYPERLINK or DDE payloads on a reader's machine. The
// import (lib/import/csv.ts) takes the prefix off again.
export const formulaLead = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  // A number came from our own data, not from someone's typing, so "-2" is a value, not a formula;
  // a non-finite one has no meaningful spreadsheet form and is left empty instead of "NaN".
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = formulaLead.test(value) ? `'${value}` : value;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One CSV record, CRLF included, so a streamed download is the mark followed by the header line and
 * one call per row — and the escaping lives only here.
 */
export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + lineEnd;
}

/** An RFC 4180 document: byte-order mark, header of column names, then one record per row. */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: Iterable<T>): string {
  const parts = [csvByteOrderMark, csvLine(columns.map((c) => c.name))];
  for (const row of rows) parts.push(csvLine(columns.map((c) => c.value(row))));
  return parts.join('');
}
