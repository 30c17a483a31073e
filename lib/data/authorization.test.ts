import { beforeEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/password';
import { setupTestDatabase, databaseFingerprint } from '../testing/database';
import { testFactories } from '../testing/factories';
import { createAccount, getAccount, listAccounts, setAccountDisabled, setAccountPassword, updateAccount } from './accounts';
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
import { addPart, deletePart, recordProgress, updatePart } from './exchange-parts';
import { getExchangeRecord, listTimeline } from './exchanges';
import { type Viewer, viewerForAccount } from './viewer';
import { getExchangeHistory, getWorkingExchange, listCityChoices, listPersonChoices, listWorkspace } from './workspace';

/*
 * Every function of the data-access layer against every kind of caller: allowed where it should be,
 * refused everywhere else, and the database exactly as it was after each refusal.
 */

const database = setupTestDatabase();
const make = testFactories(() => database.db);

type Caller = 'anonymous' | 'staffOfTheCity' | 'staffOfAnotherCity' | 'disabledStaff' | 'admin';
const callers: Caller[] = ['anonymous', 'staffOfTheCity', 'staffOfAnotherCity', 'disabledStaff', 'admin'];

interface World {
  viewers: Record<Caller, Viewer>;
  /** Zibo → Liuzhou: the record under test, in the state each case asks for. */
  exchangeId: string;
  ziboId: string;
  liuzhouId: string;
  guangzhouId: string;
  eventId: string;
  itemId: string;
  staffAccountId: string;
}

type ExchangeState = 'draft' | 'published' | 'withdrawn' | 'deleted';

async function buildWorld(state: ExchangeState): Promise<World> {
  const db = database.db;
  const [zibo, liuzhou, guangzhou, shenzhen] = [
    await make.city({ slug: 'zibo' }),
    await make.city({ slug: 'liuzhou' }),
    await make.city({ slug: 'guangzhou' }),
    await make.city({ slug: 'shenzhen' }),
  ];
  await make.exchange(guangzhou.id, shenzhen.id, { slug: 'guangzhou-to-shenzhen' });
  const exchange = await make.exchange(zibo.id, liuzhou.id, {
    slug: 'zibo-to-liuzhou',
    publicationState: state === 'draft' ? 'DRAFT' : state === 'withdrawn' ? 'WITHDRAWN' : 'PUBLISHED',
  });
  const event = await db.event.create({
    data: { exchangeId: exchange.id, kind: 'SYMPOSIUM', titleZh: '座谈会', titleEn: 'Symposium', originalLanguage: 'zh', translation: 'HUMAN' },
  });
  const item = await db.cooperationItem.create({
    data: { exchangeId: exchange.id, titleZh: '合作', titleEn: 'Cooperation', status: 'PROPOSED', originalLanguage: 'zh', translation: 'HUMAN' },
  });
  if (state === 'deleted') await db.exchange.update({ where: { id: exchange.id }, data: { deletedAt: new Date() } });

  const passwordHash = await hashPassword('correct horse battery staple');
  const account = (email: string, role: 'ADMIN' | 'STAFF', cityId: string | null, disabled = false) =>
    db.user.create({
      data: { email, role, passwordHash, disabledAt: disabled ? new Date() : null, cities: { create: cityId ? [{ cityId }] : [] } },
    });
  const [admin, staff, other, disabled] = [
    await account('admin@example.org', 'ADMIN', null),
    await account('zibo@example.org', 'STAFF', zibo.id),
    await account('guangzhou@example.org', 'STAFF', guangzhou.id),
    await account('former@example.org', 'STAFF', zibo.id, true),
  ];
  return {
    viewers: {
      anonymous: { kind: 'anonymous' },
      staffOfTheCity: await viewerForAccount(staff.id),
      staffOfAnotherCity: await viewerForAccount(other.id),
      disabledStaff: await viewerForAccount(disabled.id),
      admin: await viewerForAccount(admin.id),
    },
    exchangeId: exchange.id,
    ziboId: zibo.id,
    liuzhouId: liuzhou.id,
    guangzhouId: guangzhou.id,
    eventId: event.id,
    itemId: item.id,
    staffAccountId: staff.id,
  };
}

const exchangeInput = (w: World) => ({
  titleZh: '淄博代表团访问柳州',
  titleEn: 'Zibo delegation visits Liuzhou',
  visitingCityId: w.ziboId,
  hostCityId: w.liuzhouId,
  startDate: '2024-03-01',
  datePrecision: 'DAY',
  status: 'TOOK_PLACE',
  originalLanguage: 'zh',
  translation: 'HUMAN',
});
const eventInput = { kind: 'MEETING', titleZh: '会见', titleEn: 'Meeting', originalLanguage: 'zh', translation: 'HUMAN' };

interface Case {
  name: string;
  state: ExchangeState;
  allowed: readonly Caller[];
  call: (viewer: Viewer, w: World) => Promise<unknown>;
}

const editors = ['staffOfTheCity', 'admin'] as const;
const everyone = callers;

const cases: Case[] = [
  { name: 'listTimeline', state: 'published', allowed: everyone, call: (v) => listTimeline(v, { page: 1 }) },
  { name: 'getExchangeRecord', state: 'published', allowed: everyone, call: (v) => getExchangeRecord(v, 'zibo-to-liuzhou') },
  { name: 'listWorkspace', state: 'draft', allowed: ['staffOfTheCity', 'staffOfAnotherCity', 'admin'], call: (v) => listWorkspace(v) },
  { name: 'getWorkingExchange', state: 'draft', allowed: editors, call: (v, w) => getWorkingExchange(v, w.exchangeId) },
  { name: 'getExchangeHistory', state: 'draft', allowed: editors, call: (v, w) => getExchangeHistory(v, w.exchangeId) },
  { name: 'listCityChoices', state: 'draft', allowed: ['staffOfTheCity', 'staffOfAnotherCity', 'admin'], call: (v) => listCityChoices(v) },
  { name: 'listPersonChoices', state: 'draft', allowed: ['staffOfTheCity', 'staffOfAnotherCity', 'admin'], call: (v) => listPersonChoices(v) },
  { name: 'createExchange', state: 'draft', allowed: editors, call: (v, w) => createExchange(v, exchangeInput(w)) },
  { name: 'updateExchange', state: 'draft', allowed: editors, call: (v, w) => updateExchange(v, w.exchangeId, { ...exchangeInput(w), version: '1' }) },
  { name: 'submitExchange', state: 'draft', allowed: editors, call: (v, w) => submitExchange(v, w.exchangeId) },
  { name: 'publishExchange', state: 'draft', allowed: editors, call: (v, w) => publishExchange(v, w.exchangeId) },
  { name: 'withdrawExchange', state: 'published', allowed: editors, call: (v, w) => withdrawExchange(v, w.exchangeId) },
  { name: 'reinstateExchange', state: 'withdrawn', allowed: editors, call: (v, w) => reinstateExchange(v, w.exchangeId) },
  { name: 'deleteExchange', state: 'draft', allowed: editors, call: (v, w) => deleteExchange(v, w.exchangeId) },
  { name: 'restoreDeletedExchange', state: 'deleted', allowed: editors, call: (v, w) => restoreDeletedExchange(v, w.exchangeId) },
  { name: 'addPart', state: 'draft', allowed: editors, call: (v, w) => addPart(v, 'event', w.exchangeId, eventInput) },
  { name: 'updatePart', state: 'draft', allowed: editors, call: (v, w) => updatePart(v, 'event', w.eventId, { ...eventInput, version: '1' }) },
  { name: 'deletePart', state: 'draft', allowed: editors, call: (v, w) => deletePart(v, 'event', w.eventId, { version: '1' }) },
  {
    name: 'recordProgress',
    state: 'published',
    allowed: editors,
    call: (v, w) =>
      recordProgress(v, w.itemId, { version: '1', occurredOn: '2024-06-01', status: 'IN_PROGRESS', progress: '40', originalLanguage: 'zh', translation: 'HUMAN' }),
  },
  { name: 'listAccounts', state: 'draft', allowed: ['admin'], call: (v) => listAccounts(v) },
  { name: 'getAccount', state: 'draft', allowed: ['admin'], call: (v, w) => getAccount(v, w.staffAccountId) },
  {
    name: 'createAccount',
    state: 'draft',
    allowed: ['admin'],
    call: (v, w) => createAccount(v, { email: 'new@example.org', password: 'a long enough password', role: 'STAFF', cityIds: [w.ziboId] }),
  },
  {
    name: 'updateAccount',
    state: 'draft',
    allowed: ['admin'],
    call: (v, w) => updateAccount(v, w.staffAccountId, { role: 'STAFF', cityIds: [w.guangzhouId], version: '1' }),
  },
  { name: 'setAccountDisabled', state: 'draft', allowed: ['admin'], call: (v, w) => setAccountDisabled(v, w.staffAccountId, true) },
  {
    name: 'setAccountPassword',
    state: 'draft',
    allowed: ['admin'],
    call: (v, w) => setAccountPassword(v, w.staffAccountId, { password: 'another long password' }),
  },
];

describe.each(cases)('$name', ({ state, allowed, call }) => {
  let world: World;
  beforeEach(async () => {
    world = await buildWorld(state);
  });

  it.each(callers)('as %s', async (caller) => {
    const before = await databaseFingerprint(database.db);
    if (allowed.includes(caller)) {
      await expect(call(world.viewers[caller], world)).resolves.not.toThrow();
    } else {
      await expect(call(world.viewers[caller], world)).rejects.toMatchObject({ code: expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/) });
      expect(await databaseFingerprint(database.db)).toBe(before);
    }
  });
});

it('answers a forged edit of another city’s record with "forbidden" and logs the refusal', async () => {
  const world = await buildWorld('draft');
  const guangzhouRecord = await database.db.exchange.findUniqueOrThrow({ where: { slug: 'guangzhou-to-shenzhen' } });
  const before = await databaseFingerprint(database.db);
  await expect(
    updateExchange(world.viewers.staffOfTheCity, guangzhouRecord.id, { ...exchangeInput(world), version: '1' }),
  ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  expect(await databaseFingerprint(database.db)).toBe(before);
  expect(await database.db.auditEvent.count({ where: { kind: 'ACCESS_DENIED' } })).toBe(1);
});
