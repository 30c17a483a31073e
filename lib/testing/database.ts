import { afterAll, beforeAll, beforeEach } from 'vitest';
import { installDatabase } from '../db/client';
import { type DatabaseConnection, connectDatabase, createPrismaClient } from '../db/connect';
import { applyMigrations } from '../db/schema-engine';
import { type DatabaseTarget, describePostgresUrl, inMemoryDataDir } from '../db/target';
import type { PrismaClient } from '../generated/prisma/client';
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
export function setupTestDatabase(purpose = 'vitest') {
  let connection: DatabaseConnection;
  let client: PrismaClient;
  beforeAll(async () => {
    connection = await connectDatabase(await testDatabaseTarget(purpose));
    await applyMigrations(connection.adapterFactory);
    client = createPrismaClient(connection);
    installDatabase(client);
  }, 60_000);
  beforeEach(async () => {
    await emptyDatabase(client);
  });
  afterAll(async () => {
    await client?.$disconnect();
    await connection?.close();
  });
  return {
    get db() {
      return client;
    },
  };
}

async function emptyDatabase(db: PrismaClient) {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  if (tables.length) {
    await db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} CASCADE`);
  }
}

/**
 * A digest of every table's rows but the migration history, so a test can show that a refused call
 * changed nothing. The audit log is left out unless asked for, since refusals are meant to be written
 * there.
 */
export async function databaseFingerprint(db: PrismaClient, options: { withAudit?: boolean } = {}): Promise<string> {
  const excluded = options.withAudit ? ['_prisma_migrations'] : ['_prisma_migrations', 'AuditEvent'];
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
