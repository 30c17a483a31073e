import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { withdrawExchange } from './exchange-editing';
import { getCityPair, getCityProfile, listPublicCities } from './public-cities';
import { createRelationship, listPublicRelationships, publishRelationship, submitRelationship, withdrawRelationship } from './relationships';
import { anonymous, type UserViewer } from './viewer';

const database = setupTestDatabase('public_relationships');
const make = testFactories(() => database.db);

/** Zibo and Liuzhou have exchanged; Harbin has not. Each city has its own staff. */
async function cities() {
  const zibo = await make.city({ slug: 'zibo', nameZh: '淄博', nameEn: 'Zibo' });
  const liuzhou = await make.city({ slug: 'liuzhou', nameZh: '柳州', nameEn: 'Liuzhou' });
  const harbin = await make.city({ slug: 'harbin', nameZh: '哈尔滨', nameEn: 'Harbin' });
  const visit = await make.exchange(zibo.id, liuzhou.id, { slug: 'zibo-to-liuzhou' });
  const staff = {
    zibo: await make.account('STAFF', [zibo.id]),
    liuzhou: await make.account('STAFF', [liuzhou.id]),
    harbin: await make.account('STAFF', [harbin.id]),
  };
  return { zibo, liuzhou, harbin, visit, staff };
}

function relationship(cityId: string, partnerCityId: string, overrides: Record<string, unknown> = {}) {
  return {
    cityId,
    partnerCityId,
    kind: 'SISTER_CITY',
    status: 'IN_FORCE',
    establishedOn: '2024-06',
    establishedPrecision: 'MONTH',
    endedPrecision: 'DAY',
    originalLanguage: 'zh',
    translation: 'HUMAN',
    ...overrides,
  };
}

/** Recorded by one city's staff and published by the other's, as the review asks. */
async function publish(author: UserViewer, publisher: UserViewer, input: Record<string, unknown>) {
  const { id } = await createRelationship(author, input);
  await submitRelationship(author, id);
  await publishRelationship(publisher, id);
  return id;
}

const partnersOf = (relationships: readonly { partner: { slug: string } }[]) => relationships.map((r) => r.partner.slug);

