import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FileStore, localFileStore } from '../files/storage';
import { databaseFingerprint } from '../testing/database';
import { ensureSiblingDatabase } from '../testing/sibling-database';
import { backupDatabase, restoreDatabase } from './backup';
import { withDatabase } from './connect';
import { prepareDatabase } from './prepare';
import { type DatabaseTarget, describePostgresUrl } from './target';

const tempRoot = mkdtempSync(path.join(tmpdir(), 'jiaoliu-backup-'));
afterAll(() => rmSync(tempRoot, { recursive: true, force: true }));

const embeddedIn = (name: string): DatabaseTarget => {
  const dataDir = path.join(tempRoot, name);
  return { kind: 'embedded', dataDir, description: `embedded database in ${dataDir}` };
};

/** A new, empty database of the kind the suite runs on: beside DATABASE_URL's, or an embedded folder. */
async function freshDatabase(name: string): Promise<DatabaseTarget> {
  const url = process.env.DATABASE_URL?.trim();
  if (!url) return embeddedIn(name);
  const testUrl = await ensureSiblingDatabase(url, `${name}_${process.env.VITEST_POOL_ID ?? '0'}`, { fresh: true });
  return { kind: 'postgres', url: testUrl, description: describePostgresUrl(testUrl) };
}


/** Every table's rows, the audit log's included, and the names of the migrations applied. */
const contents = (target: DatabaseTarget) =>
  withDatabase(target, async (db) => ({
    tables: await databaseFingerprint(db, { withAudit: true }),
    migrations: (
      await db.$queryRaw<{ name: string }[]>`SELECT migration_name AS name FROM _prisma_migrations ORDER BY migration_name`
    ).map((row) => row.name),
  }));

const storeIn = (name: string) => localFileStore(path.join(tempRoot, `${name}-files`));

/** Every stored file, by key, as text. */
async function storeContents(store: FileStore) {
  const files: Record<string, string> = {};
  for await (const key of store.list()) files[key] = await text((await store.get(key))!.stream);
  return files;
}

/**
 * The founding record, plus what it lacks: accounts, sign-ins, audit events with JSON detail, history,
 * and a signed agreement in the file store, larger than one line of the backup holds.
 */
