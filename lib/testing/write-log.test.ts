import { beforeEach, expect, it } from 'vitest';
import { setupTestDatabase } from './database';
import { loggedTables, logWrites, takeWrites } from './write-log';

const database = setupTestDatabase();

beforeEach(async () => {
  await logWrites(database.db, { except: ['AuditEvent'] });
});

it('logs every table but the migration history, the content generation and the tables it is told to leave out', async () => {
  const tables = await database.db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT IN ('_prisma_migrations', 'ContentGeneration', '_write_log', 'AuditEvent') ORDER BY 1`;
  expect(await loggedTables(database.db)).toEqual(tables.map((t) => t.tablename));
});

it('gives each write with the row before and after, once, and nothing of a rolled-back transaction', async () => {
  const city = await database.db.city.create({ data: { slug: 'zibo', nameZh: '淄博', nameEn: 'Zibo', provinceZh: '山东省', provinceEn: 'Shandong' } });
  await database.db.city.update({ where: { id: city.id }, data: { nameEn: 'Zibo City' } });
  await database.db.auditEvent.create({ data: { kind: 'ACCESS_DENIED' } });
  await database.db
    .$transaction(async (tx) => {
      await tx.city.delete({ where: { id: city.id } });
      throw new Error('rolled back');
    })
    .catch(() => undefined);

  const writes = await takeWrites(database.db);
  expect(writes.map(({ table, operation }) => `${operation} ${table}`)).toEqual(['INSERT City', 'UPDATE City']);
  expect(writes[1]).toMatchObject({ before: { nameEn: 'Zibo' }, row: { nameEn: 'Zibo City' } });
  expect(await takeWrites(database.db)).toEqual([]);
});
