import { beforeEach, describe, expect, it } from 'vitest';
import { databaseFingerprint, setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { refusal } from '../testing/outcomes';
import { createExchange, publishExchange, sendBackExchange, submitExchange } from './exchange-editing';
import { addPart } from './exchange-parts';
import { getExchangeRecord } from './exchanges';
import { createRelationship, getWorkingRelationship, publishRelationship, sendBackRelationship, submitRelationship } from './relationships';
import { countReviewQueue, listReviewQueue } from './review';
import { addSource, citeSource, updateSource } from './sources';
import type { UserViewer } from './viewer';
import { getWorkingExchange, listWorkspace } from './workspace';

const database = setupTestDatabase();
const make = testFactories(() => database.db);

let zibo: { id: string };
let liuzhou: { id: string };
let author: UserViewer;
let reviewer: UserViewer;
let outsider: UserViewer;

beforeEach(async () => {
  const guangzhou = await make.city({ slug: 'guangzhou' });
  [zibo, liuzhou] = [await make.city({ slug: 'zibo' }), await make.city({ slug: 'liuzhou' })];
  [author, reviewer, outsider] = [await make.account('STAFF', [zibo.id]), await make.account('STAFF', [liuzhou.id]), await make.account('STAFF', [guangzhou.id])];
});

const visit = () => ({
  kind: 'DELEGATION_VISIT',
  titleZh: '淄博代表团访问柳州',
  titleEn: 'Zibo delegation visits Liuzhou',
  visitingCityId: zibo.id,
  hostCityId: liuzhou.id,
  startDate: '2024-03-01',
  datePrecision: 'DAY',
  status: 'TOOK_PLACE',
  originalLanguage: 'zh',
  translation: 'HUMAN',
});
const symposium = { kind: 'SYMPOSIUM', titleZh: '座谈会', titleEn: 'Symposium', originalLanguage: 'zh', translation: 'HUMAN' };

async function submitted() {
  const { id, slug } = await createExchange(author, visit());
  await submitExchange(author, id);
  return { id, slug };
}

describe('publishing what was reviewed', () => {
  it('refuses a publication once the record has moved on from the version reviewed, then publishes it after a second look', async () => {
    const { id, slug } = await submitted();
    const looked = (await getWorkingExchange(reviewer, id)).fields.workingVersion;

    // The author adds an event between the reviewer's look and the click.
    await addPart(author, 'event', id, symposium);
    const before = await databaseFingerprint(database.db);
    expect(await refusal(publishExchange(reviewer, id, { workingVersion: String(looked) }))).toBe('CONFLICT');
    expect(await databaseFingerprint(database.db)).toBe(before);

    const again = await getWorkingExchange(reviewer, id);
    expect(again.fields.workingVersion).toBeGreaterThan(looked);
    // What the reviewer looks at the second time: everything the publication would make public.
    expect(again.unpublished.map((revision) => [revision.action, revision.entityType])).toEqual([
      ['CREATE', 'Event'],
      ['CREATE', 'Exchange'],
    ]);
    await publishExchange(reviewer, id, { workingVersion: String(again.fields.workingVersion) });
    expect((await getExchangeRecord(reviewer, slug)).events.map((event) => event.titleEn)).toEqual(['Symposium']);
    expect((await getWorkingExchange(reviewer, id)).unpublished).toEqual([]);
  });

  it('counts a change made through a shared source as its author’s change to every record that cites it', async () => {
    const [first, second] = [await submitted(), await submitted()];
    const { id: sourceId } = await addSource(reviewer, first.id, { kind: 'NEWS_REPORT', publicationZh: '柳州日报', publicationEn: 'Liuzhou Daily', language: 'zh' });
    await citeSource(author, second.id, { sourceId, subjectKind: 'EXCHANGE', subjectId: second.id });
    await submitExchange(author, second.id);

    // The reviewer edits the source from the first record; the second shows it too, so it is theirs to leave to someone else.
    await updateSource(reviewer, first.id, sourceId, { kind: 'NEWS_REPORT', publicationZh: '柳州日报', publicationEn: 'Liuzhou Daily News', language: 'zh', version: '1' });
    expect((await getWorkingExchange(reviewer, second.id)).mayPublish).toBe(false);
    expect(await refusal(publishExchange(reviewer, second.id))).toBe('FORBIDDEN');
  });

  it('holds a relationship to the version reviewed too', async () => {
    const { id } = await createRelationship(author, {
      cityId: zibo.id,
      partnerCityId: liuzhou.id,
      kind: 'SISTER_CITY',
      status: 'IN_FORCE',
      establishedOn: '2024-06',
      establishedPrecision: 'MONTH',
      endedPrecision: 'DAY',
      originalLanguage: 'zh',
      translation: 'HUMAN',
    });
    await submitRelationship(author, id);
    const { relationship } = await getWorkingRelationship(reviewer, id);
    expect(await refusal(publishRelationship(reviewer, id, { workingVersion: String(relationship.workingVersion + 1) }))).toBe('CONFLICT');
    await publishRelationship(reviewer, id, { workingVersion: String(relationship.workingVersion) });
    expect((await getWorkingRelationship(reviewer, id)).relationship.publicationState).toBe('PUBLISHED');
  });
});

describe('sending a record back', () => {
  it('makes it a draft again with the reviewer’s comment, which its author reads in the workspace', async () => {
    const { id } = await submitted();
    await sendBackExchange(reviewer, id, { note: 'Give the source of the date.' });

    const working = await getWorkingExchange(author, id);
    expect(working.fields.publicationState).toBe('DRAFT');
    expect(working.lastReview).toMatchObject({ action: 'SEND_BACK', note: 'Give the source of the date.', actor: { email: expect.any(String) } });
    expect((await listWorkspace(author)).find((exchange) => exchange.id === id)?.lastReview).toMatchObject({ action: 'SEND_BACK' });
    // Sending back changes nothing the record says, so the reviewer may still publish it later.
    expect((await getWorkingExchange(reviewer, id)).mayPublish).toBe(true);
  });

  it('refuses its author, a record not in review and a missing comment, leaving everything as it was', async () => {
    const { id } = await submitted();
    const before = await databaseFingerprint(database.db);
    expect(await refusal(sendBackExchange(author, id, { note: 'Looks fine to me' }))).toBe('FORBIDDEN');
    expect(await refusal(sendBackExchange(reviewer, id, { note: '  ' }))).toEqual(['note: required']);
    expect(await refusal(sendBackExchange(outsider, id, { note: 'Not mine' }))).toBe('FORBIDDEN');
    expect(await databaseFingerprint(database.db)).toBe(before);

    await sendBackExchange(reviewer, id, { note: 'Give the source of the date.' });
    expect(await refusal(sendBackExchange(reviewer, id, { note: 'Again' }))).toBe('CONFLICT');
  });
});

describe('the review queue', () => {
  it('lists what others submitted in the viewer’s cities, relationships included, and nothing of their own', async () => {
    const { id } = await submitted();
    const { id: relationshipId } = await createRelationship(author, {
      cityId: zibo.id,
      partnerCityId: liuzhou.id,
      kind: 'FRIENDSHIP_EXCHANGE',
      status: 'PROPOSED',
      endedPrecision: 'DAY',
      establishedPrecision: 'DAY',
      originalLanguage: 'zh',
      translation: 'HUMAN',
    });
    await submitRelationship(author, relationshipId);

    const queue = await listReviewQueue(reviewer);
    expect(queue.exchanges.map((exchange) => [exchange.id, exchange.submitted?.action])).toEqual([[id, 'SUBMIT']]);
    expect(queue.relationships.map((relationship) => relationship.id)).toEqual([relationshipId]);
    expect(await countReviewQueue(reviewer)).toBe(2);
    expect(await countReviewQueue(author)).toBe(0);
    expect(await countReviewQueue(outsider)).toBe(0);

    await sendBackRelationship(reviewer, relationshipId, { note: 'Which agreement?' });
    expect(await countReviewQueue(reviewer)).toBe(1);
  });
});
