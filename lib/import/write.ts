import type { Prisma } from '../generated/prisma/client';
import type { EntityType } from '../data/mutation';
import { uuidv7 } from './ids';
import { type ImportPlan, type Row, type Table, type TableRows, tables } from './plan';

/*
 * Writes a plan inside the caller's transaction, set by set: the shared records first, then the
 * exchanges a batch at a time, each batch table by table, a thousand rows to a statement, then the
 * links between them. Every record that has a history gets its first entry, made by the caller.
 */

type Tx = Prisma.TransactionClient;

/** The history entry of a created record, as lib/data/mutation.ts writes them. */
export type CreationEntry = (entry: { entityType: EntityType; entityId: string; exchangeId: string | null; after: Row }) => Omit<
  Prisma.RevisionCreateManyInput,
  'id' | 'createdAt'
>;

export interface Progress {
  /** Writing the exchanges, then, when the import publishes them, publishing them. */
  phase: 'writing' | 'publishing';
  done: number;
  total: number;
}

/** Exchanges (with their parts) written between two reports of progress. */
const exchangesPerBatch = 250;
const rowsPerStatement = 1000;

/** The tables whose records have a history (see entityModels in lib/data/mutation.ts). */
const withHistory = new Set<Table>([
  'Person',
  'PersonRole',
  'Organization',
  'Source',
  'Exchange',
  'Participant',
  'Event',
  'Topic',
  'Question',
  'Statement',
  'CooperationItem',
  'Practice',
  'Citation',
  'Claim',
  'ExchangeLink',
]);

export async function writePlan(
  tx: Tx,
  plan: ImportPlan,
  { history, onProgress }: { history: CreationEntry; onProgress?: (progress: Progress) => Promise<void> | void },
): Promise<void> {
  const total = plan.exchanges.length;
  await writeRows(tx, plan.shared, history);
  if (total > 0) await onProgress?.({ phase: 'writing', done: 0, total });
  for (let start = 0; start < total; start += exchangesPerBatch) {
    const batch = plan.exchanges.slice(start, start + exchangesPerBatch);
    const rows: TableRows = {};
    for (const exchange of batch) for (const table of tables) (rows[table] ??= []).push(...(exchange.rows[table] ?? []));
    await writeRows(tx, rows, history);
    await onProgress?.({ phase: 'writing', done: start + batch.length, total });
  }
  await writeRows(tx, { ExchangeLink: plan.links }, history);
}

async function writeRows(tx: Tx, rows: TableRows, history: CreationEntry): Promise<void> {
  const now = new Date();
  const entries: Row[] = [];
  const joined = joiningCityIds(rows.ExchangeJoiningCity ?? []);
  for (const table of tables) {
    const list = rows[table] ?? [];
    await insert(tx, table, list);
    if (!withHistory.has(table as EntityType & Table)) continue;
    for (const row of list) {
      const exchangeId = table === 'Exchange' ? (row.id as string) : ((row.exchangeId as string | undefined) ?? null);
      // An exchange's history holds the cities that joined its visit beside its own fields, as editing records them.
      const after = table === 'Exchange' ? { ...row, otherVisitingCityIds: joined.get(row.id as string) ?? [] } : row;
      entries.push({ id: uuidv7(), ...history({ entityType: table as EntityType, entityId: row.id as string, exchangeId, after }), createdAt: now });
    }
  }
  await insert(tx, 'Revision', entries);
}

/** The cities that joined each exchange's visit, by exchange, in the order of the rows (the record's). */
function joiningCityIds(rows: readonly Row[]): Map<string, string[]> {
  const byExchange = new Map<string, string[]>();
  for (const row of rows) {
    const exchangeId = row.exchangeId as string;
    byExchange.set(exchangeId, [...(byExchange.get(exchangeId) ?? []), row.cityId as string]);
  }
  return byExchange;
}

/**
 * Rows go in as one JSON parameter a statement, read back by the database into the table's own row
 * type, as a restore writes them (lib/db/backup.ts): no per-value parameters, and every type (dates,
 * enums, JSON) converted by PostgreSQL itself.
 */
async function insert(tx: Tx, table: Table | 'Revision', rows: readonly Row[]): Promise<void> {
  for (let i = 0; i < rows.length; i += rowsPerStatement) {
    // The table's name comes from the fixed list in plan.ts, never from the file.
    await tx.$executeRawUnsafe(`INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1::json)`, JSON.stringify(rows.slice(i, i + rowsPerStatement)));
  }
}
