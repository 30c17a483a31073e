import { beforeEach, expect, it } from 'vitest';
import { databaseFingerprint, setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { deleteExchange } from './exchange-editing';
import { addPart } from './exchange-parts';
import { addSource, citeSource, getSourceForEditing, removeCitation, updateSource } from './sources';
import type { Viewer } from './viewer';
import { getWorkingExchange } from './workspace';

const database = setupTestDatabase();
const make = testFactories(() => database.db);

let ziboStaff: Viewer;
let zibo: { id: string };
let liuzhou: { id: string };
let exchangeId: string;

const report = { kind: 'NEWS_REPORT', publicationZh: '工人日报', publicationEn: 'Workers’ Daily', publishedOn: '2023-05-16', url: 'https://example.org/a', language: 'zh' };

beforeEach(async () => {
  [zibo, liuzhou] = [await make.city({ slug: 'zibo' }), await make.city({ slug: 'liuzhou' })];
  ziboStaff = await make.account('STAFF', [zibo.id]);
  exchangeId = (await make.exchange(zibo.id, liuzhou.id)).id;
});

it('adds a source cited for the exchange, with a readable key, and makes the record a draft', async () => {
  const { id } = await addSource(ziboStaff, exchangeId, report);
  const working = await getWorkingExchange(ziboStaff, exchangeId);
  expect(working.fields.publicationState).toBe('DRAFT');
  expect(working.record.sources).toMatchObject([{ id, number: 1, publicationEn: 'Workers’ Daily' }]);
  expect(working.record.citations).toMatchObject([{ number: 1, locator: null }]);
  expect(await database.db.source.findUniqueOrThrow({ where: { id } })).toMatchObject({ slug: '2023-05-16-workers-daily' });
  await addSource(ziboStaff, exchangeId, report);
  expect(await database.db.source.count({ where: { slug: '2023-05-16-workers-daily-2' } })).toBe(1);
});

it('cites a source for a part of the exchange and takes the citation back', async () => {
  const { id: sourceId } = await addSource(ziboStaff, exchangeId, report);
  const event = await addPart(ziboStaff, 'event', exchangeId, { kind: 'SYMPOSIUM', titleZh: '座谈会', titleEn: 'Symposium', originalLanguage: 'zh', translation: 'HUMAN' });
  const citation = await citeSource(ziboStaff, exchangeId, { sourceId, subjectKind: 'EVENT', subjectId: event.id, locator: 'para. 3' });
  expect((await getWorkingExchange(ziboStaff, exchangeId)).record.events[0]!.citations).toMatchObject([{ number: 1, locator: 'para. 3' }]);
  await removeCitation(ziboStaff, citation.id);
  expect((await getWorkingExchange(ziboStaff, exchangeId)).record.events[0]!.citations).toEqual([]);
  expect(await database.db.revision.count({ where: { entityType: 'Citation' } })).toBe(3);
});

it('refuses a citation of another exchange’s part, the same citation twice, and an unknown source, changing nothing', async () => {
  const { id: sourceId } = await addSource(ziboStaff, exchangeId, report);
  const other = await make.exchange(zibo.id, liuzhou.id);
  const elsewhere = await database.db.event.create({
    data: { exchangeId: other.id, kind: 'MEETING', titleZh: '会见', titleEn: 'Meeting', originalLanguage: 'zh', translation: 'HUMAN' },
  });
  const before = await databaseFingerprint(database.db);
  const issue = (input: Record<string, unknown>) => citeSource(ziboStaff, exchangeId, input).catch((e) => e.details.validation.issues[0]);
  expect(await issue({ sourceId, subjectKind: 'EVENT', subjectId: elsewhere.id })).toMatchObject({ path: ['subjectId'], message: 'invalidId' });
  expect(await issue({ sourceId, subjectKind: 'EXCHANGE', subjectId: exchangeId })).toMatchObject({ path: ['sourceId'], message: 'alreadyCited' });
  expect(await issue({ sourceId: crypto.randomUUID(), subjectKind: 'EXCHANGE', subjectId: exchangeId })).toMatchObject({ path: ['sourceId'], message: 'invalidId' });
  expect(await databaseFingerprint(database.db)).toBe(before);
});

it('lets staff change a shared source only when they may edit every exchange that cites it', async () => {
  const { id: sourceId } = await addSource(ziboStaff, exchangeId, report);
  const [guangzhou, shenzhen] = [await make.city(), await make.city()];
  const elsewhere = await make.exchange(guangzhou.id, shenzhen.id);
  const admin = await make.account('ADMIN');
  await citeSource(admin, elsewhere.id, { sourceId, subjectKind: 'EXCHANGE', subjectId: elsewhere.id });
  expect(await getSourceForEditing(ziboStaff, exchangeId, sourceId)).toMatchObject({ otherExchanges: 1 });

  const before = await databaseFingerprint(database.db);
  await expect(updateSource(ziboStaff, exchangeId, sourceId, { ...report, publicationEn: 'Changed', version: '1' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  expect(await databaseFingerprint(database.db)).toBe(before);

  await updateSource(admin, exchangeId, sourceId, { ...report, publicationEn: 'Workers Daily', version: '1' });
  expect(await database.db.exchange.findUniqueOrThrow({ where: { id: elsewhere.id } })).toMatchObject({ publicationState: 'DRAFT' });
});

it('keeps a source editable when an exchange that cites it is deleted', async () => {
  const { id: sourceId } = await addSource(ziboStaff, exchangeId, report);
  const other = await make.exchange(zibo.id, liuzhou.id);
  await citeSource(ziboStaff, other.id, { sourceId, subjectKind: 'EXCHANGE', subjectId: other.id });
  await deleteExchange(ziboStaff, other.id);
  expect(await getSourceForEditing(ziboStaff, exchangeId, sourceId)).toMatchObject({ otherExchanges: 0 });
  await updateSource(ziboStaff, exchangeId, sourceId, { ...report, publicationEn: 'Workers Daily', version: '1' });
  expect(await database.db.source.findUniqueOrThrow({ where: { id: sourceId } })).toMatchObject({ publicationEn: 'Workers Daily' });
});
