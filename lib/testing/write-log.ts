import type { PrismaClient } from '../generated/prisma/client';

/*
 * Every row written to a test database, as triggers record it: which table, how, and the row before
 * and after. A refused call must leave it empty; an accepted one shows exactly what it wrote. Cheaper
 * than a fingerprint of every table after each call, and stricter: a row written back unchanged, or
 * a write undone by a later one in the same transaction, shows too. Rolled-back writes take their
 * log entries with them.
 */

export interface Write {
  table: string;
  operation: 'INSERT' | 'UPDATE' | 'DELETE';
  /** The row after the write; for a deletion, the row deleted. */
  row: Record<string, unknown>;
  /** The row before an update. */
  before: Record<string, unknown> | null;
}

const log = '_write_log';

/**
 * Starts logging writes to every table but the migration history, the content generation (a count of
 * changes, bumped by any transaction that writes a record) and `except` (the audit log, which a
 * refusal is meant to write to). Call once the schema is migrated; TRUNCATE keeps the triggers.
 */
export async function logWrites(db: PrismaClient, options: { except: readonly string[] }): Promise<void> {
  await db.$executeRawUnsafe(
    `CREATE TABLE IF NOT EXISTS "${log}" (position bigserial PRIMARY KEY, "table" text NOT NULL, operation text NOT NULL, row jsonb NOT NULL, before jsonb)`,
  );
  await db.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION "${log}_record"() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO "${log}" ("table", operation, row, before)
      VALUES (TG_TABLE_NAME, TG_OP, to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END), CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) END);
      RETURN NULL;
    END $$`);
  const excluded = ['_prisma_migrations', 'ContentGeneration', log, ...options.except];
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> ALL(${excluded})`;
  for (const { tablename } of tables) {
    await db.$executeRawUnsafe(
      `CREATE OR REPLACE TRIGGER "${log}" AFTER INSERT OR UPDATE OR DELETE ON "${tablename}" FOR EACH ROW EXECUTE FUNCTION "${log}_record"()`,
    );
  }
}

/** The writes since the last call, oldest first; the log is emptied. */
export async function takeWrites(db: PrismaClient): Promise<Write[]> {
  const writes = await db.$queryRawUnsafe<(Write & { position: bigint })[]>(
    `DELETE FROM "${log}" RETURNING position, "table", operation, row, before`,
  );
  return writes.sort((a, b) => Number(a.position - b.position)).map(({ position: _position, ...write }) => write);
}

/** The tables that log their writes, to show that none was left out. */
export async function loggedTables(db: PrismaClient): Promise<string[]> {
  const rows = await db.$queryRaw<{ table: string }[]>`
    SELECT DISTINCT c.relname AS "table" FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
    WHERE t.tgname = ${log} ORDER BY 1`;
  return rows.map((row) => row.table);
}
