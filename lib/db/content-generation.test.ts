import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { readContentGeneration } from './content-generation';

/*
 * The content generation is what tells a cached public page, on any instance, that it is out of date.
 * A change it misses would leave the public reading an old page, so every table of records must move
 * it, however the change is written.
 */

const database = setupTestDatabase('content_generation');
const make = testFactories(() => database.db);
const db = () => database.db;

const generation = async () => BigInt(await readContentGeneration());

/** The tables no public page reads, whose writes (sign-ins, refusals, history, proposals to admins) must not empty the cache. */
const notRecords = ['AuditEvent', 'PersonMergeProposal', 'User', 'UserCity', 'Account', 'Session', 'VerificationToken', 'Revision', 'ContentGeneration', '_prisma_migrations'];

describe('the content generation', () => {
  it('moves on with every table of records, and only those are left out', async () => {
    const tables = await db().$queryRaw<{ name: string; watched: boolean }[]>`
      SELECT c.relname AS name, EXISTS (
        SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'content_changed'
      ) AS watched
      FROM pg_class c
      WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace
      ORDER BY c.relname`;
    const unwatched = tables.filter((table) => !table.watched).map((table) => table.name);
    expect(unwatched.sort()).toEqual([...notRecords].sort());
  });

  it('moves on once for a transaction, however much it writes', async () => {
    const before = await generation();
    await db().$transaction(async (tx) => {
      await tx.city.create({ data: { slug: 'zibo', nameZh: '淄博', nameEn: 'Zibo', provinceZh: '山东', provinceEn: 'Shandong' } });
      await tx.city.create({ data: { slug: 'liuzhou', nameZh: '柳州', nameEn: 'Liuzhou', provinceZh: '广西', provinceEn: 'Guangxi' } });
      await tx.city.updateMany({ data: { provinceEn: 'Province' } });
    });
    expect(await generation()).toBe(before + 1n);
  });

  it('moves on when an exchange is published, and stays when nothing the public reads is written', async () => {
    const [zibo, liuzhou] = [await make.city(), await make.city()];
    const before = await generation();
    await make.exchange(zibo.id, liuzhou.id);
    const published = await generation();
    expect(published).toBeGreaterThan(before);

    const admin = await make.account('ADMIN');
    const afterAccount = await generation();
    await db().auditEvent.create({ data: { kind: 'ACCESS_DENIED', actorId: admin.id, subject: 'exchange' } });
    await db().user.update({ where: { id: admin.id }, data: { lastSignInAt: new Date() } });
    expect(await generation()).toBe(afterAccount);
  });

  it('stays when a transaction is rolled back', async () => {
    const before = await generation();
    await expect(
      db().$transaction(async (tx) => {
        await tx.city.create({ data: { slug: 'zibo', nameZh: '淄博', nameEn: 'Zibo', provinceZh: '山东', provinceEn: 'Shandong' } });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await generation()).toBe(before);
  });

  it('moves on when tables are emptied wholesale, as a restore does', async () => {
    await make.city();
    const before = await generation();
    await db().$executeRawUnsafe('TRUNCATE "City" CASCADE');
    expect(await generation()).toBe(before + 1n);
  });
});
