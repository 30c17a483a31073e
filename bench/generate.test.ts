import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { getExchangeRecord, listTimeline } from '../lib/data/exchanges';
import { listApiExchanges } from '../lib/data/open-data';
import { searchPublicRecords } from '../lib/data/search';
import { anonymous } from '../lib/data/viewer';
import { isoDate } from '../lib/i18n/format';
import { setupTestDatabase } from '../lib/testing/database';
import { exchangeFields } from '../lib/validation/schemas/exchange';
import { cooperationItemFields, eventFields, practiceFields, progressUpdateFields, questionFields, statementFields, topicFields } from '../lib/validation/schemas/parts';
import { cityFields, organizationFields, personFields, personRoleFields } from '../lib/validation/schemas/reference';
import { citationFields, claimFields, sourceFields } from '../lib/validation/schemas/sources';
import { generateExchanges } from './generate';

const database = setupTestDatabase();

const han = /\p{Script=Han}/u;
const latin = /[A-Za-z]/;
/** A pair of texts in both languages: Chinese with Han characters, English with Latin letters. */
const bilingual = (zh: string | null | undefined, en: string | null | undefined) => Boolean(zh && en && han.test(zh) && latin.test(en));

/** A stored row as a form would submit it: days as YYYY-MM-DD, nothing as '', a ticked box as 'on'. */
function asSubmitted(row: object): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value instanceof Date) values[key] = isoDate(value);
    else if (typeof value === 'boolean') {
      if (value) values[key] = 'on';
    } else values[key] = value === null ? '' : String(value);
  }
  return values;
}

/** The rows a form's schema refuses, with what it says is wrong. */
function refused(schema: ZodType, rows: readonly object[]) {
  return rows.flatMap((row) => {
    const result = schema.safeParse(asSubmitted(row));
    return result.success ? [] : [{ row, issues: result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) }];
  });
}

