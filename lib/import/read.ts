import type { Locale } from '../i18n/locales';
import { getImportMessages } from '../i18n/import-messages';
import { exchangeColumns, listSeparator } from '../open-data/columns';
import { exchangeFields } from '../validation/schemas/exchange';
import { readCsv } from './csv';
import type { ImportFormat, ImportProblem } from './protocol';
import { exchangePaths, organizationFields } from './record-fields';

/*
 * A file as records in the JSON API's shape, whichever format it came in: a JSON list of records (or
 * one record), or a CSV file of one exchange per row, each row turned into the record's fields.
 */

export type Json = Record<string, unknown>;

export interface FileRecord {
  /** A spreadsheet row (the header is row 1), or the record's place in a JSON list, from 1. */
  row: number;
  value: Json;
}

export interface ImportFile {
  name: string;
  format: ImportFormat;
  records: FileRecord[];
  /** How the file names the field at a record's path: its CSV column, or the path itself. */
  fieldName: (path: string) => string;
  /** The exchange's form fields the file gives: a CSV file may leave optional columns out. */
  givenFields: ReadonlySet<string>;
  problems: ImportProblem[];
}

const keyPath = 'slug';
const csvFields = Object.keys(exchangePaths).filter((field) => !(organizationFields as readonly string[]).includes(field));
const columnOfPath = (path: string) => path.replace(/\.slug$/, '').replaceAll('.', '_');
/** CSV column → the record path it fills. */
const csvColumns = new Map<string, string>([[keyPath, keyPath], ...csvFields.map((field): [string, string] => [columnOfPath(exchangePaths[field]!), exchangePaths[field]!])]);
const pathColumns = new Map([...csvColumns].map(([column, path]) => [path, column]));
const fieldOfPath = new Map(csvFields.map((field) => [exchangePaths[field]!, field]));
/** Columns every row needs: the key, and the fields the exchange form requires. */
const requiredColumns = [
  keyPath,
  ...csvFields.filter((field) => !exchangeFields.shape[field as keyof typeof exchangeFields.shape].safeParse(undefined).success).map((field) => columnOfPath(exchangePaths[field]!)),
];
/** The download's columns that the import does not read (counts, addresses, times): they may stay in the file. */
const exportedColumns = new Set(exchangeColumns('').map((column) => column.name));
/** Paths that hold a list of cities, which a CSV cell gives as their keys separated by `;` (`weifang;qingdao`). */
const cityListPaths = new Set([exchangePaths.otherVisitingCityIds!]);
const cityRefs = (cell: string) =>
  cell
    .split(listSeparator)
    .map((slug) => slug.trim())
    .filter((slug) => slug !== '')
    .map((slug) => ({ slug }));

export function readImportFile(name: string, bytes: Uint8Array, locale: Locale): ImportFile {
  const p = getImportMessages(locale).problems;
  let text: string;
  try {
    // TextDecoder drops the byte-order mark that spreadsheets (and the downloads) put first.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return emptyFile(name, formatOf(name, ''), [{ row: null, field: '', message: p.notUtf8 }]);
  }
  const format = formatOf(name, text);
  const file = format === 'json' ? readJson(name, text, locale) : readCsvFile(name, text, locale);
  if (file.records.length === 0 && file.problems.length === 0) file.problems.push({ row: null, field: '', message: p.empty });
  return file;
}

function formatOf(name: string, text: string): ImportFormat {
  if (/\.json$/i.test(name)) return 'json';
  if (/\.csv$/i.test(name)) return 'csv';
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}

function emptyFile(name: string, format: ImportFormat, problems: ImportProblem[]): ImportFile {
  return { name, format, records: [], fieldName: (path) => path, givenFields: new Set(), problems };
}

function readJson(name: string, text: string, locale: Locale): ImportFile {
  const p = getImportMessages(locale).problems;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return emptyFile(name, 'json', [{ row: null, field: '', message: p.notJson((error as Error).message) }]);
  }
  // A page of the API's list ({ data, links, meta }) would read as one broken record.
  if (isObject(parsed) && Array.isArray(parsed.data) && isObject(parsed.links)) return emptyFile(name, 'json', [{ row: null, field: '', message: p.apiListPage }]);
  const list = Array.isArray(parsed) ? parsed : isObject(parsed) ? [parsed] : null;
  if (!list) return emptyFile(name, 'json', [{ row: null, field: '', message: p.notList }]);
  const file: ImportFile = { ...emptyFile(name, 'json', []), givenFields: new Set(Object.keys(exchangePaths)) };
  list.forEach((value, index) => {
    if (isObject(value)) file.records.push({ row: index + 1, value });
    else file.problems.push({ row: index + 1, field: '', message: p.notRecord });
  });
  return file;
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readCsvFile(name: string, text: string, locale: Locale): ImportFile {
  const p = getImportMessages(locale).problems;
  const reading = readCsv(text);
  if (!reading.ok) return emptyFile(name, 'csv', [{ row: reading.row, field: '', message: p[reading.problem] }]);
  const { header, records } = reading;
  const problems: ImportProblem[] = [];
  const headerProblem = (field: string, message: string) => problems.push({ row: 1, field, message });
  header.forEach((column, index) => {
    if (header.indexOf(column) !== index) headerProblem(column, p.repeatedColumn);
    else if (!csvColumns.has(column) && !exportedColumns.has(column)) headerProblem(column, p.unknownColumn);
  });
  for (const column of requiredColumns) if (!header.includes(column)) headerProblem(column, p.missingColumn);

  const file: ImportFile = {
    name,
    format: 'csv',
    records: [],
    // A problem with one entry of a list (`other_visiting_cities[1].slug`) is the problem of the column holding the list.
    fieldName: (path) => pathColumns.get(path.replace(/\[\d+\].*$/, '')) ?? path,
    givenFields: new Set(header.flatMap((column) => fieldOfPath.get(csvColumns.get(column) ?? '') ?? [])),
    problems,
  };
  // Without its columns no row can be read as meant; the header's problems come first.
  if (problems.some((problem) => problem.message !== p.unknownColumn)) return file;
  for (const { row, cells } of records) {
    if (cells.length !== header.length) {
      problems.push({ row, field: '', message: p.cellCount(cells.length, header.length) });
      continue;
    }
    const value: Json = {};
    header.forEach((column, index) => {
      const path = csvColumns.get(column);
      if (path && cells[index] !== '') setPath(value, path, cityListPaths.has(path) ? cityRefs(cells[index]!) : cells[index]!);
    });
    file.records.push({ row, value });
  }
  return file;
}

function setPath(target: Json, path: string, value: unknown) {
  const [head, ...rest] = path.split('.');
  if (rest.length === 0) {
    target[head!] = value;
    return;
  }
  const inner = isObject(target[head!]) ? (target[head!] as Json) : {};
  target[head!] = inner;
  setPath(inner, rest.join('.'), value);
}
