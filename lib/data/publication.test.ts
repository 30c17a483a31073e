import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foundingExchangeSlug, seedDatabase } from '../db/seed';
import type { Prisma } from '../generated/prisma/client';
import { PublishedRecordError, publishedRecordVersion } from '../records/published-record';
import { setupTestDatabase } from '../testing/database';
import { getExchangeRecord } from './exchanges';
import { upgradeStoredPublications } from './publication';
import { searchPublicRecords } from './search';
import { anonymous } from './viewer';

const database = setupTestDatabase();

/**
 * The founding record as version 1 stored it (lib/records/fixtures, written by that version's code from
 * the same seed), in place of today's copy; only its id is this database's.
 */
async function storeAsVersionOne() {
  const { exchangeId } = await database.db.publication.findUniqueOrThrow({ where: { slug: foundingExchangeSlug } });
  const older = JSON.parse(readFileSync(path.join(import.meta.dirname, '../records/fixtures/founding-record-v1.json'), 'utf8')) as Record<string, Prisma.InputJsonValue>;
  await database.db.publication.update({ where: { slug: foundingExchangeSlug }, data: { record: { ...older, id: exchangeId }, recordVersion: 1 } });
  await database.db.publicText.deleteMany();
}

describe('stored publications of an older schema', () => {
  it('are refused rather than misread, and upgraded once on start', async () => {
    await seedDatabase(database.db);
    await storeAsVersionOne();
    await expect(getExchangeRecord(anonymous, foundingExchangeSlug)).rejects.toThrow(PublishedRecordError);

    expect(await upgradeStoredPublications(database.db)).toBe(1);
    expect(await upgradeStoredPublications(database.db)).toBe(0);

    const record = await getExchangeRecord(anonymous, foundingExchangeSlug);
    expect(record).toMatchObject({ kind: 'DELEGATION_VISIT', delegationSize: null, slug: foundingExchangeSlug });
    const stored = await database.db.publication.findUniqueOrThrow({ where: { slug: foundingExchangeSlug } });
    expect(stored.recordVersion).toBe(publishedRecordVersion);
    // What is derived from the record is rebuilt with it.
    expect((await searchPublicRecords(anonymous, { q: '螺蛳粉' })).total).toBeGreaterThan(0);
  });
});
