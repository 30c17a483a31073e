/*
 * What an import reports, to the admin screen (one JSON message per line while it runs) and to the
 * command alike. Plain data, so the browser can read it.
 */

export type ImportFormat = 'csv' | 'json';

/** The largest file the admin screen takes; larger ones are imported on the server with the command. */
export const maxUploadMegabytes = 20;
export const maxUploadBytes = maxUploadMegabytes * 1024 * 1024;

/**
 * One thing wrong with a file: the row (a spreadsheet row, the header being row 1; or the record's
 * place in a JSON list, from 1; null for the file as a whole), the field (a CSV column, or a path in
 * the record such as `events[0].title.zh`) and what is wrong, in the reader's language.
 */
export interface ImportProblem {
  row: number | null;
  field: string;
  message: string;
}

/** What a file holds and what importing it does (or did): nothing at all while it has problems. */
export interface ImportSummary {
  format: ImportFormat;
  records: number;
  /** Exchanges that are not on record yet. */
  added: number;
  /** Exchanges already on record as the file has them: importing again adds nothing. */
  alreadyPresent: number;
  people: number;
  organizations: number;
  sources: number;
  problems: ImportProblem[];
}

export type ImportMessage =
  /** Exchanges written (then published) so far, inside the transaction: none of them is kept unless all are. */
  | { kind: 'progress'; phase: 'writing' | 'publishing'; done: number; total: number }
  /** A dry run's answer, or an import refused for the problems it lists. */
  | { kind: 'checked'; summary: ImportSummary }
  | { kind: 'imported'; summary: ImportSummary }
  | { kind: 'refused'; message: string };
