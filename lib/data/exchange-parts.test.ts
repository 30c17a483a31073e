import { beforeEach, describe, expect, it } from 'vitest';
import { databaseFingerprint, setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { addPart, deletePart, isPartKind, type PartKindName, updatePart } from './exchange-parts';
import type { Viewer } from './viewer';
import { getWorkingExchange } from './workspace';

const database = setupTestDatabase();
const make = testFactories(() => database.db);

let staff: Viewer;
let exchangeId: string;

beforeEach(async () => {
  const [zibo, liuzhou] = [await make.city({ slug: 'zibo' }), await make.city({ slug: 'liuzhou' })];
  staff = await make.account('STAFF', [zibo.id]);
  exchangeId = (await make.exchange(zibo.id, liuzhou.id, { startDate: new Date('2023-05-05T00:00:00Z'), publicationState: 'DRAFT' })).id;
});

const participants = async () => (await getWorkingExchange(staff, exchangeId)).record.participants;

describe('participants', () => {
  it('makes a new person from the typed names, with the post held at the time', async () => {
    await addPart(staff, 'participant', exchangeId, {
      newPersonNameZh: '赵庆文',
      newPersonNameEn: 'Zhao Qingwen',
      side: 'VISITING',
      role: 'LEADER',
      postTitleZh: '淄博市副市长',
      postTitleEn: 'Vice Mayor of Zibo',
    });
    const [leader] = await participants();
    expect(leader).toMatchObject({ nameZh: '赵庆文', nameEn: 'Zhao Qingwen', role: 'LEADER', titleRecorded: true });
    expect(leader!.title).toEqual({ titleZh: '淄博市副市长', titleEn: 'Vice Mayor of Zibo' });
    const role = await database.db.personRole.findFirstOrThrow({ where: { personId: leader!.personId } });
    expect(role.attestedOn).toEqual(new Date('2023-05-05T00:00:00Z'));
    expect(await database.db.revision.count({ where: { entityType: { in: ['Person', 'PersonRole', 'Participant'] }, action: 'CREATE' } })).toBe(3);
  });

  it('picks a person on record and takes their title as of the exchange’s date', async () => {
    const person = await database.db.person.create({
      data: {
        nameZh: '张桂华',
        nameEn: 'Zhang Guihua',
        roles: {
          create: [
            { titleZh: '柳州市副市长', titleEn: 'Vice Mayor of Liuzhou', startDate: new Date('2020-01-01T00:00:00Z'), endDate: new Date('2022-12-31T00:00:00Z') },
            { titleZh: '柳州市市长', titleEn: 'Mayor of Liuzhou', startDate: new Date('2023-01-01T00:00:00Z') },
          ],
        },
      },
    });
    await addPart(staff, 'participant', exchangeId, { personId: person.id, side: 'HOST', role: 'HOST' });
    const [host] = await participants();
    expect(host).toMatchObject({ titleRecorded: false, title: { titleZh: '柳州市市长', titleEn: 'Mayor of Liuzhou' } });
    expect(await database.db.personRole.count()).toBe(2);
  });

  it('reuses a post the person already holds instead of recording it twice', async () => {
    const person = await database.db.person.create({ data: { nameZh: '李四', roles: { create: [{ titleZh: '主任', titleEn: 'Director' }] } } });
    await addPart(staff, 'participant', exchangeId, { personId: person.id, side: 'VISITING', role: 'MEMBER', postTitleZh: '主任', postTitleEn: 'Director' });
    expect(await database.db.personRole.count()).toBe(1);
  });

  it('names the problem and changes nothing: no person, both a person and a name, a title in one language, the same person twice', async () => {
    const person = await database.db.person.create({ data: { nameZh: '王五' } });
    await addPart(staff, 'participant', exchangeId, { personId: person.id, side: 'VISITING', role: 'MEMBER' });
    const before = await databaseFingerprint(database.db);
    const refusal = (input: Record<string, unknown>) => addPart(staff, 'participant', exchangeId, { side: 'VISITING', role: 'MEMBER', ...input }).catch((e) => e.details.validation.issues);
    expect(await refusal({})).toMatchObject([{ path: ['personId'], message: 'choosePerson' }]);
    expect(await refusal({ personId: person.id, newPersonNameZh: '王五' })).toMatchObject([{ path: ['newPersonNameZh'], message: 'personOrNewName' }]);
    expect(await refusal({ newPersonNameZh: '赵六', postTitleZh: '市长' })).toMatchObject([{ path: ['postTitleEn'], message: 'titleInBoth' }]);
    expect(await refusal({ personId: person.id })).toMatchObject([{ path: ['personId'], message: 'alreadyParticipant' }]);
    expect(await databaseFingerprint(database.db)).toBe(before);
  });

  it('changes a participant’s role and post, keeping the person', async () => {
    const { id } = await addPart(staff, 'participant', exchangeId, { newPersonNameEn: 'Zhao Qingwen', side: 'VISITING', role: 'MEMBER' });
    const personId = (await participants())[0]!.personId;
    await updatePart(staff, 'participant', id, { personId, side: 'VISITING', role: 'LEADER', postTitleZh: '副市长', postTitleEn: 'Vice Mayor', version: '1' });
    expect(await participants()).toMatchObject([{ personId, role: 'LEADER', title: { titleEn: 'Vice Mayor' } }]);
  });
});

describe('cooperation items', () => {
  const item = { titleZh: '淄博烧烤进柳州', titleEn: 'Zibo barbecue comes to Liuzhou', status: 'PROPOSED', originalLanguage: 'zh', translation: 'HUMAN' };

  it('remembers who proposed an item, and refuses someone not on record', async () => {
    const person = await database.db.person.create({ data: { nameZh: '赵庆文' } });
    await addPart(staff, 'cooperationItem', exchangeId, { ...item, proposedById: person.id });
    expect((await getWorkingExchange(staff, exchangeId)).record.cooperationItems).toMatchObject([{ proposedBy: { nameZh: '赵庆文' } }]);
    await expect(addPart(staff, 'cooperationItem', exchangeId, { ...item, proposedById: crypto.randomUUID() })).rejects.toMatchObject({
      details: { validation: { issues: [{ path: ['proposedById'], message: 'invalidId' }] } },
    });
  });
});

describe('events', () => {
  const symposium = { kind: 'SITE_VISIT', titleZh: '考察', titleEn: 'Inspection', originalLanguage: 'zh', translation: 'HUMAN' };

  it('records the sites an event visited, in order, and refuses an organization not on record', async () => {
    const [factory, company] = [
      await database.db.organization.create({ data: { nameZh: '螺蛳粉产业园', nameEn: 'Luosifen industrial park', kind: 'ENTERPRISE' } }),
      await database.db.organization.create({ data: { nameZh: '螺霸王', nameEn: 'Luobawang', kind: 'ENTERPRISE' } }),
    ];
    const { id } = await addPart(staff, 'event', exchangeId, { ...symposium, siteIds: [company.id, factory.id] });
    expect((await getWorkingExchange(staff, exchangeId)).record.events[0]!.sitesVisited.map((s) => s.nameEn)).toEqual(['Luobawang', 'Luosifen industrial park']);
    // Numbered choices come with blanks between and after them, which are skipped.
    await updatePart(staff, 'event', id, { ...symposium, siteIds: [factory.id, '', company.id, ''], version: '1' });
    expect((await getWorkingExchange(staff, exchangeId)).record.events[0]!.sitesVisited.map((s) => s.id)).toEqual([factory.id, company.id]);
    // The history says the order changed, in the terms of the sites themselves.
    const change = await database.db.revision.findFirstOrThrow({ where: { entityId: id, action: 'UPDATE' }, select: { changes: true } });
    expect(change.changes).toMatchObject({ siteIds: { from: [company.id, factory.id], to: [factory.id, company.id] } });

    const before = await databaseFingerprint(database.db);
    await expect(updatePart(staff, 'event', id, { ...symposium, siteIds: [crypto.randomUUID()], version: '2' })).rejects.toMatchObject({
      details: { validation: { issues: [{ path: ['siteIds'], message: 'invalidId' }] } },
    });
    expect(await databaseFingerprint(database.db)).toBe(before);
  });

  it('records a place not on record by the name typed, in its place in the order, and refuses a row that is both', async () => {
    const company = await database.db.organization.create({ data: { nameZh: '螺霸王', nameEn: 'Luobawang', kind: 'ENTERPRISE' } });
    const { id } = await addPart(staff, 'event', exchangeId, {
      ...symposium,
      siteIds: ['', company.id, ''],
      siteNamesZh: ['柳州工业博物馆', '', ''],
      siteNamesEn: ['', '', 'Baisha fish farm'],
    });
    expect((await getWorkingExchange(staff, exchangeId)).record.events[0]!.sitesVisited).toEqual([
      { id: null, nameZh: '柳州工业博物馆', nameEn: null },
      { id: company.id, nameZh: '螺霸王', nameEn: 'Luobawang' },
      { id: null, nameZh: null, nameEn: 'Baisha fish farm' },
    ]);

    const before = await databaseFingerprint(database.db);
    const both = { ...symposium, siteIds: ['', company.id], siteNamesZh: ['柳州工业博物馆', '螺霸王公司'], version: '1' };
    await expect(updatePart(staff, 'event', id, both)).rejects.toMatchObject({
      details: { validation: { issues: [{ path: ['siteIds', 1], message: 'siteOrName' }] } },
    });
    // A problem with a typed name is one with its row, where the form shows it.
    await expect(updatePart(staff, 'event', id, { ...symposium, siteNamesEn: ['', 'x'.repeat(201)], version: '1' })).rejects.toMatchObject({
      details: { validation: { issues: [{ path: ['siteIds', 1], message: 'tooLong' }] } },
    });
    expect(await databaseFingerprint(database.db)).toBe(before);
  });
});

describe('kinds of part', () => {
  it('are named by their own names only, never by what every object inherits', async () => {
    expect(['event', 'cooperationItem'].every(isPartKind)).toBe(true);
    expect(['constructor', '__proto__', 'toString', 'hasOwnProperty', '', 'events', 1, null].some(isPartKind)).toBe(false);
    const before = await databaseFingerprint(database.db);
    for (const kind of ['constructor', '__proto__', 'toString']) {
      await expect(addPart(staff, kind as PartKindName, exchangeId, {})).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(updatePart(staff, kind as PartKindName, exchangeId, {})).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(deletePart(staff, kind as PartKindName, exchangeId, {})).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await databaseFingerprint(database.db)).toBe(before);
  });
});
