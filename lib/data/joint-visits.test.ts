import { beforeEach, describe, expect, it } from 'vitest';
import { databaseFingerprint, setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { refusal, submitAndPublish } from '../testing/outcomes';
import { getCityPair, getCityProfile, listCityPairs, listPublicCities } from './public-cities';
import { listFollowThrough } from './cooperation-tracker';
import { createExchange, updateExchange } from './exchange-editing';
import { listExchangeLinks } from './exchange-links';
import { addPart } from './exchange-parts';
import { getExchangeRecord, listTimeline } from './exchanges';
import { getExchangeHistory, getWorkingExchange, listWorkspace } from './workspace';
import { anonymous, type UserViewer } from './viewer';

const database = setupTestDatabase();
const make = testFactories(() => database.db);

let zibo: { id: string };
let weifang: { id: string };
let liuzhou: { id: string };
let harbin: { id: string };
let ziboStaff: UserViewer;
let weifangStaff: UserViewer;
let liuzhouStaff: UserViewer;
let harbinStaff: UserViewer;

beforeEach(async () => {
  [zibo, weifang, liuzhou, harbin] = [
    await make.city({ slug: 'zibo', nameEn: 'Zibo' }),
    await make.city({ slug: 'weifang', nameEn: 'Weifang' }),
    await make.city({ slug: 'liuzhou', nameEn: 'Liuzhou' }),
    await make.city({ slug: 'harbin', nameEn: 'Harbin' }),
  ];
  ziboStaff = await make.account('STAFF', [zibo.id]);
  weifangStaff = await make.account('STAFF', [weifang.id]);
  liuzhouStaff = await make.account('STAFF', [liuzhou.id]);
  harbinStaff = await make.account('STAFF', [harbin.id]);
});

const visitFields = (from: { id: string }, others: { id: string }[], to: { id: string }, startDate: string) => ({
  kind: 'DELEGATION_VISIT',
  titleZh: '联合代表团访问',
  titleEn: `Visit of ${startDate}`,
  visitingCityId: from.id,
  otherVisitingCityIds: others.map((city) => city.id),
  hostCityId: to.id,
  startDate,
  datePrecision: 'DAY',
  status: 'TOOK_PLACE',
  originalLanguage: 'zh',
  translation: 'HUMAN',
});



describe('an exchange of several visiting cities', () => {
  it('refuses a city on both sides or named twice, and an unknown one, leaving the database as it was', async () => {
    const before = await databaseFingerprint(database.db);
    const attempt = (others: { id: string }[]) => refusal(createExchange(ziboStaff, visitFields(zibo, others, liuzhou, '2023-05-05')));
    expect(await attempt([liuzhou])).toEqual(['otherVisitingCityIds: cityOnBothSides']);
    expect(await attempt([zibo])).toEqual(['otherVisitingCityIds: cityOnBothSides']);
    expect(await attempt([weifang, weifang])).toEqual(['otherVisitingCityIds: cityOnBothSides']);
    expect(await attempt([{ id: '0190aaaa-0000-7000-8000-000000000000' }])).toEqual(['otherVisitingCityIds: invalidId']);
    expect(await databaseFingerprint(database.db)).toBe(before);
  });

  it('is every visiting city’s to edit, and counted with the host on every public page', async () => {
    const joint = await createExchange(ziboStaff, visitFields(zibo, [weifang], liuzhou, '2023-05-05'));
    await addPart(ziboStaff, 'cooperationItem', joint.id, { titleZh: '文旅合作', titleEn: 'Cultural tourism', status: 'IN_PROGRESS', originalLanguage: 'zh', translation: 'HUMAN' });

    // Weifang's office answers for the visit as much as Zibo's; Harbin's does not.
    expect((await listWorkspace(weifangStaff)).map((exchange) => exchange.id)).toEqual([joint.id]);
    expect((await getWorkingExchange(weifangStaff, joint.id)).fields.otherVisitingCityIds).toEqual([weifang.id]);
    expect(await refusal(getWorkingExchange(harbinStaff, joint.id))).toBe('FORBIDDEN');
    await submitAndPublish(weifangStaff, liuzhouStaff, joint.id);

    const record = await getExchangeRecord(anonymous, joint.slug);
    expect([record.visitingCity.slug, ...record.otherVisitingCities.map((city) => city.slug), record.hostCity.slug]).toEqual(['zibo', 'weifang', 'liuzhou']);
    const timeline = await listTimeline(anonymous, { city: 'weifang' });
    expect(timeline.exchanges.map((exchange) => exchange.otherVisitingCities.map((city) => city.slug))).toEqual([['weifang']]);
    expect((await listTimeline(anonymous, { city: 'weifang', partner: 'liuzhou' })).total).toBe(1);
    // Travelling together is not an exchange between the two visitors.
    expect((await listTimeline(anonymous, { city: 'zibo', partner: 'weifang' })).total).toBe(0);
    await expect(getCityPair(anonymous, 'zibo', 'weifang')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await getCityPair(anonymous, 'weifang', 'liuzhou')).records.map((shown) => shown.visitor)).toEqual(['city']);

    const slugOf = new Map([zibo, weifang, liuzhou].map((city, index) => [city.id, ['zibo', 'weifang', 'liuzhou'][index]]));
    const pairs = (await listCityPairs(anonymous)).map((pair) => pair.cityIds.map((id) => slugOf.get(id)).sort().join('–'));
    expect(pairs.sort()).toEqual(['liuzhou–weifang', 'liuzhou–zibo']);
    expect(Object.fromEntries((await listPublicCities(anonymous)).map((city) => [city.slug, city.exchangeCount]))).toEqual({ zibo: 1, weifang: 1, liuzhou: 1 });
    expect((await getCityProfile(anonymous, 'weifang')).partners.map((partner) => partner.slug)).toEqual(['liuzhou']);

    const followThrough = await listFollowThrough(anonymous);
    expect(followThrough.cities.map((row) => [row.city.slug, row.total]).sort()).toEqual([
      ['liuzhou', 1],
      ['weifang', 1],
      ['zibo', 1],
    ]);
  });

  it('takes a return visit hosted by one of the joint delegation’s cities, shown from both sides', async () => {
    const joint = await createExchange(ziboStaff, visitFields(zibo, [weifang], liuzhou, '2023-05-05'));
    const back = await createExchange(liuzhouStaff, visitFields(liuzhou, [], weifang, '2023-11-20'));
    await addPart(liuzhouStaff, 'link', back.id, { kind: 'RETURNS_VISIT', targetId: joint.id });
    await submitAndPublish(ziboStaff, liuzhouStaff, joint.id);
    await submitAndPublish(liuzhouStaff, weifangStaff, back.id);

    const [fromJoint] = await listExchangeLinks(anonymous, joint.id);
    expect(fromJoint).toMatchObject({ kind: 'RETURNS_VISIT', direction: 'incoming', other: { slug: back.slug } });
    const [fromBack] = await listExchangeLinks(anonymous, back.id);
    expect(fromBack?.other.otherVisitingCities.map((city) => city.slug)).toEqual(['weifang']);
    expect((await getCityPair(anonymous, 'weifang', 'liuzhou')).records.map((shown) => shown.visitor)).toEqual(['partner', 'city']);
  });

  it('moves the visit out of a city’s hands when that city leaves it, and says so in the history', async () => {
    const joint = await createExchange(ziboStaff, visitFields(zibo, [weifang, harbin], liuzhou, '2023-05-05'));
    const { fields } = await getWorkingExchange(ziboStaff, joint.id);
    expect(fields.otherVisitingCityIds).toEqual([weifang.id, harbin.id]);
    await updateExchange(ziboStaff, joint.id, { ...visitFields(zibo, [harbin], liuzhou, '2023-05-05'), version: String(fields.version) });

    expect(await refusal(getWorkingExchange(weifangStaff, joint.id))).toBe('FORBIDDEN');
    const { revisions } = await getExchangeHistory(ziboStaff, joint.id);
    expect(revisions[0]?.changes).toMatchObject({ otherVisitingCityIds: { from: [weifang.id, harbin.id], to: [harbin.id] } });
  });
});
