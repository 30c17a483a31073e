import { afterAll, beforeAll, beforeEach } from 'vitest';
import { installDatabase } from '../db/client';
import { type DatabaseConnection, connectDatabase, createPrismaClient } from '../db/connect';
import { applyMigrations } from '../db/schema-engine';
import { type DatabaseTarget, describePostgresUrl, inMemoryDataDir } from '../db/target';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { ensureSiblingDatabase } from './sibling-database';

/**
 * The database integration tests run against: the PostgreSQL server in DATABASE_URL when it is set,
 * otherwise an in-memory embedded database. On a server, tests never touch the database the URL
 * names: each test worker gets its own database beside it, so a developer's
 * data is safe and workers do not trample each other.
 */
async function testDatabaseTarget(purpose: string): Promise<DatabaseTarget> {
  const url = process.env.DATABASE_URL?.trim();
  if (!url) return { kind: 'embedded', dataDir: inMemoryDataDir, description: 'in-memory embedded database' };
  // Made afresh for each test file, so a changed migration never meets a schema left by an old one.
  const testUrl = await ensureSiblingDatabase(url, `${purpose}_${process.env.VITEST_POOL_ID ?? '0'}`, { fresh: true });
  return { kind: 'postgres', url: testUrl, description: describePostgresUrl(testUrl) };
}

/**
 * Opens a migrated test database for this file and empties it before each test. The data-access
 * layer is pointed at it too. Returns a handle whose `db` is the Prisma client.
 */
/**
 * A database for a test file, empty before each test; with `emptyBeforeEach: false`, the file empties
 * it itself (`empty()`), when what a test left behind is not what the next one needs.
 */
export function setupTestDatabase(purpose = 'vitest', { emptyBeforeEach = true } = {}) {
  let connection: DatabaseConnection;
  let client: PrismaClient;
  let sqlQueries = 0;
  beforeAll(async () => {
    connection = await connectDatabase(await testDatabaseTarget(purpose));
    await applyMigrations(connection.adapterFactory);
    client = createPrismaClient(connection, { countQueries: () => sqlQueries++ });
    installDatabase(client);
  }, 60_000);
  beforeEach(async () => {
    if (emptyBeforeEach) await emptyDatabase(client);
  });
  afterAll(async () => {
    await client?.$disconnect();
    await connection?.close();
  });
  return {
    get db() {
      return client;
    },
    /** How many SQL statements the client has sent so far. */
    get sqlQueries() {
      return sqlQueries;
    },
    empty: () => emptyDatabase(client),
  };
}

async function emptyDatabase(db: PrismaClient) {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  await db.$transaction((tx) => deleteEveryRow(tx, tables.map((t) => t.tablename)));
}

/**
 * Empties the tables, with triggers and foreign keys off meanwhile, so the order does not matter.
 * DELETE rather than TRUNCATE: on tables of a few rows it takes milliseconds where TRUNCATE, which
 * makes new files for every table, takes a tenth of a second, and the tests empty the database before
 * each one.
 */
async function deleteEveryRow(tx: Prisma.TransactionClient, tables: readonly string[]): Promise<void> {
  if (!tables.length) return;
  await tx.$executeRawUnsafe('SET LOCAL session_replication_role = replica');
  await tx.$executeRawUnsafe(`DO $$ BEGIN ${tables.map((table) => `DELETE FROM "${table}";`).join(' ')} END $$`);
}

/**
 * A digest of every table's rows but the migration history, so a test can show that a refused call
 * changed nothing. The audit log is left out unless asked for, since refusals are meant to be written
 * there.
 */
export async function databaseFingerprint(db: PrismaClient, options: { withAudit?: boolean } = {}): Promise<string> {
  // The content generation counts changes rather than holding any: a restored copy has its own count.
  const notRecords = ['_prisma_migrations', 'ContentGeneration'];
  const excluded = options.withAudit ? notRecords : [...notRecords, 'AuditEvent'];
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables
    WHERE schemaname = current_schema() AND tablename <> ALL(${excluded})
    ORDER BY tablename`;
  const digests = await Promise.all(
    tables.map(async ({ tablename }) => {
      const [row] = await db.$queryRawUnsafe<{ digest: string | null }[]>(
        `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${tablename}" t`,
      );
      return `${tablename}:${row?.digest ?? ''}`;
    }),
  );
  return digests.join('\n');
}

/** Every table's rows, as JSON, to put back with restoreSnapshot. */
export type DatabaseSnapshot = { table: string; rows: string }[];

const userTables = (db: PrismaClient) =>
  db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY tablename`;

/** The rows of every table but the migration history. */
export async function takeSnapshot(db: PrismaClient): Promise<DatabaseSnapshot> {
  const snapshot: DatabaseSnapshot = [];
  for (const { tablename } of await userTables(db)) {
    const [{ rows }] = await db.$queryRawUnsafe<[{ rows: string }]>(`SELECT coalesce(json_agg(t), '[]')::text AS rows FROM "${tablename}" t`);
    snapshot.push({ table: tablename, rows });
  }
  return snapshot;
}

/**
 * Puts every table back as the snapshot holds it, in one transaction; much quicker than building the
 * records again. Triggers and foreign keys are off meanwhile (the rows were consistent when taken).
 */
export async function restoreSnapshot(db: PrismaClient, snapshot: DatabaseSnapshot): Promise<void> {
  await db.$transaction(async (tx) => {
    await deleteEveryRow(tx, snapshot.map(({ table }) => table));
    for (const { table, rows } of snapshot) {
      if (rows !== '[]') await tx.$executeRawUnsafe(`INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1::json)`, rows);
    }
  });
}
