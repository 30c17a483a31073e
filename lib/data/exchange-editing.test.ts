import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { databaseFingerprint, setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import {
  createExchange,
  deleteExchange,
  publishExchange,
  reinstateExchange,
  restoreDeletedExchange,
  submitExchange,
  updateExchange,
  withdrawExchange,
} from './exchange-editing';
import { addPart, recordProgress, updatePart } from './exchange-parts';
import { getExchangeRecord, listTimeline } from './exchanges';
import { inTransaction } from './mutation';
import type { Viewer } from './viewer';
import { getExchangeHistory, getWorkingExchange, listWorkspace } from './workspace';

const database = setupTestDatabase();
const make = testFactories(() => database.db);

let zibo: { id: string };
let liuzhou: { id: string };
let author: Viewer;
let reviewer: Viewer;
let admin: Viewer;

beforeEach(async () => {
  [zibo, liuzhou] = [await make.city({ slug: 'zibo' }), await make.city({ slug: 'liuzhou' })];
  const user = (email: string, role: 'ADMIN' | 'STAFF', cityIds: string[]) =>
    database.db.user.create({ data: { email, role, cities: { create: cityIds.map((cityId) => ({ cityId })) } } });
  const [a, r, ad] = [
    await user('author@zibo.example', 'STAFF', [zibo.id]),
    await user('reviewer@liuzhou.example', 'STAFF', [liuzhou.id]),
    await user('admin@example.org', 'ADMIN', []),
  ];
  author = { kind: 'user', id: a.id, role: 'STAFF', cityIds: [zibo.id] };
  reviewer = { kind: 'user', id: r.id, role: 'STAFF', cityIds: [liuzhou.id] };
  admin = { kind: 'user', id: ad.id, role: 'ADMIN', cityIds: [] };
});

const input = (overrides: Record<string, unknown> = {}) => ({
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
  ...overrides,
});
const publicSlugs = async () => (await listTimeline({ kind: 'anonymous' }, {})).exchanges.map((e) => e.slug);

describe('from draft to the public site', () => {
  it('keeps a new record private until someone other than its author publishes it', async () => {
    const { id, slug } = await createExchange(author, input());
    expect(slug).toBe('2024-03-zibo-to-liuzhou');
    expect(await publicSlugs()).toEqual([]);

    await submitExchange(author, id);
    await expect(publishExchange(author, id)).rejects.toMatchObject({ code: 'FORBIDDEN', details: { reason: 'ownChanges' } });
    await publishExchange(reviewer, id);
    expect(await publicSlugs()).toEqual([slug]);
    expect((await getWorkingExchange(author, id)).fields.publicationState).toBe('PUBLISHED');
  });

  it('lets an admin publish their own record', async () => {
    const { id } = await createExchange(admin, input());
    await publishExchange(admin, id);
    expect(await publicSlugs()).toHaveLength(1);
  });

  it('shows the public the published copy while later edits wait for review', async () => {
    const { id, slug } = await createExchange(author, input());
    await publishExchange(reviewer, id);
    await updateExchange(author, id, input({ titleEn: 'Renamed while in review', version: '2' }));

    expect((await getExchangeRecord({ kind: 'anonymous' }, slug)).titleEn).toBe('Zibo delegation visits Liuzhou');
    expect((await getWorkingExchange(author, id)).fields).toMatchObject({ publicationState: 'DRAFT', titleEn: 'Renamed while in review' });

    await publishExchange(reviewer, id);
    expect((await getExchangeRecord({ kind: 'anonymous' }, slug)).titleEn).toBe('Renamed while in review');
  });

  it('withdraws a record from the public and puts it back as it was', async () => {
    const { id, slug } = await createExchange(author, input());
    await publishExchange(reviewer, id);
    await withdrawExchange(reviewer, id, { note: 'Source retracted' });
    expect(await publicSlugs()).toEqual([]);
    await expect(withdrawExchange(reviewer, id)).rejects.toMatchObject({ code: 'CONFLICT' });
    await reinstateExchange(admin, id);
    expect(await publicSlugs()).toEqual([slug]);
  });

  it('deletes a record from the workspace and the public site, and restores it as a draft', async () => {
    const { id } = await createExchange(author, input());
    await publishExchange(reviewer, id);
    await deleteExchange(author, id, { note: 'Duplicate entry' });
    expect(await publicSlugs()).toEqual([]);
    expect(await listWorkspace(author)).toEqual([]);
    await restoreDeletedExchange(author, id);
    expect((await listWorkspace(author)).map((e) => e.id)).toEqual([id]);
  });
});

describe('refusals that leave everything as it was', () => {
  it('names each bad field: dates out of order, one city twice, an oversized title, a malformed date', async () => {
    const before = await databaseFingerprint(database.db);
    const error = await createExchange(
      author,
      input({ endDate: '2024-02-01', hostCityId: zibo.id, titleEn: 'x'.repeat(301), startDate: '2024-03-01' }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    const issues = (error as AppError).details.validation?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toEqual(expect.arrayContaining([['endDate', 'endBeforeStart'], ['hostCityId', 'sameCity'], ['titleEn', expect.any(String)]]));
    await expect(createExchange(author, input({ startDate: '2023-02-30' }))).rejects.toMatchObject({ code: 'INVALID' });
    expect(await databaseFingerprint(database.db)).toBe(before);
  });

  it('refuses a record between two cities the author does not answer for', async () => {
    const guangzhou = await make.city({ slug: 'guangzhou' });
    await expect(createExchange(reviewer, input({ visitingCityId: zibo.id, hostCityId: guangzhou.id }))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { reason: 'cityOutOfScope' },
    });
  });

  it('refuses the second of two saves from the same version, saying what the first changed', async () => {
    const { id } = await createExchange(author, input());
    await updateExchange(reviewer, id, input({ titleEn: 'First save', version: '1' }));
    const before = await databaseFingerprint(database.db);
    const error = await updateExchange(author, id, input({ titleZh: '第二次保存', version: '1' })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CONFLICT', details: { conflict: [{ field: 'titleEn', theirs: 'First save' }] } });
    expect(await databaseFingerprint(database.db)).toBe(before);
  });

  it('refuses a part that points into another exchange', async () => {
    const { id } = await createExchange(author, input());
    const other = await createExchange(author, input({ startDate: '2024-04-01' }));
    const { id: eventId } = await addPart(author, 'event', other.id, {
      kind: 'MEETING',
      titleZh: '会见',
      titleEn: 'Meeting',
      originalLanguage: 'zh',
      translation: 'HUMAN',
    });
    await expect(
      addPart(author, 'topic', id, { eventId, titleZh: '话题', titleEn: 'Topic', originalLanguage: 'zh', translation: 'HUMAN' }),
    ).rejects.toMatchObject({ code: 'INVALID' });
  });
});

describe('dates known to the month or the year', () => {
  it('takes a month or a year without a made-up day, and refuses a date vaguer than its precision', async () => {
    const stored = async (overrides: Record<string, unknown>) => {
      const { id } = await createExchange(author, input(overrides));
      return database.db.exchange.findUniqueOrThrow({ where: { id }, select: { startDate: true, endDate: true, datePrecision: true } });
    };
    expect(await stored({ startDate: '2023-05', datePrecision: 'MONTH' })).toEqual({ startDate: new Date('2023-05-01T00:00:00Z'), endDate: null, datePrecision: 'MONTH' });
    expect(await stored({ startDate: '2019', endDate: '2020', datePrecision: 'YEAR' })).toMatchObject({ startDate: new Date('2019-01-01T00:00:00Z'), endDate: new Date('2020-01-01T00:00:00Z') });
    // A day typed for a date known to the month only says which month.
    expect(await stored({ startDate: '2023-06-17', datePrecision: 'MONTH' })).toMatchObject({ startDate: new Date('2023-06-01T00:00:00Z') });

    const before = await databaseFingerprint(database.db);
    const issues = async (overrides: Record<string, unknown>) =>
      ((await createExchange(author, input(overrides)).catch((e: unknown) => e)) as AppError).details.validation?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(await issues({ startDate: '2023-05', datePrecision: 'DAY' })).toEqual(['startDate: precisionNeedsMore']);
    expect(await issues({ startDate: '2023', endDate: '2023-13', datePrecision: 'YEAR' })).toEqual(['endDate: invalidPartialDate']);
    expect(await issues({ startDate: '05/2023', datePrecision: 'MONTH' })).toEqual(['startDate: invalidPartialDate']);
    expect(await databaseFingerprint(database.db)).toBe(before);
  });
});

describe('kinds of exchange', () => {
  const invalidFields = (error: unknown) => (error as AppError).details.validation?.issues.map((i) => [i.path.join('.'), i.message]);

  it('refuses an unknown kind, and a delegation for a virtual meeting, naming the field', async () => {
    const before = await databaseFingerprint(database.db);
    expect(invalidFields(await createExchange(author, input({ kind: 'PICNIC' })).catch((e: unknown) => e))).toEqual([['kind', 'invalidOption']]);
    const virtual = input({ kind: 'VIRTUAL_MEETING', delegationNameZh: '淄博市代表团', delegationSize: '30' });
    expect(invalidFields(await createExchange(author, virtual).catch((e: unknown) => e))).toEqual([
      ['delegationNameZh', 'notForVirtualMeeting'],
      ['delegationSize', 'notForVirtualMeeting'],
    ]);
    expect(await databaseFingerprint(database.db)).toBe(before);
  });

  it('keeps sites out of a virtual meeting, whichever is recorded first', async () => {
    const site = await database.db.organization.create({ data: { nameZh: '螺蛳粉产业园', nameEn: 'Luosifen industrial park', kind: 'ENTERPRISE', cityId: liuzhou.id } });
    const event = { kind: 'SITE_VISIT', titleZh: '参观', titleEn: 'Visit', siteIds: [site.id], originalLanguage: 'zh', translation: 'HUMAN' };

    const visit = await createExchange(author, input({ delegationSize: '30' }));
    await addPart(author, 'event', visit.id, event);
    const before = await databaseFingerprint(database.db);
    const toVirtual = await updateExchange(author, visit.id, input({ kind: 'VIRTUAL_MEETING', version: '1' })).catch((e: unknown) => e);
    expect(invalidFields(toVirtual)).toEqual([['kind', 'sitesInVirtualMeeting']]);
    expect(await databaseFingerprint(database.db)).toBe(before);
    expect((await getWorkingExchange(author, visit.id)).record.delegationSize).toBe(30);

    const meeting = await createExchange(author, input({ kind: 'VIRTUAL_MEETING', startDate: '2024-05-01' }));
    const withSites = await addPart(author, 'event', meeting.id, event).catch((e: unknown) => e);
    expect(invalidFields(withSites)).toEqual([['siteIds', 'sitesInVirtualMeeting']]);
    await addPart(author, 'event', meeting.id, { ...event, kind: 'MEETING', siteIds: [] });
  });

  it('is a filter of the public lists', async () => {
    const forum = await createExchange(author, input({ kind: 'FORUM', startDate: '2024-06-01' }));
    const visit = await createExchange(author, input());
    for (const { id } of [forum, visit]) {
      await submitExchange(author, id);
      await publishExchange(reviewer, id);
    }
    const slugsOf = async (kind: string) => (await listTimeline({ kind: 'anonymous' }, { kind })).exchanges.map((e) => e.slug);
    expect(await slugsOf('forum')).toEqual([forum.slug]);
    expect(await slugsOf('delegation_visit')).toEqual([visit.slug]);
    expect(await slugsOf('virtual_meeting')).toEqual([]);
    await expect(listTimeline({ kind: 'anonymous' }, { kind: 'FORUM' })).rejects.toMatchObject({ code: 'INVALID' });
  });
});

describe('cooperation items and their progress', () => {
  it('shows recorded progress on the public page at once, with its history', async () => {
    const { id, slug } = await createExchange(author, input());
    const { id: itemId } = await addPart(author, 'cooperationItem', id, {
      titleZh: '文旅合作',
      titleEn: 'Tourism cooperation',
      status: 'PROPOSED',
      responsibleCityIds: [zibo.id],
      partnerCityIds: [liuzhou.id],
      originalLanguage: 'zh',
      translation: 'HUMAN',
    });
    await publishExchange(reviewer, id);

    await recordProgress(author, itemId, {
      version: '1',
      occurredOn: '2024-06-01',
      status: 'IN_PROGRESS',
      progress: '40',
      noteEn: 'Joint tourism routes launched',
      originalLanguage: 'en',
      translation: 'MACHINE',
      evidenceUrl: 'https://example.org/news/1',
    });
    const item = (await getExchangeRecord({ kind: 'anonymous' }, slug)).cooperationItems[0]!;
    expect(item).toMatchObject({ status: 'IN_PROGRESS', progress: 40, outcomeKnown: true });
    expect(item.updates.map((u) => [u.noteEn, u.evidence.map((e) => e.url)])).toEqual([['Joint tourism routes launched', ['https://example.org/news/1']]]);
    expect(item.parties.map((p) => [p.role, p.city?.slug])).toEqual(expect.arrayContaining([['RESPONSIBLE', 'zibo'], ['PARTNER', 'liuzhou']]));
    // Progress is not an edit of the record: it needs no new review.
    expect((await getWorkingExchange(author, id)).fields.publicationState).toBe('PUBLISHED');
  });

  it('refuses progress recorded against a stale copy of the item', async () => {
    const { id } = await createExchange(author, input());
    const { id: itemId } = await addPart(author, 'cooperationItem', id, {
      titleZh: '合作',
      titleEn: 'Cooperation',
      status: 'PROPOSED',
      originalLanguage: 'zh',
      translation: 'HUMAN',
    });
    await updatePart(reviewer, 'cooperationItem', itemId, {
      titleZh: '合作',
      titleEn: 'Cooperation, renamed',
      status: 'AGREED',
      originalLanguage: 'zh',
      translation: 'HUMAN',
      version: '1',
    });
    await expect(
      recordProgress(author, itemId, { version: '1', occurredOn: '2024-06-01', status: 'IN_PROGRESS', originalLanguage: 'zh', translation: 'HUMAN' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

it('keeps a history of who changed what, field by field, and why', async () => {
  const { id } = await createExchange(author, input());
  await updateExchange(author, id, input({ titleEn: 'Corrected title', version: '1', note: 'Typo in the report' }));
  await publishExchange(reviewer, id);
  const history = (await getExchangeHistory(admin, id)).revisions;
  expect(history.map((r) => [r.action, r.actor?.email])).toEqual([
    ['PUBLISH', 'reviewer@liuzhou.example'],
    ['UPDATE', 'author@zibo.example'],
    ['CREATE', 'author@zibo.example'],
  ]);
  expect(history[1]).toMatchObject({
    note: 'Typo in the report',
    changes: { titleEn: { from: 'Zibo delegation visits Liuzhou', to: 'Corrected title' } },
  });
});

it('refuses a change that breaks a rule the database holds, instead of failing', async () => {
  const exchange = await make.exchange(zibo.id, liuzhou.id);
  const before = await databaseFingerprint(database.db);
  await expect(
    inTransaction(admin, (tx) => tx.exchange.update({ where: { id: exchange.id }, data: { endDate: new Date('2000-01-01T00:00:00Z') } })),
  ).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'brokenRule' } });
  expect(await databaseFingerprint(database.db)).toBe(before);
});

it('records the bodies that sent and received a delegation, each of its own city', async () => {
  const [ziboGovernment, liuzhouGovernment] = [
    await database.db.organization.create({ data: { nameZh: '淄博市人民政府', nameEn: 'Zibo Municipal Government', kind: 'GOVERNMENT', cityId: zibo.id } }),
    await database.db.organization.create({ data: { nameZh: '柳州市人民政府', nameEn: 'Liuzhou Municipal Government', kind: 'GOVERNMENT', cityId: liuzhou.id } }),
  ];
  const { id } = await createExchange(author, input({ visitingOrganizationId: ziboGovernment.id, hostOrganizationId: liuzhouGovernment.id }));
  expect((await getWorkingExchange(author, id)).record.visitingOrganization).toMatchObject({ nameEn: 'Zibo Municipal Government' });

  const before = await databaseFingerprint(database.db);
  await expect(
    updateExchange(author, id, input({ visitingOrganizationId: liuzhouGovernment.id, hostOrganizationId: liuzhouGovernment.id, version: '1' })),
  ).rejects.toMatchObject({ details: { validation: { issues: [{ path: ['visitingOrganizationId'], message: 'invalidId' }] } } });
  expect(await databaseFingerprint(database.db)).toBe(before);
});

it('names in its history the things a change points at, not their ids', async () => {
  const government = await database.db.organization.create({ data: { nameZh: '淄博市人民政府', nameEn: 'Zibo Municipal Government', kind: 'GOVERNMENT', cityId: zibo.id } });
  const { id } = await createExchange(author, input());
  await updateExchange(author, id, input({ visitingOrganizationId: government.id, version: '1' }));
  const [change] = (await getExchangeHistory(author, id)).revisions;
  expect(change!.changes.visitingOrganizationId).toEqual({ from: null, to: government.id });
  expect(change!.names[government.id]).toEqual({ zh: '淄博市人民政府', en: 'Zibo Municipal Government' });
});
