import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { connectDatabase, createPrismaClient } from './connect';
import { lockPathFor } from './embedded-lock';
import { prepareDatabase } from './prepare';
import { foundingExchangeSlug } from './seed';
import { DatabaseSetupError } from './setup-error';
import type { DatabaseTarget } from './target';

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

describe('prepareDatabase on the embedded database', () => {
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

  it('leaves nothing half-written when a step fails', async () => {
    const dataDir = freshDir();
    // Block the staging folder so the build of the new database fails part-way.
    writeFileSync(lockPathFor(`${dataDir}.new`), String(otherProcess()));
    await expect(prepareDatabase(embeddedIn(dataDir), { seed: true })).rejects.toBeInstanceOf(DatabaseSetupError);
    expect(existsSync(dataDir)).toBe(false);
    expect(existsSync(`${dataDir}.new`)).toBe(false);
    expect(existsSync(lockPathFor(dataDir))).toBe(false);
  });
});
