import { beforeEach, describe, expect, it } from 'vitest';
import type { AppError } from '../errors';
import { databaseFingerprint, setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import {
  addPersonRole,
  createPerson,
  deletePerson,
  deletePersonRole,
  getPerson,
  listPeople,
  mergePeople,
  suggestPeople,
  proposePersonMerge,
  listMergeProposals,
  dismissMergeProposal,
  getPersonAndNamesakes,
  updatePerson,
  updatePersonRole,
} from './people';
import type { Viewer } from './viewer';

const database = setupTestDatabase();
const make = testFactories(() => database.db);

let admin: Viewer;
let zibo: { id: string };
let liuzhou: { id: string };

beforeEach(async () => {
  admin = await make.account('ADMIN');
  [zibo, liuzhou] = [await make.city({ slug: 'zibo' }), await make.city({ slug: 'liuzhou' })];
});

const mayor = { titleZh: '淄博市市长', titleEn: 'Mayor of Zibo', attestedOn: '2023-05-05' };
const fieldsOf = (error: unknown) => (error as AppError).details.validation?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('writing people and their posts', () => {
  it('creates, finds, changes and deletes a person, keeping each step in its history', async () => {
    const { id } = await createPerson(admin, { nameEn: 'Zhao Qingwen' });
    expect((await listPeople(admin, { query: 'qingwen' })).items.map((p) => p.nameEn)).toEqual(['Zhao Qingwen']);
    await updatePerson(admin, id, { nameZh: '赵庆文', nameEn: 'Zhao Qingwen', version: '1' });
    const { id: roleId } = await addPersonRole(admin, id, mayor);
    await updatePersonRole(admin, roleId, { ...mayor, startDate: '2021-12-01', version: '1' });

    const person = await getPerson(admin, id);
    expect(person.fields).toMatchObject({ nameZh: '赵庆文', nameEn: 'Zhao Qingwen', version: 2 });
    expect(person.roles.map((r) => [r.titleEn, r.startDate?.toISOString().slice(0, 10)])).toEqual([['Mayor of Zibo', '2021-12-01']]);
    expect(person.history.map((r) => [r.entityType, r.action])).toEqual([
      ['PersonRole', 'UPDATE'],
      ['PersonRole', 'CREATE'],
      ['Person', 'UPDATE'],
      ['Person', 'CREATE'],
    ]);

    await deletePersonRole(admin, roleId, { version: '2' });
    await deletePerson(admin, id, { version: '2' });
    await expect(getPerson(admin, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('needs a name in at least one language, and a post that ends after it starts', async () => {
    expect(fieldsOf(await createPerson(admin, { nameZh: ' ', nameEn: '' }).catch((e: unknown) => e))).toEqual([['nameZh', 'nameNeeded']]);
    const { id } = await createPerson(admin, { nameZh: '赵庆文' });
    const error = await addPersonRole(admin, id, { ...mayor, startDate: '2023-01-01', endDate: '2022-01-01' }).catch((e: unknown) => e);
    expect(fieldsOf(error)).toEqual([['endDate', 'endBeforeStart']]);
  });

  it('refuses the second of two saves from the same version, saying what the first changed', async () => {
    const { id } = await createPerson(admin, { nameZh: '赵庆文' });
    await updatePerson(admin, id, { nameZh: '赵庆文', nameEn: 'Zhao Qingwen', version: '1' });
    await expect(updatePerson(admin, id, { nameZh: '趙慶文', version: '1' })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { conflict: [{ field: 'nameEn', theirs: 'Zhao Qingwen' }] },
    });
  });

  it('refuses to delete a person, or a post, that an exchange refers to', async () => {
    const exchange = await make.exchange(zibo.id, liuzhou.id);
    const { id } = await createPerson(admin, { nameZh: '赵庆文' });
    const { id: roleId } = await addPersonRole(admin, id, mayor);
    await database.db.participant.create({ data: { exchangeId: exchange.id, personId: id, personRoleId: roleId, side: 'VISITING', role: 'LEADER' } });
    expect((await getPerson(admin, id)).usage).toEqual({ participations: 1 });
    const before = await databaseFingerprint(database.db);
    await expect(deletePerson(admin, id, { version: '1' })).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'inUse' } });
    await expect(deletePersonRole(admin, roleId, { version: '1' })).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'inUse' } });
    expect(await databaseFingerprint(database.db)).toBe(before);
  });
});

