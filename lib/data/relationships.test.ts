import { beforeEach, describe, expect, it } from 'vitest';
import { databaseFingerprint, setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { refusal } from '../testing/outcomes';
import { createExchange } from './exchange-editing';
import {
  createRelationship,
  deleteRelationship,
  getWorkingRelationship,
  listPublicRelationships,
  listDeletedRelationships,
  listWorkspaceRelationships,
  publishRelationship,
  restoreRelationship,
  submitRelationship,
  updateRelationship,
  withdrawRelationship,
} from './relationships';
import { anonymous, type UserViewer } from './viewer';

const database = setupTestDatabase();
const make = testFactories(() => database.db);

let zibo: { id: string };
let liuzhou: { id: string };
let harbin: { id: string };
let ziboStaff: UserViewer;
let liuzhouStaff: UserViewer;
let harbinStaff: UserViewer;

beforeEach(async () => {
  [zibo, liuzhou, harbin] = [await make.city({ slug: 'zibo' }), await make.city({ slug: 'liuzhou' }), await make.city({ slug: 'harbin' })];
  ziboStaff = await make.account('STAFF', [zibo.id]);
  liuzhouStaff = await make.account('STAFF', [liuzhou.id]);
  harbinStaff = await make.account('STAFF', [harbin.id]);
});

const sisterCities = (overrides: Record<string, unknown> = {}) => ({
  cityId: zibo.id,
  partnerCityId: liuzhou.id,
  kind: 'SISTER_CITY',
  status: 'IN_FORCE',
  establishedOn: '2024-06',
  establishedPrecision: 'MONTH',
  endedPrecision: 'DAY',
  summaryZh: '两市缔结友好城市关系',
  originalLanguage: 'zh',
  translation: 'HUMAN',
  ...overrides,
});


describe('relationships between cities', () => {
  it('refuses what cannot be true of a relationship, naming the field, and writes nothing', async () => {
    const elsewhere = await createExchange(ziboStaff, {
      kind: 'SIGNING_CEREMONY',
      titleZh: '签约',
      titleEn: 'Signing',
      visitingCityId: zibo.id,
      hostCityId: harbin.id,
      startDate: '2024-06-01',
      datePrecision: 'DAY',
      status: 'TOOK_PLACE',
      originalLanguage: 'zh',
      translation: 'HUMAN',
    });
    const before = await databaseFingerprint(database.db);
    const attempt = (overrides: Record<string, unknown>) => refusal(createRelationship(ziboStaff, sisterCities(overrides)));
    expect(await attempt({ partnerCityId: zibo.id })).toEqual(['partnerCityId: sameCity']);
    expect(await attempt({ status: 'ENDED', endedOn: '2023', endedPrecision: 'YEAR' })).toEqual(['endedOn: endsBeforeItStarts']);
    expect(await attempt({ endedOn: '2030-01-01' })).toEqual(['endedOn: endedButCurrent']);
    expect(await attempt({ establishedOn: '2024', establishedPrecision: 'DAY' })).toEqual(['establishedOn: precisionNeedsMore']);
    expect(await attempt({ kind: 'TWIN_TOWN' })).toHaveLength(1);
    expect(await attempt({ signingExchangeId: elsewhere.id })).toEqual(['signingExchangeId: notBetweenTheCities']);
    expect(await refusal(createRelationship(harbinStaff, sisterCities()))).toBe('FORBIDDEN');
    expect(await databaseFingerprint(database.db)).toBe(before);
  });

  it('is published by someone other than its author, and the public reads the copy that was reviewed', async () => {
    const signing = await createExchange(ziboStaff, {
      kind: 'SIGNING_CEREMONY',
      titleZh: '淄博柳州缔结友好城市',
      titleEn: 'Zibo and Liuzhou become sister cities',
      visitingCityId: zibo.id,
      hostCityId: liuzhou.id,
      startDate: '2024-06-18',
      datePrecision: 'DAY',
      status: 'TOOK_PLACE',
      originalLanguage: 'zh',
      translation: 'HUMAN',
    });
    const { id } = await createRelationship(ziboStaff, sisterCities({ signingExchangeId: signing.id }));
    expect((await listWorkspaceRelationships(liuzhouStaff)).map((relationship) => relationship.id)).toEqual([id]);
    expect(await listWorkspaceRelationships(harbinStaff)).toEqual([]);
    expect(await refusal(getWorkingRelationship(harbinStaff, id))).toBe('FORBIDDEN');

    await submitRelationship(ziboStaff, id);
    expect(await refusal(publishRelationship(ziboStaff, id))).toBe('FORBIDDEN');
    expect(await listPublicRelationships(anonymous, { city: 'zibo' })).toEqual([]);
    await publishRelationship(liuzhouStaff, id);

    const [shown] = await listPublicRelationships(anonymous, { city: 'liuzhou', partner: 'zibo', kind: 'sister_city', status: 'in_force' });
    expect(shown).toMatchObject({ kind: 'SISTER_CITY', establishedOn: new Date('2024-06-01'), establishedPrecision: 'MONTH', city: { slug: 'zibo' }, partnerCity: { slug: 'liuzhou' } });
    // The signing ceremony is a draft: the public is not told of it yet.
    expect(shown?.signingExchange).toBeNull();
    expect(await listPublicRelationships(anonymous, { city: 'zibo', kind: 'cooperation_agreement' })).toEqual([]);
    expect(await refusal(listPublicRelationships(anonymous, { partner: 'zibo' }))).toEqual(['partner: partnerNeedsCity']);

    // A change waits for review; the public keeps what was published.
    const { relationship } = await getWorkingRelationship(liuzhouStaff, id);
    await updateRelationship(liuzhouStaff, id, sisterCities({ status: 'LAPSED', version: String(relationship.version) }));
    expect((await listPublicRelationships(anonymous, { city: 'zibo' }))[0]?.status).toBe('IN_FORCE');
    expect((await getWorkingRelationship(ziboStaff, id)).mayPublish).toBe(true);
    await publishRelationship(ziboStaff, id);
    expect((await listPublicRelationships(anonymous, { city: 'zibo' }))[0]?.status).toBe('LAPSED');

    const { revisions } = await getWorkingRelationship(ziboStaff, id);
    expect(revisions.map((revision) => revision.action)).toEqual(['PUBLISH', 'UPDATE', 'PUBLISH', 'SUBMIT', 'CREATE']);

    await withdrawRelationship(ziboStaff, id);
    expect(await listPublicRelationships(anonymous, { city: 'zibo' })).toEqual([]);
    await deleteRelationship(liuzhouStaff, id);
    expect(await listWorkspaceRelationships(ziboStaff)).toEqual([]);
    expect(await refusal(getWorkingRelationship(ziboStaff, id))).toBe('NOT_FOUND');

    // Deleted, it waits under "Deleted records" for staff of its cities, who can bring it back as a draft.
    expect((await listDeletedRelationships(ziboStaff)).map((deleted) => [deleted.id, deleted.deletedBy?.email])).toEqual([[id, expect.stringContaining('@')]]);
    expect(await listDeletedRelationships(harbinStaff)).toEqual([]);
    const before = await databaseFingerprint(database.db);
    expect(await refusal(restoreRelationship(harbinStaff, id))).toBe('FORBIDDEN');
    expect(await databaseFingerprint(database.db)).toBe(before);
    await restoreRelationship(ziboStaff, id);
    expect((await getWorkingRelationship(ziboStaff, id)).relationship).toMatchObject({ deletedAt: null, publicationState: 'DRAFT' });
    expect(await refusal(restoreRelationship(ziboStaff, id))).toBe('NOT_FOUND');
  });
});
