import { existsSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { EmbeddedAdapterFactory } from './pglite-adapter';
import { ServerAdapterFactory } from './server-adapter';
import { PrismaClient } from '../generated/prisma/client';
import { acquireEmbeddedLock } from './embedded-lock';
import { DatabaseSetupError } from './setup-error';
import { type DatabaseTarget, inMemoryDataDir } from './target';

export interface DatabaseConnection {
  target: DatabaseTarget;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

/**
 * Opens the database the target names. For a server, it first checks that the server answers, so a
 * wrong URL fails here with a message that says what to do rather than deep inside a query.
 */
export async function connectDatabase(target: DatabaseTarget): Promise<DatabaseConnection> {
  if (target.kind === 'postgres') {
    await checkPostgresReachable(target);
    // A server that accepts connections but never answers would otherwise hold every request.
    const adapterFactory = new ServerAdapterFactory({ connectionString: target.url, connectionTimeoutMillis: 10_000 });
    return { target, adapterFactory, close: async () => {} };
  }
  if (target.dataDir === inMemoryDataDir) {
    const pglite = await PGlite.create();
    return { target, adapterFactory: new EmbeddedAdapterFactory(pglite), close: () => pglite.close() };
  }
  const release = acquireEmbeddedLock(target.dataDir);
  try {
    const pglite = await PGlite.create(target.dataDir);
    return {
      target,
      adapterFactory: new EmbeddedAdapterFactory(pglite),
      close: async () => {
        try {
          await pglite.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw new DatabaseSetupError(
      `The embedded database in ${target.dataDir} could not be opened (${(error as Error).message}). ` +
        (existsSync(target.dataDir) ? 'Move the folder aside to start afresh.' : 'Check that the folder is writable.'),
    );
  }
}

export function createPrismaClient(connection: DatabaseConnection, options: { countQueries?: () => void } = {}): PrismaClient {
  if (!options.countQueries) return new PrismaClient({ adapter: connection.adapterFactory });
  const client = new PrismaClient({ adapter: connection.adapterFactory, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', options.countQueries);
  return client;
}

/** Opens the target for one piece of work and closes it afterwards, however the work ends. */
export async function withDatabase<T>(target: DatabaseTarget, work: (db: PrismaClient) => Promise<T>): Promise<T> {
  const connection = await connectDatabase(target);
  const db = createPrismaClient(connection);
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
    await connection.close();
  }
}

async function checkPostgresReachable(target: Extract<DatabaseTarget, { kind: 'postgres' }>) {
  const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 5000 });
  // A failed connect also emits 'error'; without a listener Node would treat it as unhandled.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new DatabaseSetupError(explainPostgresError(error as NodeJS.ErrnoException, target.description));
  } finally {
    await client.end().catch(() => undefined);
  }
}

function explainPostgresError(error: NodeJS.ErrnoException, where: string): string {
  switch (error.code) {
    case 'ECONNREFUSED':
      return `Cannot reach ${where}: the connection was refused. Start PostgreSQL or correct DATABASE_URL.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot reach ${where}: the host name does not resolve. Correct DATABASE_URL.`;
    case 'ETIMEDOUT':
      return `Cannot reach ${where}: the connection timed out. Check the host, port and firewall in DATABASE_URL.`;
    case '28P01':
    case '28000':
      return `${where} refused the user name or password in DATABASE_URL.`;
    case '3D000':
      return `${where} does not exist. Create it (createdb) or correct DATABASE_URL.`;
    default:
      return `Cannot use ${where}: ${error.message || 'connection failed'}. Check DATABASE_URL.`;
  }
}
