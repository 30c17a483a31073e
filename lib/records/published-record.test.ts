import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimGroupOf } from './claims';
import { decodeRecord } from './json-record';
import {
  encodePublishedRecord,
  type ExchangeRecord,
  PublishedRecordError,
  publishedRecordVersion,
  readPublishedRecord,
  upgradePublishedRecord,
} from './published-record';

/** The founding record exactly as version 1 stored it, before exchanges had a kind or a delegation size. */
const storedV1 = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures/founding-record-v1.json'), 'utf8'));

describe('the published record', () => {
  it('upgrades a version 1 record instead of misreading it', () => {
    expect(() => readPublishedRecord(storedV1, 1)).toThrow(PublishedRecordError);
    const record = readPublishedRecord(upgradePublishedRecord(storedV1, 1), publishedRecordVersion);
    expect(record.kind).toBe('DELEGATION_VISIT');
    expect(record.delegationSize).toBeNull();
    expect(record.visitingCity.slug).toBe(storedV1.visitingCity.slug);
    expect(record.otherVisitingCities).toEqual([]);
    expect(record.textTranslations).toEqual([]);
    expect(record.titleZh).toBe(storedV1.titleZh);
    expect(record.startDate).toEqual(new Date('2023-05-05T00:00:00Z'));
    expect(claimGroupOf(record, 'startDate').state).toBe('disputed');
    expect(record.events.map((event) => event.titleEn)).toEqual(storedV1.events.map((event: { titleEn: string }) => event.titleEn));
  });

  it('keeps only the declared fields when it stores a record', () => {
    const record = readPublishedRecord(upgradePublishedRecord(storedV1, 1), publishedRecordVersion);
    // Version 1 stored whatever the loader returned, editors' ids and row times of every part included.
    expect(storedV1.events[0]).toHaveProperty('exchangeId');
    const stored = encodePublishedRecord({ ...record, createdById: 'someone' } as ExchangeRecord) as Record<string, unknown>;
    expect(stored).not.toHaveProperty('createdById');
    expect((stored.events as object[])[0]).not.toHaveProperty('exchangeId');
  });

  it('refuses a stored record that does not match its schema, naming the field', () => {
    const current = upgradePublishedRecord(storedV1, 1) as Record<string, unknown>;
    expect(() => readPublishedRecord({ ...current, kind: 'PICNIC' }, publishedRecordVersion)).toThrow(/kind/);
    expect(() => readPublishedRecord({ ...current, titleZh: undefined }, publishedRecordVersion)).toThrow(/titleZh/);
  });

  it('refuses versions it does not know', () => {
    expect(() => upgradePublishedRecord(storedV1, publishedRecordVersion + 1)).toThrow(PublishedRecordError);
    expect(() => upgradePublishedRecord(storedV1, 0)).toThrow(PublishedRecordError);
  });

  it('round-trips dates as dates', () => {
    const record = readPublishedRecord(upgradePublishedRecord(storedV1, 1), publishedRecordVersion);
    const again = decodeRecord<ExchangeRecord>(JSON.parse(JSON.stringify(encodePublishedRecord(record))));
    expect(again).toEqual(record);
  });
});