describe('merging two entries for one person', () => {
  /**
   * 赵庆文, entered from a Chinese report, led the delegation of exchange A. "Zhao Qingwen", entered
   * from an English one, is also listed in A (with that report as its source), led the published
   * exchange B, spoke there as Mayor of Zibo, asked a question and proposed an item.
   */
  async function twoEntriesForZhao() {
    const db = database.db;
    const [a, b] = [await make.exchange(zibo.id, liuzhou.id, { publicationState: 'DRAFT' }), await make.exchange(zibo.id, liuzhou.id)];
    const source = await db.source.create({ data: { slug: 'workers-daily', kind: 'NEWS_REPORT', publicationZh: '工人日报', publicationEn: 'Workers’ Daily', language: 'en' } });
    const kept = await db.person.create({ data: { nameZh: '赵庆文', roles: { create: [{ ...mayor, attestedOn: new Date('2023-05-05') }] } }, include: { roles: true } });
    const duplicate = await db.person.create({
      data: {
        nameEn: 'Zhao Qingwen',
        roles: { create: [{ ...mayor, attestedOn: new Date('2023-05-05') }, { titleZh: '淄博市副市长', titleEn: 'Vice Mayor of Zibo', attestedOn: new Date('2020-01-01') }] },
        identifiers: { create: [{ scheme: 'wikidata', value: 'Q0000001' }] },
      },
      include: { roles: true },
    });
    const duplicateMayor = duplicate.roles.find((r) => r.titleEn === 'Mayor of Zibo')!;
    await db.participant.create({ data: { exchangeId: a.id, personId: kept.id, side: 'VISITING', role: 'LEADER' } });
    const listedTwice = await db.participant.create({ data: { exchangeId: a.id, personId: duplicate.id, side: 'VISITING', role: 'MEMBER' } });
    await db.citation.create({ data: { exchangeId: a.id, sourceId: source.id, subjectKind: 'PARTICIPANT', subjectId: listedTwice.id } });
    await db.participant.create({ data: { exchangeId: b.id, personId: duplicate.id, personRoleId: duplicateMayor.id, side: 'VISITING', role: 'LEADER' } });
    const statement = await db.statement.create({
      data: { exchangeId: b.id, speakerId: duplicate.id, speakerRoleId: duplicateMayor.id, kind: 'REMARK', form: 'PARAPHRASE', textZh: '讲话', textEn: 'Remarks', originalLanguage: 'en', translation: 'HUMAN' },
    });
    await db.question.create({ data: { exchangeId: b.id, askedById: duplicate.id, textZh: '问题', textEn: 'Question', originalLanguage: 'en', translation: 'HUMAN' } });
    await db.cooperationItem.create({ data: { exchangeId: b.id, proposedById: duplicate.id, titleZh: '合作', titleEn: 'Cooperation', originalLanguage: 'en', translation: 'HUMAN' } });
    return { a, b, kept, duplicate, statement };
  }

  it('moves everything to the kept entry, fills its missing name and deletes the duplicate', async () => {
    const { a, b, kept, duplicate, statement } = await twoEntriesForZhao();
    const { sharedExchangeIds } = await mergePeople(admin, { keepId: kept.id, mergeId: duplicate.id, keepVersion: '1', mergeVersion: '1', note: 'Same mayor' });
    expect(sharedExchangeIds).toEqual([a.id]);

    const db = database.db;
    expect(await db.person.findUnique({ where: { id: duplicate.id } })).toBeNull();
    const person = await getPerson(admin, kept.id);
    expect(person.fields).toMatchObject({ nameZh: '赵庆文', nameEn: 'Zhao Qingwen', version: 2 });
    expect(person.identifiers.map((i) => i.value)).toEqual(['Q0000001']);
    // The post both entries held is kept once; the other one moves over.
    expect(person.roles.map((r) => r.titleEn)).toEqual(['Mayor of Zibo', 'Vice Mayor of Zibo']);
    const keptMayor = person.roles.find((r) => r.titleEn === 'Mayor of Zibo')!;
    expect(keptMayor.id).toBe(kept.roles[0]!.id);
    expect(person.usage).toEqual({ participations: 2, statements: 1, questions: 1, proposals: 1 });

    // Listed twice in A: the kept entry's participation stays as it was, with the duplicate's source.
    const inA = await db.participant.findMany({ where: { exchangeId: a.id } });
    expect(inA.map((p) => [p.personId, p.role])).toEqual([[kept.id, 'LEADER']]);
    expect(await db.citation.findMany({ where: { subjectKind: 'PARTICIPANT' }, select: { subjectId: true } })).toEqual([{ subjectId: inA[0]!.id }]);
    expect(await db.revision.count({ where: { entityType: 'Citation', action: 'UPDATE', exchangeId: a.id } })).toBe(1);
    const inB = await db.participant.findFirstOrThrow({ where: { exchangeId: b.id } });
    expect([inB.personId, inB.personRoleId, inB.version]).toEqual([kept.id, keptMayor.id, 3]);
    expect(await db.statement.findUniqueOrThrow({ where: { id: statement.id } })).toMatchObject({ speakerId: kept.id, speakerRoleId: keptMayor.id });

    // Both entries' histories, and the exchanges' own, record the merge.
    expect(person.history[0]).toMatchObject({
      entityType: 'Person',
      action: 'UPDATE',
      note: 'Same mayor',
      changes: { nameEn: { from: null, to: 'Zhao Qingwen' }, mergedFrom: { from: null, to: 'Zhao Qingwen' } },
    });
    const gone = await db.revision.findFirstOrThrow({ where: { entityType: 'Person', entityId: duplicate.id, action: 'DELETE' } });
    expect(gone.changes).toMatchObject({ mergedInto: { from: null, to: kept.id } });
    const inHistoryOfB = await db.revision.findMany({ where: { exchangeId: b.id }, select: { entityType: true, changes: true } });
    expect(inHistoryOfB.map((r) => `${r.entityType}.${Object.keys(r.changes as object).join()}`).sort()).toEqual([
      'CooperationItem.proposedById',
      'Participant.personId',
      'Participant.personRoleId',
      'Question.askedById',
      'Statement.speakerId',
      'Statement.speakerRoleId',
    ]);
    // B was published: the public copy still names the duplicate until someone publishes the change.
    expect((await db.exchange.findUniqueOrThrow({ where: { id: b.id } })).publicationState).toBe('DRAFT');
  });

  it('refuses to merge an entry with itself', async () => {
    const { kept } = await twoEntriesForZhao();
    const before = await databaseFingerprint(database.db);
    await expect(mergePeople(admin, { keepId: kept.id, mergeId: kept.id, keepVersion: '1', mergeVersion: '1' })).rejects.toMatchObject({
      code: 'INVALID',
      details: { reason: 'sameEntry' },
    });
    expect(await databaseFingerprint(database.db)).toBe(before);
  });

  it('refuses a merge from a stale view of either entry and leaves everything as it was', async () => {
    const { kept, duplicate } = await twoEntriesForZhao();
    await updatePerson(admin, duplicate.id, { nameEn: 'Zhao Qing-wen', version: '1' });
    const before = await databaseFingerprint(database.db);
    await expect(mergePeople(admin, { keepId: kept.id, mergeId: duplicate.id, keepVersion: '1', mergeVersion: '1' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(mergePeople(admin, { keepId: kept.id, mergeId: duplicate.id, keepVersion: '2', mergeVersion: '2' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(await databaseFingerprint(database.db)).toBe(before);
  });
});

describe('finding people however their names are typed', () => {
  it('suggests people by a beginning of their name in either script or language, with their posts and cities', async () => {
    const government = await database.db.organization.create({ data: { nameZh: '淄博市人民政府', nameEn: 'Zibo Municipal People’s Government', kind: 'GOVERNMENT', cityId: zibo.id } });
    const { id } = await createPerson(admin, { nameZh: '赵庆文', nameEn: 'Zhao Qingwen' });
    await addPersonRole(admin, id, { ...mayor, organizationId: government.id });
    await createPerson(admin, { nameZh: '張壯', nameEn: '' });
    const staff = await make.account('STAFF', [zibo.id]);
    const names = async (typed: string) => (await suggestPeople(staff, typed)).map((person) => person.nameZh);
    for (const typed of ['赵庆', '趙慶文', 'zhao qing', 'ZhaoQingwen']) expect(await names(typed)).toEqual(['赵庆文']);
    expect(await names('张壮')).toEqual(['張壯']);
    expect(await names('赵')).toEqual([]);
    const [zhao] = await suggestPeople(staff, 'zhao');
    expect(zhao!.roles).toMatchObject([{ titleZh: '淄博市市长', organization: { city: { nameEn: expect.any(String) } } }]);
  });

  it('keeps a person added in another city’s draft from other cities’ staff', async () => {
    await database.db.person.create({ data: { nameZh: '李未发', pending: true, keyZh: '李未发', keyPinyin: 'liweifa' } });
    const staff = await make.account('STAFF', [liuzhou.id]);
    expect(await suggestPeople(staff, 'li wei')).toEqual([]);
    expect(await suggestPeople(admin, 'li wei')).toHaveLength(1);
  });
});

describe('proposals that two entries are one person', () => {
  it('are made by staff, listed for admins, and gone once the entries are merged or the proposal dismissed', async () => {
    const staff = await make.account('STAFF', [zibo.id]);
    const [a, b, c] = [await createPerson(admin, { nameZh: '赵庆文' }), await createPerson(admin, { nameEn: 'Zhao Qingwen' }), await createPerson(admin, { nameZh: '趙慶文' })];
    await proposePersonMerge(staff, { keepId: a.id, mergeId: b.id, note: '同一位市长' });
    await proposePersonMerge(staff, { keepId: a.id, mergeId: c.id });
    const before = await databaseFingerprint(database.db);
    for (const [input, refusal] of [
      [{ keepId: b.id, mergeId: a.id }, 'alreadyProposed'],
      [{ keepId: a.id, mergeId: a.id }, 'sameEntry'],
    ] as const) {
      await expect(proposePersonMerge(staff, input)).rejects.toMatchObject(refusal === 'sameEntry' ? { details: { reason: 'sameEntry' } } : { details: { validation: { issues: [{ message: refusal }] } } });
    }
    expect(await databaseFingerprint(database.db)).toBe(before);
    await expect(listMergeProposals(staff)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const proposals = await listMergeProposals(admin);
    expect(proposals.map((proposal) => [proposal.keep.nameZh, proposal.merge.nameEn ?? proposal.merge.nameZh, proposal.note])).toEqual([
      ['赵庆文', 'Zhao Qingwen', '同一位市长'],
      ['赵庆文', '趙慶文', null],
    ]);
    await mergePeople(admin, { keepId: a.id, mergeId: b.id, keepVersion: '1', mergeVersion: '1' });
    await dismissMergeProposal(admin, proposals[1]!.id);
    expect(await listMergeProposals(admin)).toEqual([]);
  });

  it('offer staff the entries of a similar name, and refuse an entry they may not see', async () => {
    const staff = await make.account('STAFF', [liuzhou.id]);
    const [a, b] = [await createPerson(admin, { nameZh: '张壮', nameEn: 'Zhang Zhuang' }), await createPerson(admin, { nameZh: '張壯' })];
    const hidden = await database.db.person.create({ data: { nameZh: '张壮', pending: true, keyZh: '张壮', keyPinyin: 'zhangzhuang' } });
    const { namesakes } = await getPersonAndNamesakes(staff, a.id);
    expect(namesakes.map((person) => person.id)).toEqual([b.id]);
    await expect(proposePersonMerge(staff, { keepId: a.id, mergeId: hidden.id })).rejects.toMatchObject({ details: { validation: { issues: [{ message: 'invalidId' }] } } });
    await expect(getPersonAndNamesakes(staff, hidden.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
