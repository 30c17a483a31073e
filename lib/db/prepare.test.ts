import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { connectDatabase, createPrismaClient } from './connect';
import { lockPathFor } from './embedded-lock';
import { prepareDatabase } from './prepare';
import { migrationsDir } from './schema-engine';
import { foundingExchangeSlug } from './seed';
import type { DatabaseTarget } from './target';
import { embeddedPass } from '../testing/passes';

// These tests are about the embedded database's folder, so they use one whatever DATABASE_URL says.
const embeddedIn = (dataDir: string): DatabaseTarget => ({ kind: 'embedded', dataDir, description: `embedded database in ${dataDir}` });
const tempRoots: string[] = [];
const freshDir = () => {
  tempRoots.push(mkdtempSync(path.join(tmpdir(), 'jiaoliu-')));
  return path.join(tempRoots.at(-1)!, 'db');
};
afterAll(() => tempRoots.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const sleepers: ReturnType<typeof spawn>[] = [];
afterEach(() => sleepers.splice(0).forEach((p) => p.kill()));

/** A live process other than this one, to stand for a running app holding the folder. */
function otherProcess() {
  const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
  sleepers.push(sleeper);
  return sleeper.pid!;
}

describe.runIf(embeddedPass)('prepareDatabase on the embedded database', () => {
  it('creates, migrates and seeds a new folder that keeps its data across restarts', async () => {
    const dataDir = freshDir();
    const first = await prepareDatabase(embeddedIn(dataDir), { seed: true });
    expect(first.appliedMigrations.length).toBeGreaterThan(0);
    expect(first.seed?.created).toBe(true);
    expect(existsSync(lockPathFor(dataDir))).toBe(false);

    const second = await prepareDatabase(embeddedIn(dataDir), { seed: true });
    expect(second).toMatchObject({ appliedMigrations: [], seed: { created: false } });

    const connection = await connectDatabase(embeddedIn(dataDir));
    const db = createPrismaClient(connection);
    try {
      const exchange = await db.exchange.findUniqueOrThrow({ where: { slug: foundingExchangeSlug }, include: { hostCity: true } });
      expect(exchange.hostCity.nameZh).toBe('柳州');
      const history = await db.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
      expect(history).toHaveLength(first.appliedMigrations.length);
    } finally {
      await db.$disconnect();
      await connection.close();
    }
  }, 60_000);

  it('refuses a folder another process is using, and changes nothing', async () => {
    const dataDir = freshDir();
    writeFileSync(lockPathFor(dataDir), String(otherProcess()));
    await expect(prepareDatabase(embeddedIn(dataDir), { seed: true })).rejects.toThrow(
      /is in use by another process \(pid \d+\), probably the running app\. Stop it and try again/,
    );
    expect(existsSync(dataDir)).toBe(false);
  });

  it('takes over the lock of a process that has gone', async () => {
    const dataDir = freshDir();
    writeFileSync(lockPathFor(dataDir), '2147483646');
    await expect(prepareDatabase(embeddedIn(dataDir), { seed: false })).resolves.toBeTruthy();
  }, 60_000);

  it('takes over a lock nobody has kept fresh, even if its process id now belongs to another program', async () => {
    const dataDir = freshDir();
    writeFileSync(lockPathFor(dataDir), String(otherProcess()));
    const aMinuteAgo = new Date(Date.now() - 60_000);
    utimesSync(lockPathFor(dataDir), aMinuteAgo, aMinuteAgo);
    await expect(prepareDatabase(embeddedIn(dataDir), { seed: false })).resolves.toBeTruthy();
  }, 60_000);

  it('leaves nothing half-written when a migration fails', async () => {
    const dataDir = freshDir();
    const migrations = path.join(path.dirname(dataDir), 'migrations');
    cpSync(migrationsDir, migrations, { recursive: true });
    mkdirSync(path.join(migrations, '99999999999999_broken'));
    writeFileSync(path.join(migrations, '99999999999999_broken', 'migration.sql'), 'ALTER TABLE "Nowhere" ADD COLUMN "x" INT;');

    await expect(prepareDatabase(embeddedIn(dataDir), { seed: true, migrationsDir: migrations })).rejects.toThrow(
      /^Migrations could not be applied to the embedded database in .*: No such table: Nowhere$/,
    );
    expect(existsSync(dataDir)).toBe(false);
    expect(existsSync(`${dataDir}.new`)).toBe(false);
    expect(existsSync(lockPathFor(dataDir))).toBe(false);
  }, 60_000);

  it('refuses to go on from a failed migration on an existing database, and says so', async () => {
    const dataDir = freshDir();
    await prepareDatabase(embeddedIn(dataDir), { seed: true });
    const migrations = path.join(path.dirname(dataDir), 'migrations');
    cpSync(migrationsDir, migrations, { recursive: true });
    mkdirSync(path.join(migrations, '99999999999999_broken'));
    writeFileSync(path.join(migrations, '99999999999999_broken', 'migration.sql'), 'SELECT 1/0;');

    await expect(prepareDatabase(embeddedIn(dataDir), { seed: true, migrationsDir: migrations })).rejects.toThrow(/division by zero/);
    await expect(prepareDatabase(embeddedIn(dataDir), { seed: true, migrationsDir: migrations })).rejects.toThrow(/failed migrations/);
    // The data written before the failure is still there.
    const connection = await connectDatabase(embeddedIn(dataDir));
    const db = createPrismaClient(connection);
    try {
      expect(await db.exchange.count()).toBe(1);
    } finally {
      await db.$disconnect();
      await connection.close();
    }
  }, 90_000);
});

describe.skipIf(!process.env.DATABASE_URL)('prepareDatabase on a PostgreSQL server', () => {
  it('refuses, before writing anything, a database whose encoding cannot hold Chinese text', async () => {
    const url = new URL(process.env.DATABASE_URL!);
    const name = `${url.pathname.slice(1)}_ascii_${process.env.VITEST_POOL_ID ?? '0'}`;
    const admin = new pg.Client({ connectionString: url.toString() });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name}" ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0`);
      url.pathname = `/${name}`;
      const target: DatabaseTarget = { kind: 'postgres', url: url.toString(), description: `PostgreSQL database "${name}"` };
      await expect(prepareDatabase(target, { seed: true })).rejects.toThrow(
        `The PostgreSQL database "${name}" stores text as SQL_ASCII, which cannot hold every Chinese record. Create it with UTF-8`,
      );
      const check = new pg.Client({ connectionString: url.toString() });
      await check.connect();
      const { rows } = await check.query(`SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname = 'public'`);
      await check.end();
      expect(rows).toEqual([{ tables: 0 }]);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });
});
