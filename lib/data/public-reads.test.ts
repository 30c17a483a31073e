import { describe, expect, it } from 'vitest';
import { foundingExchangeSlug, seedDatabase } from '../db/seed';
import { AppError } from '../errors';
import { setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { listFollowThrough, listPublicItems } from './cooperation-tracker';
import { staleCutoff } from './public-queries';
import { recordProgress } from './exchange-parts';
import { listTimeline } from './exchanges';
import { getCityPair, getCityProfile, listCityPairs, listPublicCities } from './public-cities';
import { indexUnindexedPublications } from './public-index';
import { countedHits, searchPageSize, searchPublicRecords } from './search';
import { anonymous } from './viewer';

const database = setupTestDatabase();
const make = testFactories(() => database.db);

const slugsOf = async (input: Record<string, unknown>) => (await listTimeline(anonymous, input)).exchanges.map((e) => e.slug);

/** The invalid fields of a refused read, as the form would mark them. */
async function refusedFields(read: Promise<unknown>): Promise<string[]> {
  const error = await read.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('INVALID');
  return (error as AppError).details.validation!.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
}

async function cities() {
  await seedDatabase(database.db);
  const zibo = await database.db.city.findUniqueOrThrow({ where: { slug: 'zibo' } });
  const liuzhou = await database.db.city.findUniqueOrThrow({ where: { slug: 'liuzhou' } });
  const third = await make.city({ slug: 'harbin', nameZh: '哈尔滨', nameEn: 'Harbin' });
  return { zibo, liuzhou, third };
}

describe('the timeline’s filters', () => {
  it('narrows by city, by pair either way round, and by year', async () => {
    const { zibo, liuzhou, third } = await cities();
    await make.exchange(liuzhou.id, zibo.id, { slug: 'return-visit', startDate: new Date('2024-03-01T00:00:00Z') });
    await make.exchange(zibo.id, third.id, { slug: 'zibo-to-harbin', startDate: new Date('2024-01-10T00:00:00Z') });

    expect(await slugsOf({ city: 'zibo', partner: 'liuzhou' })).toEqual(['return-visit', foundingExchangeSlug]);
    expect(await slugsOf({ city: 'liuzhou', partner: 'zibo' })).toEqual(['return-visit', foundingExchangeSlug]);
    expect(await slugsOf({ city: 'harbin' })).toEqual(['zibo-to-harbin']);
    expect(await slugsOf({ city: 'zibo', year: '2023' })).toEqual([foundingExchangeSlug]);
  });

  it('narrows by a topic discussed, by the status of an item, and by a person who took part', async () => {
    const { zibo, third } = await cities();
    await make.exchange(zibo.id, third.id, { slug: 'no-topics' });
    expect(await slugsOf({ topic: '城市管理' })).toEqual([foundingExchangeSlug]);
    expect(await slugsOf({ topic: '冰雪旅游' })).toEqual([]);
    expect(await slugsOf({ status: 'proposed' })).toEqual([foundingExchangeSlug]);
    expect(await slugsOf({ status: 'completed' })).toEqual([]);
    const mayor = await database.db.person.findFirstOrThrow({ where: { nameZh: '赵庆文' } });
    expect(await slugsOf({ person: mayor.id })).toEqual([foundingExchangeSlug]);
  });

  it('refuses a filter it cannot use, naming the field, instead of listing everything', async () => {
    await cities();
    expect(await refusedFields(listTimeline(anonymous, { year: 'abc', status: 'done', page: '1e99' }))).toEqual([
      'year: invalidNumber',
      'status: invalidOption',
      'page: invalidNumber',
    ]);
    expect(await refusedFields(listTimeline(anonymous, { partner: 'zibo' }))).toEqual(['partner: partnerNeedsCity']);
    expect(await refusedFields(listTimeline(anonymous, { city: 'atlantis' }))).toEqual(['city: unknownCity']);
    expect(await refusedFields(listTimeline(anonymous, { city: '<script>' }))).toEqual(['city: invalidSlug']);
  });

  it('answers a page past the end with an empty page', async () => {
    await cities();
    const timeline = await listTimeline(anonymous, { page: '99999' });
    expect([timeline.total, timeline.exchanges.length, timeline.page]).toEqual([1, 0, 99999]);
  });
});

describe('search', () => {
  it('finds Chinese words inside sentences, best matches first', async () => {
    await cities();
    const results = await searchPublicRecords(anonymous, { q: '螺蛳粉' });
    expect(results.hits[0]).toMatchObject({ kind: 'EXCHANGE', publication: { slug: foundingExchangeSlug } });
    expect(results.hits.map((hit) => hit.kind)).toEqual(expect.arrayContaining(['TOPIC', 'STATEMENT', 'COOPERATION_ITEM', 'PRACTICE']));
    expect(results.words).toEqual(['螺蛳粉']);
    const weights = results.hits.map((hit) => ['EXCHANGE', 'COOPERATION_ITEM', 'TOPIC', 'PRACTICE', 'STATEMENT', 'QUESTION'].indexOf(hit.kind));
    expect(weights[0]).toBe(0);
  });

  it('lists hits of newer exchanges first, and within an exchange what it is about before what was said', async () => {
    const { zibo, third } = await cities();
    await make.exchange(third.id, zibo.id, { slug: 'newer', titleZh: '哈尔滨代表团品尝螺蛳粉', startDate: new Date('2025-01-10T00:00:00Z') });
    const results = await searchPublicRecords(anonymous, { q: '螺蛳粉' });
    expect(results.hits[0]).toMatchObject({ kind: 'EXCHANGE', publication: { slug: 'newer' } });
    const founding = results.hits.filter((hit) => hit.publication.slug === foundingExchangeSlug).map((hit) => hit.kind);
    expect(founding[0]).toBe('EXCHANGE');
    expect(founding.indexOf('COOPERATION_ITEM')).toBeLessThan(founding.indexOf('STATEMENT'));
  });

  it('counts the hits of a very common word up to a thousand and says there are more', async () => {
    await cities();
    const { exchangeId, startDate } = await database.db.publication.findUniqueOrThrow({ where: { slug: foundingExchangeSlug } });
    await database.db.publicText.createMany({
      data: Array.from({ length: countedHits + 5 }, (_, i) => ({
        exchangeId,
        startDate,
        kind: 'STATEMENT' as const,
        subjectId: exchangeId,
        anchor: `statement-${i}`,
        weight: 2,
        labelZh: '发言',
        labelEn: 'Remark',
        textZh: '合作共赢',
        textEn: 'Cooperation',
        searchText: '合作共赢 cooperation',
        terms: ['合作', '作共', '共赢', 'cooperation'],
      })),
    });
    const results = await searchPublicRecords(anonymous, { q: '合作共赢' });
    expect(results).toMatchObject({ total: countedHits, more: true, pageCount: countedHits / searchPageSize });
    expect(results.hits).toHaveLength(searchPageSize);
  });

  it('finds English words, and people once each', async () => {
    await cities();
    const results = await searchPublicRecords(anonymous, { q: 'URBAN Management' });
    expect(results.hits.some((hit) => hit.kind === 'TOPIC' && hit.labelEn === 'Urban management')).toBe(true);
    const people = await searchPublicRecords(anonymous, { q: '赵庆文' });
    expect(people.people.map((person) => person.labelZh)).toEqual(['赵庆文']);
  });

  it('does not take a Chinese word for its characters scattered through a text', async () => {
    await cities();
    // 柳州 and 州螺 both occur in the record, but never as 柳州螺 followed by 螺蛳 … this word does not.
    expect((await searchPublicRecords(anonymous, { q: '蛳粉柳' })).total).toBe(0);
  });

  it('narrows to one kind of exchange, people included', async () => {
    await cities();
    const visits = await searchPublicRecords(anonymous, { q: '螺蛳粉', kind: 'delegation_visit' });
    expect(visits.total).toBeGreaterThan(0);
    expect((await searchPublicRecords(anonymous, { q: '赵庆文', kind: 'delegation_visit' })).people).toHaveLength(1);
    const forums = await searchPublicRecords(anonymous, { q: '螺蛳粉', kind: 'forum' });
    expect([forums.total, forums.people.length]).toEqual([0, 0]);
    expect((await searchPublicRecords(anonymous, { q: '赵庆文', kind: 'forum' })).people).toEqual([]);
    expect(await refusedFields(searchPublicRecords(anonymous, { q: '螺蛳粉', kind: 'picnic' }))).toEqual(['kind: invalidOption']);
  });

  it('refuses a query too short to search for, and returns nothing for an empty one', async () => {
    await cities();
    expect(await refusedFields(searchPublicRecords(anonymous, { q: '粉' }))).toEqual(['q: queryTooShort']);
    expect((await searchPublicRecords(anonymous, { q: '' })).hits).toEqual([]);
  });

  it('forgets a withdrawn record and finds it again when it is put back', async () => {
    await cities();
    await database.db.publication.updateMany({ data: { withdrawnAt: new Date() } });
    expect((await searchPublicRecords(anonymous, { q: '螺蛳粉' })).total).toBe(0);
    await database.db.publication.updateMany({ data: { withdrawnAt: null } });
    expect((await searchPublicRecords(anonymous, { q: '螺蛳粉' })).total).toBeGreaterThan(0);
  });

  it('indexes publications written before the read model existed, once', async () => {
    await cities();
    await database.db.publicText.deleteMany();
    await database.db.publicItem.deleteMany();
    expect(await database.db.$transaction((tx) => indexUnindexedPublications(tx))).toBe(1);
    expect(await database.db.$transaction((tx) => indexUnindexedPublications(tx))).toBe(0);
    expect((await searchPublicRecords(anonymous, { q: '螺蛳粉' })).total).toBeGreaterThan(0);
    expect((await listPublicItems(anonymous, {})).total).toBe(5);
  });
});

describe('the cooperation tracker', () => {
  it('lists every public item with its exchange, and flags open items without news for six months', async () => {
    await cities();
    const tracker = await listPublicItems(anonymous, {});
    expect(tracker.total).toBe(5);
    expect(tracker.items[0]!.publication.slug).toBe(foundingExchangeSlug);
    // The founding visit was in 2023 and nobody has reported on its items since.
    expect(tracker.items.every((item) => item.stale)).toBe(true);
    expect(tracker.followThrough).toMatchObject({ total: 5, completed: 0, share: 0, stale: 5 });
    expect((await listPublicItems(anonymous, { status: 'stale' })).total).toBe(5);
  });

  it('follows progress at once: status, share completed and staleness', async () => {
    const { zibo } = await cities();
    const item = await database.db.cooperationItem.findFirstOrThrow({ where: { titleZh: '淄博烧烤进柳州' } });
    const staff = await make.account('STAFF', [zibo.id]);
    const today = new Date().toISOString().slice(0, 10);
    await recordProgress(staff, item.id, { version: String(item.version), occurredOn: today, status: 'COMPLETED', progress: '100', originalLanguage: 'zh', translation: 'MACHINE', noteZh: '已开店' });

    const completed = await listPublicItems(anonymous, { status: 'completed' });
    expect(completed.items.map((i) => [i.titleZh, i.stale])).toEqual([['淄博烧烤进柳州', false]]);
    expect((await listPublicItems(anonymous, {})).followThrough).toMatchObject({ total: 5, completed: 1, share: 0.2, stale: 4 });
    const figures = await listFollowThrough(anonymous);
    expect(figures.cities.map((c) => [c.city.slug, c.completed, c.total])).toEqual([
      ['liuzhou', 1, 5],
      ['zibo', 1, 5],
    ]);
    expect(figures.pairs.map((p) => [p.completed, p.total])).toEqual([[1, 5]]);
  });

  it('counts six months back by the calendar, to the last day of a shorter month', () => {
    expect(staleCutoff(new Date('2026-11-26T10:00:00Z')).toISOString()).toBe('2026-05-26T00:00:00.000Z');
    expect(staleCutoff(new Date('2026-08-31T10:00:00Z')).toISOString()).toBe('2026-02-28T00:00:00.000Z');
  });
});

describe('city and pair pages', () => {
  it('lists the cities with published exchanges and the pairs that met', async () => {
    const { zibo, liuzhou, third } = await cities();
    await make.exchange(liuzhou.id, zibo.id, { slug: 'return-visit' });
    await make.exchange(third.id, zibo.id, { slug: 'draft', publicationState: 'DRAFT' });
    expect((await listPublicCities(anonymous)).map((c) => [c.slug, c.exchangeCount])).toEqual([
      ['liuzhou', 2],
      ['zibo', 2],
    ]);
    expect((await listCityPairs(anonymous)).map((p) => p.count)).toEqual([2]);
  });

  it('shows a city’s partners, people on its side, practices it showed and its follow-through', async () => {
    await cities();
    const profile = await getCityProfile(anonymous, 'zibo');
    expect(profile.partners.map((p) => [p.slug, p.pairCount])).toEqual([['liuzhou', 1]]);
    expect(profile.people.map((p) => p.labelZh)).toContain('赵庆文');
    expect(profile.people.map((p) => p.labelZh)).not.toContain('张壮');
    expect(profile.practices.map((p) => p.labelZh)).toContain('烧烤地图');
    expect(profile.practices.map((p) => p.labelZh)).not.toContain('螺蛳粉公交线和夜宵公交线');
    expect(profile.followThrough).toMatchObject({ total: 5, completed: 0 });
    expect(profile.kinds).toEqual([{ kind: 'DELEGATION_VISIT', count: 1 }]);
  });

  it('gives no page to a city without published exchanges, or an unknown one', async () => {
    await cities();
    for (const slug of ['harbin', 'atlantis', '../etc']) {
      await expect(getCityProfile(anonymous, slug)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    await expect(getCityPair(anonymous, 'zibo', 'harbin')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getCityPair(anonymous, 'zibo', 'zibo')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reads a pair the same either way round, with which city went', async () => {
    await cities();
    const pair = await getCityPair(anonymous, 'liuzhou', 'zibo');
    expect(pair.total).toBe(1);
    expect(pair.kinds).toEqual([{ kind: 'DELEGATION_VISIT', count: 1 }]);
    expect(pair.records[0]).toMatchObject({ visitor: 'partner', record: { slug: foundingExchangeSlug } });
    expect((await getCityPair(anonymous, 'zibo', 'liuzhou')).records[0]!.visitor).toBe('city');
  });
});
