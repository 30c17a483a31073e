import { beforeEach, describe, expect, it } from 'vitest';
import { databaseFingerprint, setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { listDeletedRecords, restoreDeletedPart } from './deleted-records';
import { deleteExchange, publishExchange } from './exchange-editing';
import { addPart, deletePart, recordProgress } from './exchange-parts';
import type { Viewer } from './viewer';
import { getExchangeHistory, getWorkingExchange } from './workspace';

const database = setupTestDatabase();
const make = testFactories(() => database.db);

let zibo: { id: string };
let liuzhou: { id: string };
let exchangeId: string;
let author: Viewer;
let reviewer: Viewer;
let outsider: Viewer;

beforeEach(async () => {
  const guangzhou = await make.city({ slug: 'guangzhou' });
  [zibo, liuzhou] = [await make.city({ slug: 'zibo' }), await make.city({ slug: 'liuzhou' })];
  exchangeId = (await make.exchange(zibo.id, liuzhou.id)).id;
  const user = async (email: string, cityId: string): Promise<Viewer> => {
    const account = await database.db.user.create({ data: { email, name: email.split('@')[0], role: 'STAFF', cities: { create: [{ cityId }] } } });
    return { kind: 'user', id: account.id, role: 'STAFF', cityIds: [cityId] };
  };
  [author, reviewer, outsider] = [
    await user('author@zibo.example', zibo.id),
    await user('reviewer@liuzhou.example', liuzhou.id),
    await user('staff@guangzhou.example', guangzhou.id),
  ];
});

const written = { originalLanguage: 'zh', translation: 'HUMAN' } as const;
const symposium = { kind: 'SYMPOSIUM', titleZh: '座谈会', titleEn: 'Symposium', descriptionZh: '当日举行', descriptionEn: 'Held the same day', date: '2024-03-02', ...written };

/** The DELETE revision of a part, as the list of deleted records names it. */
async function deletionOf(partId: string): Promise<string> {
  const { parts } = await listDeletedRecords(author);
  const part = parts.find((p) => p.id === partId);
  if (!part) throw new Error(`${partId} is not listed as deleted`);
  return part.revisionId;
}

describe('restoring a deleted part', () => {
  it('brings an event back with its id, fields, sources and sites, and makes the exchange a draft again', async () => {
    const { id } = await addPart(author, 'event', exchangeId, symposium);
    const source = await database.db.source.create({
      data: { slug: 'workers-daily', kind: 'NEWS_REPORT', publicationZh: '工人日报', publicationEn: "Workers' Daily", language: 'en' },
    });
    const site = await database.db.organization.create({ data: { nameZh: '螺霸王', nameEn: 'Luobawang', kind: 'ENTERPRISE' } });
    await database.db.citation.create({ data: { exchangeId, sourceId: source.id, subjectKind: 'EVENT', subjectId: id, locator: 'paragraph 3' } });
    await database.db.eventSite.createMany({ data: [{ eventId: id, position: 0, organizationId: site.id }, { eventId: id, position: 1, nameZh: '柳州工业博物馆' }] });
    const before = await database.db.event.findUniqueOrThrow({ where: { id } });

    await deletePart(author, 'event', id, { version: '1', note: 'Entered twice' });
    await publishExchange(reviewer, exchangeId);
    const listed = (await listDeletedRecords(author)).parts;
    expect(listed).toEqual([
      expect.objectContaining({ kind: 'event', id, titleEn: 'Symposium', exchange: expect.objectContaining({ id: exchangeId }), deletedBy: expect.objectContaining({ email: 'author@zibo.example' }) }),
    ]);

    const restored = await restoreDeletedPart(reviewer, listed[0]!.revisionId, { note: 'Not a duplicate after all' });
    expect(restored).toEqual({ kind: 'event', id, exchangeId, cleared: [] });
    const after = await database.db.event.findUniqueOrThrow({ where: { id } });
    expect(after).toEqual({ ...before, version: 2, updatedAt: expect.any(Date) });
    expect(await database.db.citation.findMany({ where: { subjectId: id } })).toEqual([expect.objectContaining({ sourceId: source.id, locator: 'paragraph 3' })]);
    expect(await database.db.eventSite.findMany({ where: { eventId: id }, orderBy: { position: 'asc' } })).toEqual([
      expect.objectContaining({ organizationId: site.id }),
      expect.objectContaining({ organizationId: null, nameZh: '柳州工业博物馆', nameEn: null }),
    ]);

    expect((await getWorkingExchange(author, exchangeId)).fields.publicationState).toBe('DRAFT');
    const { revisions, restorable } = await getExchangeHistory(author, exchangeId);
    expect(revisions[0]).toMatchObject({ action: 'RESTORE', entityType: 'Event', entityId: id, version: 2, note: 'Not a duplicate after all' });
    expect(restorable.size).toBe(0);
    expect((await listDeletedRecords(author)).parts).toEqual([]);
  });

  it('brings a cooperation item back with its responsible and partner cities and its progress log', async () => {
    const { id } = await addPart(author, 'cooperationItem', exchangeId, {
      titleZh: '文旅合作',
      titleEn: 'Tourism cooperation',
      status: 'PROPOSED',
      responsibleCityIds: [zibo.id],
      partnerCityIds: [liuzhou.id],
      ...written,
    });
    await recordProgress(author, id, {
      version: '1',
      occurredOn: '2024-06-01',
      status: 'IN_PROGRESS',
      progress: '40',
      noteZh: '线路已开通',
      noteEn: 'Routes launched',
      evidenceUrl: 'https://example.org/news/1',
      ...written,
    });
    await deletePart(author, 'cooperationItem', id, { version: '2' });
    expect(await database.db.cooperationParty.count()).toBe(0);

    await restoreDeletedPart(author, await deletionOf(id));
    const item = await database.db.cooperationItem.findUniqueOrThrow({
      where: { id },
      include: { parties: true, updates: { include: { evidence: true } } },
    });
    expect(item).toMatchObject({ status: 'IN_PROGRESS', progress: 40, version: 3 });
    expect(item.parties.map((p) => [p.role, p.cityId])).toEqual(expect.arrayContaining([['RESPONSIBLE', zibo.id], ['PARTNER', liuzhou.id]]));
    expect(item.updates.map((u) => [u.noteEn, u.evidence.map((e) => e.url)])).toEqual([['Routes launched', ['https://example.org/news/1']]]);
  });

  it('empties a link to an event deleted meanwhile, and says so', async () => {
    const { id: eventId } = await addPart(author, 'event', exchangeId, symposium);
    const { id: topicId } = await addPart(author, 'topic', exchangeId, { eventId, titleZh: '文旅融合', titleEn: 'Culture and tourism', ...written });
    await deletePart(author, 'topic', topicId, { version: '1' });
    await deletePart(author, 'event', eventId, { version: '1' });

    const restored = await restoreDeletedPart(author, await deletionOf(topicId));
    expect(restored.cleared).toEqual(['eventId']);
    expect(await database.db.topic.findUniqueOrThrow({ where: { id: topicId } })).toMatchObject({ eventId: null, titleEn: 'Culture and tourism' });
    expect((await listDeletedRecords(author)).parts.map((p) => p.kind)).toEqual(['event']);
  });

  it('neither offers nor restores a practice whose city is gone, since a practice is a city’s', async () => {
    const lanzhou = await make.city({ slug: 'lanzhou' });
    const { id } = await addPart(author, 'practice', exchangeId, { cityId: lanzhou.id, titleZh: '做法', titleEn: 'Practice', ...written });
    await deletePart(author, 'practice', id, { version: '1' });
    await database.db.city.delete({ where: { id: lanzhou.id } });
    expect((await listDeletedRecords(author)).parts).toEqual([]);
    const { id: revisionId } = await database.db.revision.findFirstOrThrow({ where: { entityId: id, action: 'DELETE' } });
    const before = await databaseFingerprint(database.db);
    await expect(restoreDeletedPart(author, revisionId)).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'cityGone' } });
    expect(await databaseFingerprint(database.db)).toBe(before);
  });
  it('lists a deleted participant by name and brings them back; once the person is gone, neither', async () => {
    const person = await database.db.person.create({ data: { nameZh: '赵庆文', nameEn: 'Zhao Qingwen' } });
    const { id } = await addPart(author, 'participant', exchangeId, { personId: person.id, side: 'VISITING', role: 'LEADER' });
    await deletePart(author, 'participant', id, { version: '1' });
    const listed = (await listDeletedRecords(author)).parts.find((p) => p.id === id);
    expect(listed).toMatchObject({ kind: 'participant', titleZh: '赵庆文', titleEn: 'Zhao Qingwen' });
    await restoreDeletedPart(author, listed!.revisionId);
    expect((await getWorkingExchange(author, exchangeId)).record.participants).toMatchObject([{ id, nameEn: 'Zhao Qingwen' }]);

    await deletePart(author, 'participant', id, { version: '2' });
    await database.db.person.delete({ where: { id: person.id } });
    // Someone gone for good is not offered for restoring, and a forged restore is refused.
    expect((await listDeletedRecords(author)).parts).toEqual([]);
    const deletion = await database.db.revision.findFirstOrThrow({ where: { entityId: id, action: 'DELETE' }, orderBy: { createdAt: 'desc' } });
    const before = await databaseFingerprint(database.db);
    await expect(restoreDeletedPart(author, deletion.id)).rejects.toMatchObject({ details: { reason: 'personGone' } });
    expect(await databaseFingerprint(database.db)).toBe(before);
  });
});