async function seedWithActivity(target: DatabaseTarget, store: FileStore) {
  await prepareDatabase(target, { seed: true });
  const agreement = path.join(tempRoot, 'agreement.pdf');
  writeFileSync(agreement, `%PDF-1.7\n${'合作协议 '.repeat(200_000)}\n%%EOF\n`);
  await store.put('attachments/agreement/original.pdf', agreement, { contentType: 'application/pdf' });
  await withDatabase(target, async (db) => {
    const zibo = await db.city.findUniqueOrThrow({ where: { slug: 'zibo' } });
    const admin = await db.user.create({
      data: { email: 'admin@example.org', name: '李明', role: 'ADMIN', passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$abc$def' },
    });
    await db.user.create({ data: { email: 'staff@example.org', role: 'STAFF', cities: { create: [{ cityId: zibo.id }] } } });
    await db.city.create({ data: { slug: 'no-coordinates', nameZh: '无坐标', nameEn: "O'Brien \"quoted\"\\", provinceZh: '省', provinceEn: 'Line\nbreak' } });
    await db.auditEvent.createMany({
      data: [
        { kind: 'SIGN_IN', actorId: admin.id, ipAddress: '203.0.113.7', createdAt: new Date('2024-05-01T08:00:00.123Z') },
        { kind: 'SIGN_IN_FAILED', subject: 'nobody@example.org', detail: { reason: 'unknown account', attempts: 3.25 } },
        { kind: 'ACCESS_DENIED', actorId: admin.id, subject: '/admin/users', detail: { nested: { list: [1, null, '淄博'] } } },
      ],
    });
  });
}

describe('backup and restore', () => {
  let source: DatabaseTarget;
  const file = path.join(tempRoot, 'seeded.jsonl.gz');

  const sourceStore = storeIn('backup_source');

  beforeAll(async () => {
    source = await freshDatabase('backup_source');
    await seedWithActivity(source, sourceStore);
  }, 180_000);

  it('restores into a fresh database every row of every table, the audit log and migration history included, and every stored file', async () => {
    const written = await backupDatabase(source, file, { store: sourceStore });
    expect(written).toMatchObject({ tables: 40, files: 1 });
    expect(written.fileBytes).toBeGreaterThan(2 * 1024 * 1024);
    expect(written.rows).toBeGreaterThan(130);

    const copy = await freshDatabase('backup_copy');
    const copyStore = storeIn('backup_copy');
    const restored = await restoreDatabase(copy, file, { replace: false, store: copyStore });
    expect(restored).toMatchObject({ tables: written.tables, rows: written.rows, files: 1, fileBytes: written.fileBytes });

    const [original, copied] = await Promise.all([contents(source), contents(copy)]);
    expect(copied).toEqual(original);
    expect(await storeContents(copyStore)).toEqual(await storeContents(sourceStore));
    expect(original.tables).toMatch(/^AuditEvent:[0-9a-f]{32}$/m);
    expect(original.migrations.length).toBeGreaterThan(0);
  }, 180_000);

  it('replaces a database that holds records only when told to, and otherwise leaves it as it was', async () => {
    await backupDatabase(source, file, { store: sourceStore });
    const target = await freshDatabase('backup_busy');
    await prepareDatabase(target, { seed: true });
    const before = await contents(target);

    await expect(restoreDatabase(target, file, { replace: false, store: storeIn('backup_replaced') })).rejects.toThrow(/is not empty\. To replace everything in it with the backup: npm run db:restore -- .* --yes$/);
    expect(await contents(target)).toEqual(before);

    await restoreDatabase(target, file, { replace: true, store: storeIn('backup_replaced') });
    expect((await contents(target)).tables).toEqual((await contents(source)).tables);
  }, 180_000);

  describe('refuses a file it cannot restore faithfully, changing nothing', () => {
    const rewrite = (name: string, edit: (lines: string[]) => string[]) => {
      const lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
      const edited = path.join(tempRoot, name);
      writeFileSync(edited, gzipSync(`${edit(lines).join('\n')}\n`));
      return edited;
    };
    const header = (lines: string[]) => JSON.parse(lines[0]!) as { migrations: string[]; version: number };

    it.each([
      ['not a backup', () => {
        const other = path.join(tempRoot, 'notes.txt');
        writeFileSync(other, 'hello');
        return other;
      }, /is not a Jiaoliu backup/],
      ['a gzip file of something else', () => rewrite('other.gz', () => ['{"hello":"world"}']), /is not a Jiaoliu backup/],
      ['cut short', () => {
        const cut = path.join(tempRoot, 'cut.gz');
        const whole = readFileSync(file);
        writeFileSync(cut, whole.subarray(0, whole.length / 2));
        return cut;
      }, /is damaged or cut short \(unexpected end of file\)/],
      ['missing its last rows', () => rewrite('short.gz', (lines) => lines.slice(0, -3)), /is damaged or cut short \(it ends early\)/],
      ['with a row too many', () => rewrite('long.gz', (lines) => [...lines.slice(0, 3), lines[2]!, ...lines.slice(3)]), /is damaged or cut short/],
      ['from a newer schema', () => rewrite('newer.gz', (lines) => [
        JSON.stringify({ ...header(lines), migrations: [...header(lines).migrations, '29991231000000_from_the_future'] }),
        ...lines.slice(1),
      ]), /comes from a newer schema \(migration 29991231000000_from_the_future\); update this copy of Jiaoliu first\.$/],
      ['from a newer format', () => rewrite('format.gz', (lines) => [JSON.stringify({ ...header(lines), version: 3 }), ...lines.slice(1)]), /was written by a newer version of Jiaoliu/],
    ])('%s', async (_case, make, message) => {
      await backupDatabase(source, file, { store: sourceStore });
      const target = await freshDatabase('backup_refused');
      await expect(restoreDatabase(target, make(), { replace: true, store: storeIn('backup_refused') })).rejects.toThrow(message);
      if (target.kind === 'embedded') {
        expect(existsSync(target.dataDir)).toBe(false);
      } else {
        expect(await withDatabase(target, (db) => db.$queryRaw`SELECT tablename FROM pg_tables WHERE schemaname = current_schema()`)).toEqual([]);
      }
    }, 120_000);
  });

  it.runIf(process.env.DATABASE_URL)('restores a backup of the embedded database into PostgreSQL', async () => {
    const embedded = embeddedIn('cross_source');
    const embeddedStore = storeIn('cross_source');
    await seedWithActivity(embedded, embeddedStore);
    const crossFile = path.join(tempRoot, 'embedded.jsonl.gz');
    await backupDatabase(embedded, crossFile, { store: embeddedStore });
    const server = await freshDatabase('backup_cross');
    await restoreDatabase(server, crossFile, { replace: false, store: storeIn('backup_cross') });
    const [original, copied] = await Promise.all([contents(embedded), contents(server)]);
    expect(copied).toEqual(original);
  }, 240_000);
});
