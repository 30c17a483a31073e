import { beforeEach, describe, expect, it } from 'vitest';
import { presentRelationship } from '../api/present';
import { databaseFingerprint, setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { refusal } from '../testing/outcomes';
import { addClaim, deleteClaim } from './claims';
import {
  acceptRelationshipClaim,
  addRelationshipClaim,
  addRelationshipSource,
  citeRelationshipSource,
  deleteRelationshipClaim,
  removeRelationshipCitation,
} from './relationship-sources';
import { createRelationship, getWorkingRelationship, listPublicRelationships, publishRelationship, submitRelationship } from './relationships';
import { addSource, removeCitation, updateSource } from './sources';
import { anonymous, type UserViewer } from './viewer';

const database = setupTestDatabase();
const make = testFactories(() => database.db);

let ziboStaff: UserViewer;
let liuzhouStaff: UserViewer;
let harbinStaff: UserViewer;
let relationshipId: string;
let workersDaily: string;

beforeEach(async () => {
  const [zibo, liuzhou, harbin] = [await make.city({ slug: 'zibo' }), await make.city({ slug: 'liuzhou' }), await make.city({ slug: 'harbin' })];
  ziboStaff = await make.account('STAFF', [zibo.id]);
  liuzhouStaff = await make.account('STAFF', [liuzhou.id]);
  harbinStaff = await make.account('STAFF', [harbin.id]);
  ({ id: relationshipId } = await createRelationship(ziboStaff, {
    cityId: zibo.id,
    partnerCityId: liuzhou.id,
    kind: 'SISTER_CITY',
    status: 'IN_FORCE',
    establishedOn: '2024',
    establishedPrecision: 'YEAR',
    endedPrecision: 'DAY',
    originalLanguage: 'zh',
    translation: 'HUMAN',
  }));
  workersDaily = (
    await database.db.source.create({
      data: { slug: 'workers-daily-sisters', kind: 'NEWS_REPORT', publicationZh: '工人日报', publicationEn: 'Workers’ Daily', language: 'zh', url: 'https://example.org/workers' },
    })
  ).id;
});

const relationshipVersion = async () => String((await database.db.cityRelationship.findUniqueOrThrow({ where: { id: relationshipId } })).version);
const published = async () => (await listPublicRelationships(anonymous, { city: 'zibo' }))[0]!;
async function publish() {
  await submitRelationship(ziboStaff, relationshipId).catch(() => undefined);
  await publishRelationship(liuzhouStaff, relationshipId);
}

describe("a relationship's sources and claims", () => {
  it('shows the public every source and, while they disagree on a date, each one’s date; accepting one settles it', async () => {
    await citeRelationshipSource(ziboStaff, relationshipId, { sourceId: workersDaily, locator: '第二段' });
    const { id: liuzhouDaily } = await addRelationshipSource(ziboStaff, relationshipId, { kind: 'NEWS_REPORT', publicationZh: '柳州日报', publicationEn: 'Liuzhou Daily', language: 'zh' });
    await addRelationshipClaim(ziboStaff, relationshipId, { field: 'establishedOn', value: '2024-06', sourceId: workersDaily, quotation: '6月', basis: 'STATED' });
    const { id: july } = await addRelationshipClaim(ziboStaff, relationshipId, { field: 'establishedOn', value: '2024-07-18', sourceId: liuzhouDaily, basis: 'STATED' });
    await publish();

    const disputed = await published();
    expect(disputed.sources.map((source) => [source.number, source.publicationEn, source.locator])).toEqual([
      [1, 'Workers’ Daily', '第二段'],
      [2, 'Liuzhou Daily', null],
    ]);
    expect(disputed.claims.map((claim) => [claim.value, claim.sourceNumber, claim.accepted])).toEqual([
      ['2024-06', 1, false],
      ['2024-07-18', 2, false],
    ]);
    expect(presentRelationship(disputed, 'https://jiaoliu.example').claims).toEqual([
      { field: 'established_on', value: '2024-06', source_number: 1, quotation: '6月', accepted: false },
      { field: 'established_on', value: '2024-07-18', source_number: 2, quotation: null, accepted: false },
    ]);

    // Accepting copies the date, as precisely as that source gives it; the public sees it once published again.
    await acceptRelationshipClaim(liuzhouStaff, july, { version: await relationshipVersion() });
    expect(await database.db.cityRelationship.findUniqueOrThrow({ where: { id: relationshipId } })).toMatchObject({
      establishedOn: new Date('2024-07-18T00:00:00Z'),
      establishedPrecision: 'DAY',
      publicationState: 'DRAFT',
    });
    await publishRelationship(ziboStaff, relationshipId);
    const settled = await published();
    expect(settled).toMatchObject({ establishedOn: new Date('2024-07-18T00:00:00Z'), establishedPrecision: 'DAY' });
    expect(settled.claims.map((claim) => claim.accepted)).toEqual([false, true]);
  });

  it('refuses what cannot be, naming the field, and leaves the database as it was', async () => {
    await citeRelationshipSource(ziboStaff, relationshipId, { sourceId: workersDaily });
    const { id: endClaim } = await addRelationshipClaim(ziboStaff, relationshipId, { field: 'endedOn', value: '2023', sourceId: workersDaily, basis: 'INFERRED' });
    const before = await databaseFingerprint(database.db);
    const claim = (fields: Record<string, string>) => addRelationshipClaim(ziboStaff, relationshipId, { field: 'establishedOn', value: '2024-06', sourceId: workersDaily, basis: 'STATED', ...fields });
    expect(await refusal(claim({ value: '2024-13' }))).toEqual(['value: invalidPartialDate']);
    expect(await refusal(claim({ field: 'status' }))).toEqual(['field: invalidOption']);
    expect(await refusal(claim({ sourceId: crypto.randomUUID() }))).toEqual(['sourceId: invalidId']);
    expect(await refusal(claim({ field: 'endedOn' }))).toEqual(['sourceId: oneClaimPerSource']);
    expect(await refusal(citeRelationshipSource(ziboStaff, relationshipId, { sourceId: workersDaily }))).toEqual(['sourceId: alreadyCited']);
    // An end date for a relationship in force, or one before it was established, is not taken.
    expect(await refusal(acceptRelationshipClaim(ziboStaff, endClaim, { version: await relationshipVersion() }))).toBe('CONFLICT');
    // Staff of neither city, and the exchange's own paths, reach none of it.
    expect(await refusal(addRelationshipClaim(harbinStaff, relationshipId, { field: 'establishedOn', value: '2024-06', sourceId: workersDaily, basis: 'STATED' }))).toBe('FORBIDDEN');
    const citation = await database.db.citation.findFirstOrThrow({ where: { relationshipId } });
    expect(await refusal(removeRelationshipCitation(harbinStaff, citation.id))).toBe('FORBIDDEN');
    expect(await refusal(deleteRelationshipClaim(harbinStaff, endClaim, { version: '1' }))).toBe('FORBIDDEN');
    expect(await refusal(removeCitation(ziboStaff, citation.id))).toBe('NOT_FOUND');
    expect(await refusal(deleteClaim(ziboStaff, endClaim, { version: '1' }))).toBe('NOT_FOUND');
    expect(await databaseFingerprint(database.db)).toBe(before);
  });

  it('keeps a source shared with an exchange from being changed by staff who may not edit the relationship', async () => {
    const harbin = await database.db.city.findUniqueOrThrow({ where: { slug: 'harbin' } });
    const zibo = await database.db.city.findUniqueOrThrow({ where: { slug: 'zibo' } });
    const exchange = await make.exchange(harbin.id, zibo.id, { publicationState: 'DRAFT' });
    const { id: sourceId } = await addSource(harbinStaff, exchange.id, { kind: 'NEWS_REPORT', publicationZh: '哈尔滨日报', publicationEn: 'Harbin Daily', language: 'zh' });
    await citeRelationshipSource(ziboStaff, relationshipId, { sourceId });
    const before = await databaseFingerprint(database.db);
    expect(await refusal(updateSource(harbinStaff, exchange.id, sourceId, { kind: 'NEWS_REPORT', publicationZh: '哈尔滨日报', publicationEn: 'Harbin Daily News', language: 'zh', version: '1' }))).toBe('FORBIDDEN');
    expect(await databaseFingerprint(database.db)).toBe(before);
    // Someone who may edit both changes it, and the relationship goes back to review with the exchange.
    const admin = await make.account('ADMIN');
    await publish();
    await updateSource(admin, exchange.id, sourceId, { kind: 'NEWS_REPORT', publicationZh: '哈尔滨日报', publicationEn: 'Harbin Daily News', language: 'zh', version: '1' });
    expect((await getWorkingRelationship(admin, relationshipId)).relationship.publicationState).toBe('DRAFT');
  });
});

// The exchange's claims stay the exchange's: one naming a relationship's field is refused there.
it('keeps an exchange’s claims to the facts of an exchange', async () => {
  const [zibo, liuzhou] = await Promise.all(['zibo', 'liuzhou'].map((slug) => database.db.city.findUniqueOrThrow({ where: { slug } })));
  const exchange = await make.exchange(zibo!.id, liuzhou!.id, { publicationState: 'DRAFT' });
  expect(await refusal(addClaim(ziboStaff, exchange.id, { field: 'establishedOn', value: '2024-06-01', sourceId: workersDaily, basis: 'STATED' }))).toEqual(['field: invalidOption']);
});
