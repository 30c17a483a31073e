import { expect, it } from 'vitest';
import { seedDatabase } from '../db/seed';
import { databaseFingerprint, restoreSnapshot, setupTestDatabase, takeSnapshot } from './database';

const database = setupTestDatabase();

it('puts every table back as a snapshot holds it', async () => {
  await seedDatabase(database.db);
  const snapshot = await takeSnapshot(database.db);
  const before = await databaseFingerprint(database.db, { withAudit: true });
  await database.db.exchange.updateMany({ data: { titleEn: 'Changed' } });
  await database.db.city.create({ data: { slug: 'xian', nameZh: '西安', nameEn: 'Xi’an', provinceZh: '陕西省', provinceEn: 'Shaanxi' } });
  await database.db.auditEvent.create({ data: { kind: 'ACCESS_DENIED' } });
  await restoreSnapshot(database.db, snapshot);
  expect(await databaseFingerprint(database.db, { withAudit: true })).toBe(before);
});
