import type { Prisma, PrismaClient } from '../lib/generated/prisma/client';

type Db = PrismaClient | Prisma.TransactionClient;
type Table = Prisma.ModelName;

/**
 * Writes the rows of one table in one statement, as the restore does (lib/db/backup.ts): they travel
 * as a single JSON parameter and `json_populate_recordset` gives each value its column's type.
 * createMany would take about a fifth of a millisecond of CPU a row to build its statement, which at
 * a hundred thousand exchanges is longer than everything else together.
 *
 * Rows carry their ids (the schema's defaults for ids are made by the client, not the database) and
 * every column that has no default; `updatedAt`, which the client also sets, is set here.
 */
export class BulkInsert {
  private constructor(private readonly stamped: ReadonlySet<string>) {}

  static async open(db: Db): Promise<BulkInsert> {
    const tables = await db.$queryRaw<{ table: string }[]>`
      SELECT table_name AS table FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_name = 'updatedAt'`;
    return new BulkInsert(new Set(tables.map((t) => t.table)));
  }

  /** With `skipDuplicates`, rows that would break a unique constraint are left out, as createMany's option does. */
  async rows(db: Db, table: Table, rows: readonly object[], options: { skipDuplicates?: boolean } = {}): Promise<void> {
    if (rows.length === 0) return;
    const columns = new Set<string>();
    for (const row of rows) for (const key of Object.keys(row)) columns.add(key);
    const list = [...columns].map((column) => `"${column}"`).join(', ');
    const [stampColumn, stampValue] = this.stamped.has(table) && !columns.has('updatedAt') ? [', "updatedAt"', ', now()'] : ['', ''];
    await db.$executeRawUnsafe(
      `INSERT INTO "${table}" (${list}${stampColumn}) SELECT ${list}${stampValue} FROM json_populate_recordset(NULL::"${table}", $1::json)` +
        (options.skipDuplicates ? ' ON CONFLICT DO NOTHING' : ''),
      JSON.stringify(rows),
    );
  }
}