describe('relationships on the public pages', () => {
  it('shows a city and a pair their published relationships only, never a draft, one in review or a withdrawn one', async () => {
    const { zibo, liuzhou, harbin, staff } = await cities();
    await publish(staff.zibo, staff.liuzhou, relationship(zibo.id, liuzhou.id, { summaryZh: '两市缔结友好城市关系。' }));
    await createRelationship(staff.zibo, relationship(zibo.id, harbin.id));
    const inReview = await createRelationship(staff.zibo, relationship(zibo.id, liuzhou.id, { kind: 'COOPERATION_AGREEMENT', status: 'PROPOSED' }));
    await submitRelationship(staff.zibo, inReview.id);
    const withdrawn = await publish(staff.harbin, staff.zibo, relationship(harbin.id, zibo.id, { kind: 'FRIENDSHIP_EXCHANGE' }));
    await withdrawRelationship(staff.zibo, withdrawn);

    const profile = await getCityProfile(anonymous, 'zibo');
    expect(profile.relationships).toHaveLength(1);
    expect(profile.relationships[0]).toMatchObject({
      kind: 'SISTER_CITY',
      status: 'IN_FORCE',
      establishedOn: new Date('2024-06-01T00:00:00Z'),
      establishedPrecision: 'MONTH',
      summaryZh: '两市缔结友好城市关系。',
      partner: { slug: 'liuzhou', nameZh: '柳州' },
    });
    // Told from the partner's side, the partner is the other city.
    expect(partnersOf((await getCityProfile(anonymous, 'liuzhou')).relationships)).toEqual(['zibo']);
    expect(partnersOf((await getCityPair(anonymous, 'liuzhou', 'zibo')).relationships)).toEqual(['zibo']);
    await expect(getCityPair(anonymous, 'zibo', 'harbin')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('gives a city known only by a published relationship its page, and keeps it off the timeline’s cities', async () => {
    const { zibo, harbin, staff } = await cities();
    await expect(getCityProfile(anonymous, 'harbin')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await publish(staff.harbin, staff.zibo, relationship(harbin.id, zibo.id, { kind: 'FRIENDSHIP_EXCHANGE' }));

    const profile = await getCityProfile(anonymous, 'harbin');
    expect(profile).toMatchObject({ exchangeCount: 0, partners: [], kinds: [] });
    expect(profile.relationships.map((r) => [r.kind, r.partner.slug])).toEqual([['FRIENDSHIP_EXCHANGE', 'zibo']]);
    expect(partnersOf((await getCityProfile(anonymous, 'zibo')).relationships)).toEqual(['harbin']);
    expect((await listPublicCities(anonymous)).map((city) => city.slug).sort()).toEqual(['liuzhou', 'zibo']);
  });

  it('gives a pair with a published relationship and no published exchange its page, either way round', async () => {
    const { zibo, harbin, staff } = await cities();
    await publish(staff.zibo, staff.harbin, relationship(zibo.id, harbin.id, { originalLanguage: 'en', summaryEn: 'Sister cities since 2024.' }));

    const pair = await getCityPair(anonymous, 'harbin', 'zibo');
    expect(pair).toMatchObject({ total: 0, kinds: [], records: [], city: { slug: 'harbin' }, partner: { slug: 'zibo' } });
    expect(pair.relationships.map((r) => [r.summaryEn, r.partner.slug])).toEqual([['Sister cities since 2024.', 'zibo']]);
    expect(partnersOf((await getCityPair(anonymous, 'zibo', 'harbin')).relationships)).toEqual(['harbin']);
  });

  it('picks a city’s relationships by kind and by status, newest established first', async () => {
    const { zibo, liuzhou, harbin, staff } = await cities();
    await publish(staff.zibo, staff.liuzhou, relationship(zibo.id, liuzhou.id));
    await publish(staff.zibo, staff.harbin, relationship(zibo.id, harbin.id, { kind: 'COOPERATION_AGREEMENT', status: 'LAPSED', establishedOn: '2019', establishedPrecision: 'YEAR' }));
    await publish(staff.harbin, staff.liuzhou, relationship(harbin.id, liuzhou.id, { status: 'ENDED', establishedOn: '', endedOn: '2021-03-04' }));

    const pairsOf = async (filters: Record<string, string>) =>
      (await listPublicRelationships(anonymous, filters)).map((r) => `${r.city.slug}–${r.partnerCity.slug}`);
    expect(await pairsOf({ city: 'zibo' })).toEqual(['zibo–liuzhou', 'zibo–harbin']);
    expect(await pairsOf({ city: 'zibo', kind: 'sister_city' })).toEqual(['zibo–liuzhou']);
    expect(await pairsOf({ city: 'zibo', status: 'lapsed' })).toEqual(['zibo–harbin']);
    expect(await pairsOf({ kind: 'sister_city' })).toEqual(['zibo–liuzhou', 'harbin–liuzhou']);
    expect(await pairsOf({ status: 'ended' })).toEqual(['harbin–liuzhou']);
    expect(await pairsOf({ city: 'harbin', kind: 'other' })).toEqual([]);
    await expect(listPublicRelationships(anonymous, { kind: 'twin_town' })).rejects.toMatchObject({ code: 'INVALID' });
  });

  it('names the exchange at which a relationship was signed only while that exchange is published', async () => {
    const { zibo, liuzhou, visit, staff } = await cities();
    await publish(staff.zibo, staff.liuzhou, relationship(zibo.id, liuzhou.id, { signingExchangeId: visit.id }));
    expect((await getCityProfile(anonymous, 'liuzhou')).relationships[0]!.signingExchange).toEqual({ slug: 'zibo-to-liuzhou', titleZh: visit.titleZh, titleEn: visit.titleEn });

    await withdrawExchange(staff.zibo, visit.id);
    const pair = await getCityPair(anonymous, 'zibo', 'liuzhou');
    expect(pair.total).toBe(0);
    expect(pair.relationships[0]!.signingExchange).toBeNull();
    expect((await getCityProfile(anonymous, 'zibo')).relationships[0]!.signingExchange).toBeNull();
  });
});