// Each test builds the reference data of every city, thousands of rows, before its exchanges.
describe('generateExchanges', { timeout: 120_000 }, () => {
  it('writes exchanges the public pages read, every text in both languages', async () => {
    const db = database.db;
    const report = await generateExchanges(db, { exchanges: 30, seed: 11, batchSize: 8 });

    expect(report.exchanges).toBe(30);
    expect(await db.exchange.count()).toBe(30);
    expect(report.publications).toBe(await db.publication.count());
    expect(report.publications).toBeGreaterThanOrEqual(24);
    expect(report.texts).toBe(await db.publicText.count());
    expect(await db.city.count()).toBeGreaterThan(290);
    expect(await db.person.count()).toBeGreaterThan(3000);

    const shown = await db.publication.count({ where: { withdrawnAt: null } });
    const timeline = await listTimeline(anonymous, {});
    expect(timeline.total).toBe(shown);
    const slugs = [...timeline.exchanges, ...(await listTimeline(anonymous, { page: '2' })).exchanges].map((e) => e.slug);
    expect(slugs).toHaveLength(shown);

    const api = await listApiExchanges(anonymous, {});
    expect(api.total).toBe(shown);

    for (const slug of slugs) {
      const record = await getExchangeRecord(anonymous, slug);
      expect(bilingual(record.titleZh, record.titleEn), slug).toBe(true);
      expect(bilingual(record.summaryZh, record.summaryEn), slug).toBe(true);
      expect(record.participants.length).toBeGreaterThanOrEqual(2);
      expect(record.participants.length).toBeLessThanOrEqual(8);
      for (const p of record.participants) {
        expect(bilingual(p.nameZh, p.nameEn) && bilingual(p.title?.titleZh, p.title?.titleEn), `${slug}: ${p.nameEn}`).toBe(true);
      }
      expect(record.events.length).toBeGreaterThanOrEqual(1);
      expect(record.events.length).toBeLessThanOrEqual(4);
      expect(record.sources.length).toBeGreaterThanOrEqual(1);
      expect(record.sources.every((s) => bilingual(s.publicationZh, s.publicationEn))).toBe(true);
      expect(record.citations.length).toBeGreaterThanOrEqual(1);
      if (record.status === 'TOOK_PLACE') {
        expect(record.topics.length).toBeGreaterThanOrEqual(1);
        expect(record.statements.length).toBeGreaterThanOrEqual(1);
        expect(record.statements.length).toBeLessThanOrEqual(5);
      }
      expect(record.cooperationItems.length).toBeLessThanOrEqual(4);
      const texts = [
        ...record.events.map((e) => [e.titleZh, e.titleEn]),
        ...record.topics.map((t) => [t.titleZh, t.titleEn]),
        ...record.topics.flatMap((t) => t.questions.map((q) => [q.textZh, q.textEn])),
        ...record.statements.map((s) => [s.textZh, s.textEn]),
        ...record.practices.map((p) => [p.titleZh, p.titleEn]),
        ...record.cooperationItems.map((i) => [i.titleZh, i.titleEn]),
        ...record.cooperationItems.flatMap((i) => i.updates.map((u) => [u.noteZh, u.noteEn])),
      ];
      expect(texts.filter(([zh, en]) => !bilingual(zh, en)), slug).toEqual([]);
      expect(record.cooperationItems.every((i) => i.updates.length <= 5)).toBe(true);
    }

    const first = await getExchangeRecord(anonymous, slugs[0]!);
    for (const q of [first.hostCity.nameZh, first.hostCity.nameEn]) {
      const found = await searchPublicRecords(anonymous, { q });
      expect(found.total, q).toBeGreaterThan(0);
    }
    const person = first.participants[0]!;
    const people = await searchPublicRecords(anonymous, { q: person.nameZh });
    expect(people.people.map((p) => p.id)).toContain(person.personId);
  });

  it('passes the checks the app’s forms make', async () => {
    const db = database.db;
    await generateExchanges(db, { exchanges: 30, seed: 12 });
    const checks: [string, ZodType, object[]][] = [
      ['city', cityFields, await db.city.findMany()],
      ['organization', organizationFields, await db.organization.findMany()],
      ['person', personFields, await db.person.findMany()],
      ['personRole', personRoleFields, await db.personRole.findMany()],
      ['exchange', exchangeFields, await db.exchange.findMany()],
      ['event', eventFields, await db.event.findMany()],
      ['topic', topicFields, await db.topic.findMany()],
      ['question', questionFields, await db.question.findMany()],
      ['statement', statementFields, await db.statement.findMany()],
      ['practice', practiceFields, await db.practice.findMany()],
      ['cooperationItem', cooperationItemFields, await db.cooperationItem.findMany()],
      ['progress', progressUpdateFields, await db.cooperationUpdate.findMany()],
      ['source', sourceFields, await db.source.findMany()],
      ['citation', citationFields, await db.citation.findMany()],
      ['claim', claimFields, await db.claim.findMany()],
    ];
    for (const [name, schema, rows] of checks) {
      expect(rows.length, name).toBeGreaterThan(0);
      expect(refused(schema, rows), name).toEqual([]);
    }
    const slugs = [...(await db.exchange.findMany({ select: { slug: true } })), ...(await db.source.findMany({ select: { slug: true } }))];
    expect(slugs.filter(({ slug }) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length > 120)).toEqual([]);
  });

  it('gives the same records for the same seed, and others for another', async () => {
    const db = database.db;
    const titles = async () => (await db.exchange.findMany({ orderBy: { id: 'asc' }, select: { titleZh: true, titleEn: true, summaryZh: true } })).slice(-12);
    await generateExchanges(db, { exchanges: 12, seed: 5 });
    const first = await titles();
    await generateExchanges(db, { exchanges: 12, seed: 5 });
    expect(await titles()).toEqual(first);
    await generateExchanges(db, { exchanges: 12, seed: 6 });
    expect(await titles()).not.toEqual(first);
  });
});
