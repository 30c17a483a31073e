import { formulaLead } from '../open-data/csv';

/** One record of a CSV file, numbered as a spreadsheet numbers its rows: the header is row 1. */
export interface CsvRecord {
  row: number;
  cells: string[];
}

export type CsvReading =
  | { ok: true; header: string[]; records: CsvRecord[] }
  | { ok: false; row: number; problem: 'unclosedQuote' | 'strayQuote' };

/**
 * Reads RFC 4180 CSV as the downloads write it (lib/open-data/csv.ts) and as spreadsheets save it:
 * records end at CRLF or LF outside quotes; a quoted cell may hold commas, doubled quotes and line
 * breaks. Blank lines are skipped but still counted as rows. A text cell the downloads prefixed with
 * `'` to keep spreadsheets from running it as a formula gets its text back. The byte-order mark is
 * the caller's to remove (TextDecoder does).
 */
export function readCsv(text: string): CsvReading {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  /** A quoted cell has closed; only a comma or the end of the line may follow. */
  let closed = false;
  /** Whether the line holds anything, so that a blank line is skipped but `""` is a record. */
  let started = false;
  let row = 1;

  const endCell = () => {
    cells.push(unprefixed(cell));
    cell = '';
    closed = false;
  };
  const endRecord = () => {
    if (started) records.push({ row, cells });
    cells = [];
    started = false;
    row++;
  };

  for (let i = 0; i < text.length; ) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else {
        // A line break inside quotes belongs to the cell: the spreadsheet still shows one row.
        if (char === '"') {
          quoted = false;
          closed = true;
        } else {
          cell += char;
        }
        i++;
      }
    } else if (char === ',') {
      endCell();
      started = true;
      i++;
    } else if (char === '\r' || char === '\n') {
      endCell();
      endRecord();
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else if (closed || (char === '"' && cell !== '')) {
      return { ok: false, row, problem: 'strayQuote' };
    } else {
      if (char === '"') quoted = true;
      else cell += char;
      started = true;
      i++;
    }
  }
  if (quoted) return { ok: false, row, problem: 'unclosedQuote' };
  if (started) {
    endCell();
    endRecord();
  }
  const [header, ...rest] = records;
  if (!header) return { ok: true, header: [], records: [] };
  return { ok: true, header: header.cells.map((name) => name.trim()), records: rest };
}

/**
 * `'=SUM(A1)` → `=SUM(A1)`: only a cell the downloads would have prefixed loses its `'`. Quoted cells
 * too, since a cell holding a comma or a quote is quoted after it is prefixed.
 */
function unprefixed(cell: string): string {
  return cell.startsWith("'") && formulaLead.test(cell.slice(1)) ? cell.slice(1) : cell;
}
