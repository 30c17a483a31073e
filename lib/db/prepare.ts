import { existsSync, renameSync, rmSync } from 'node:fs';
import { fillMissingNameKeys } from './fill-name-keys';
import { upgradeStoredPublications } from '../data/publication';
import { connectDatabase, createPrismaClient, type DatabaseConnection } from './connect';
import { acquireEmbeddedLock, lockPathFor } from './embedded-lock';
import { applyMigrations } from './schema-engine';
import { seedDatabase, type SeedReport } from './seed';
import { DatabaseSetupError } from './setup-error';
import { type DatabaseTarget, inMemoryDataDir } from './target';

export interface PrepareReport {
  appliedMigrations: string[];
  /** Publications whose stored record was written under an older schema, and was upgraded. */
  upgradedPublications: number;
  seed?: SeedReport;
}

/**
 * Brings a database up to date: applies pending migrations and, when asked, seeds it. A new embedded
 * database is built in a staging folder and moved into place only when every step succeeded, so a
 * failure leaves nothing half-written behind.
 */
export interface PrepareOptions {
  seed: boolean;
  /** The migrations to apply; the project's own unless a test says otherwise. */
  migrationsDir?: string;
}

export async function prepareDatabase(target: DatabaseTarget, options: PrepareOptions): Promise<PrepareReport> {
  if (target.kind === 'embedded' && target.dataDir !== inMemoryDataDir && !existsSync(target.dataDir)) {
    const release = acquireEmbeddedLock(target.dataDir);
    const staging = `${target.dataDir}.new`;
    rmSync(staging, { recursive: true, force: true });
    try {
      const report = await runSteps({ ...target, dataDir: staging }, options);
      renameSync(staging, target.dataDir);
      return report;
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      rmSync(lockPathFor(staging), { force: true });
      throw error;
    } finally {
      release();
    }
  }
  return runSteps(target, options);
}

async function runSteps(target: DatabaseTarget, options: PrepareOptions): Promise<PrepareReport> {
  const connection = await connectDatabase(target);
  try {
    await requireUnicodeText(connection, target);
    const appliedMigrations = await applyMigrations(connection.adapterFactory, options.migrationsDir).catch((error: Error) => {
      throw new DatabaseSetupError(`Migrations could not be applied to the ${target.description}: ${summarizeEngineError(error)}`);
    });
    const prisma = createPrismaClient(connection);
    try {
      const upgradedPublications = await upgradeStoredPublications(prisma);
      await fillMissingNameKeys(prisma);
      if (!options.seed) return { appliedMigrations, upgradedPublications };
      return { appliedMigrations, upgradedPublications, seed: await seedDatabase(prisma) };
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await connection.close();
  }
}

/**
 * Records are Chinese first, and search compares their characters as the database stores them: a
 * database created with another encoding (SQL_ASCII, LATIN1, …) would refuse them, or keep bytes it
 * cannot compare as characters. Such a database is refused before anything is written, with the way to make one
 * that works. (Search does not depend on the database's locale: lib/search/terms.ts cuts the text
 * into keys, so a cluster created with the C locale serves it as well as any.)
 */
async function requireUnicodeText(connection: DatabaseConnection, target: DatabaseTarget) {
  const adapter = await connection.adapterFactory.connect();
  try {
    const { rows } = await adapter.queryRaw({ sql: `SELECT current_setting('server_encoding')`, args: [], argTypes: [] });
    const encoding = String(rows[0]?.[0]);
    if (encoding !== 'UTF8') {
      throw new DatabaseSetupError(
        `The ${target.description} stores text as ${encoding}, which cannot hold every Chinese record. ` +
          `Create it with UTF-8 (CREATE DATABASE name ENCODING 'UTF8' TEMPLATE template0) and start again.`,
      );
    }
  } finally {
    await adapter.dispose();
  }
}

/** The engine's message is a trace; its first two lines say what went wrong. */
function summarizeEngineError(error: Error): string {
  const lines = error.message.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines[0] === 'external connector error' && lines[1] ? lines[1] : (lines[0] ?? 'unknown error');
}
