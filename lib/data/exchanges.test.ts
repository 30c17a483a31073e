import { claimGroupOf } from '../records/claims';
import { beforeEach, describe, expect, it } from 'vitest';
import { seedDatabase, foundingExchangeSlug } from '../db/seed';
import { AppError } from '../errors';
import { setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { loadExchangeRecord } from './exchange-record';
import { getExchangeRecord, listTimeline } from './exchanges';
import { anonymous, type Viewer } from './viewer';

const database = setupTestDatabase();
const make = testFactories(() => database.db);

const admin: Viewer = { kind: 'user', id: '00000000-0000-7000-8000-000000000001', role: 'ADMIN', cityIds: [] };
const staffOf = (...cityIds: string[]): Viewer => ({
  kind: 'user',
  id: '00000000-0000-7000-8000-000000000002',
  role: 'STAFF',
  cityIds,
});

describe('listTimeline', () => {
  it('lists published exchanges newest first, flagging a disputed date', async () => {
    await seedDatabase(database.db);
    const [a, b] = [await make.city(), await make.city()];
    await make.exchange(a.id, b.id, { startDate: new Date('2024-06-01T00:00:00Z'), slug: 'newer' });
    await make.exchange(b.id, a.id, { startDate: new Date('2020-06-01T00:00:00Z'), slug: 'older' });

    const timeline = await listTimeline(anonymous, {});
    expect(timeline.exchanges.map((e) => e.slug)).toEqual(['newer', foundingExchangeSlug, 'older']);
    expect(timeline.exchanges.map((e) => e.dateDisputed)).toEqual([false, true, false]);
    expect(timeline.exchanges[1]).toMatchObject({ eventCount: 2, itemCount: 5 });
  });

  it('pages through long timelines and answers past the end with an empty page', async () => {
    const [a, b] = [await make.city(), await make.city()];
    for (let day = 1; day <= 25; day++) {
      await make.exchange(a.id, b.id, { startDate: new Date(Date.UTC(2024, 0, day)) });
    }
    const first = await listTimeline(anonymous, {});
    const second = await listTimeline(anonymous, { page: '2' });
    expect([first.exchanges.length, second.exchanges.length, first.pageCount, first.total]).toEqual([20, 5, 2, 25]);
    expect((await listTimeline(anonymous, { page: '99' })).exchanges).toEqual([]);
  });

  describe('who sees what', () => {
    let zibo: { id: string };
    let other: { id: string };
    beforeEach(async () => {
      [zibo, other] = [await make.city(), await make.city()];
      const third = await make.city();
      await make.exchange(zibo.id, other.id, { slug: 'published' });
      await make.exchange(zibo.id, other.id, { slug: 'zibo-draft', publicationState: 'DRAFT' });
      await make.exchange(other.id, third.id, { slug: 'others-draft', publicationState: 'IN_REVIEW' });
      await make.exchange(zibo.id, other.id, { slug: 'withdrawn', publicationState: 'WITHDRAWN' });
      await make.exchange(zibo.id, other.id, { slug: 'deleted', deletedAt: new Date() });
    });

    const slugsFor = async (viewer: Viewer) => (await listTimeline(viewer, {})).exchanges.map((e) => e.slug).sort();

    it('shows everyone, signed in or not, only what is published', async () => {
      for (const viewer of [anonymous, staffOf(zibo.id), staffOf(), admin]) {
        expect(await slugsFor(viewer)).toEqual(['published']);
      }
    });
  });
});

describe('getExchangeRecord', () => {
  it('returns every part of the founding record, with the date dispute and titles as of the visit', async () => {
    await seedDatabase(database.db);
    const record = await getExchangeRecord(anonymous, foundingExchangeSlug);

    expect(claimGroupOf(record, 'startDate').state).toBe('disputed');
    expect(claimGroupOf(record, 'startDate').claims.map((c) => c.value)).toEqual(['2023-05-05', '2023-05-15', '2023-05-15']);
    expect(record.participants.map((p) => [p.nameEn, p.title?.titleEn])).toEqual([
      ['Zhao Qingwen', 'Mayor of Zibo'],
      ['Zhang Zhuang', 'Mayor of Liuzhou'],
    ]);
    expect(record.events).toHaveLength(2);
    expect(record.topics.flatMap((t) => t.questions)).toHaveLength(2);
    expect(record.statements).toHaveLength(5);
    expect(record.statements.filter((s) => s.kind === 'COMMENTARY').map((s) => s.speaker?.nameEn)).toEqual(['Yao Hua', 'Yao Hua']);
    expect(record.cooperationItems).toHaveLength(5);
    expect(record.cooperationItems[0]?.originStatementNumber).toBe(2);
    expect(record.practices).toHaveLength(5);

    // Sources are numbered as first cited, and every citation points at one of them.
    expect(record.sources.map((s) => [s.number, s.publicationEn])).toEqual([
      [1, 'Workers’ Daily'],
      [2, 'Liuzhou Daily'],
      [3, 'Chinanews'],
    ]);
    const numbers = new Set(record.sources.map((s) => s.number));
    const allCitations = [
      ...record.citations,
      ...record.participants.flatMap((p) => p.citations),
      ...record.events.flatMap((e) => e.citations),
      ...record.statements.flatMap((s) => s.citations),
      ...record.cooperationItems.flatMap((i) => i.citations),
      ...record.practices.flatMap((p) => p.citations),
    ];
    expect(allCitations.every((c) => numbers.has(c.number))).toBe(true);
  });

  it('resolves a title from the roles held on the day when none is recorded with the participant', async () => {
    const [a, b] = [await make.city(), await make.city()];
    const exchange = await make.exchange(a.id, b.id, { startDate: new Date('2023-05-05T00:00:00Z') });
    const person = await database.db.person.create({
      data: {
        nameEn: 'Li Ming',
        roles: {
          create: [
            { titleZh: '副市长', titleEn: 'Vice Mayor', startDate: new Date('2018-01-01'), endDate: new Date('2021-12-31') },
            { titleZh: '市长', titleEn: 'Mayor', startDate: new Date('2022-01-01') },
          ],
        },
      },
    });
    await database.db.participant.create({ data: { exchangeId: exchange.id, personId: person.id, side: 'VISITING', role: 'LEADER' } });
    const record = await loadExchangeRecord(database.db, exchange.id);
    expect(record?.participants[0]?.title?.titleEn).toBe('Mayor');
  });

  it('answers "not found" alike for a missing record, an unpublished or withdrawn one, and a malformed slug', async () => {
    const [a, b, c] = [await make.city(), await make.city(), await make.city()];
    await make.exchange(a.id, b.id, { slug: 'a-draft', publicationState: 'DRAFT' });
    await make.exchange(a.id, b.id, { slug: 'withdrawn', publicationState: 'WITHDRAWN' });
    await make.exchange(a.id, b.id, { slug: 'deleted', deletedAt: new Date() });

    for (const slug of ['no-such-exchange', 'a-draft', 'withdrawn', 'deleted', '../../etc/passwd', 'x'.repeat(500), '<script>']) {
      await expect(getExchangeRecord(anonymous, slug)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    // Staff read drafts in their workspace; the public address shows only what is published.
    for (const viewer of [staffOf(b.id), staffOf(c.id), admin]) {
      for (const slug of ['a-draft', 'withdrawn', 'deleted']) {
        await expect(getExchangeRecord(viewer, slug)).rejects.toBeInstanceOf(AppError);
      }
    }
  });
});