describe('refusals that leave everything as it was', () => {
  it('refuses to restore what has been restored already, and offers only the latest of two deletions', async () => {
    const { id } = await addPart(author, 'event', exchangeId, symposium);
    await deletePart(author, 'event', id, { version: '1' });
    const first = await deletionOf(id);
    await restoreDeletedPart(author, first);

    const before = await databaseFingerprint(database.db);
    await expect(restoreDeletedPart(reviewer, first)).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'alreadyRestored' } });
    expect(await databaseFingerprint(database.db)).toBe(before);

    await deletePart(author, 'event', id, { version: '2' });
    const second = await deletionOf(id);
    expect(second).not.toBe(first);
    await expect(restoreDeletedPart(author, first)).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'alreadyRestored' } });
    await restoreDeletedPart(author, second);
    expect(await database.db.event.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 3 });
  });

  it('refuses a part of a deleted exchange until the exchange is restored', async () => {
    const { id } = await addPart(author, 'event', exchangeId, symposium);
    await deletePart(author, 'event', id, { version: '1' });
    const revisionId = await deletionOf(id);
    await deleteExchange(author, exchangeId);

    const listed = await listDeletedRecords(author);
    expect(listed.exchanges).toEqual([expect.objectContaining({ id: exchangeId, deletedBy: expect.objectContaining({ email: 'author@zibo.example' }) })]);
    expect(listed.parts).toEqual([]);

    const before = await databaseFingerprint(database.db);
    await expect(restoreDeletedPart(author, revisionId)).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'exchangeDeleted' } });
    await expect(restoreDeletedPart(outsider, revisionId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await databaseFingerprint(database.db)).toBe(before);
  });

  it('shows staff only what belongs to their cities, and refuses the rest', async () => {
    const { id } = await addPart(author, 'event', exchangeId, symposium);
    await deletePart(author, 'event', id, { version: '1' });
    const revisionId = await deletionOf(id);
    expect(await listDeletedRecords(outsider)).toEqual({ exchanges: [], parts: [] });

    const before = await databaseFingerprint(database.db);
    await expect(restoreDeletedPart(outsider, revisionId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(restoreDeletedPart(author, exchangeId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(restoreDeletedPart(author, 'not-an-id')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await databaseFingerprint(database.db)).toBe(before);
  });
});
