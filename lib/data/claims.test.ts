import { claimGroupOf } from '../records/claims';
import { beforeEach, expect, it } from 'vitest';
import { databaseFingerprint, setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { acceptClaim, addClaim, deleteClaim, leaveClaimDisputed } from './claims';
import { addSource } from './sources';
import type { Viewer } from './viewer';
import { getWorkingExchange } from './workspace';

const database = setupTestDatabase();
const make = testFactories(() => database.db);

let staff: Viewer;
let exchangeId: string;
let sources: string[];

const source = (publicationEn: string) => ({ kind: 'NEWS_REPORT', publicationZh: publicationEn, publicationEn, language: 'zh' });

beforeEach(async () => {
  const [zibo, liuzhou] = [await make.city({ slug: 'zibo' }), await make.city({ slug: 'liuzhou' })];
  staff = await make.account('STAFF', [zibo.id]);
  exchangeId = (await make.exchange(zibo.id, liuzhou.id, { startDate: new Date('2023-05-15T00:00:00Z') })).id;
  sources = [(await addSource(staff, exchangeId, source('Workers Daily'))).id, (await addSource(staff, exchangeId, source('Liuzhou Daily'))).id];
});

const dateClaims = async () => claimGroupOf((await getWorkingExchange(staff, exchangeId)).record, 'startDate');
const version = async () => (await getWorkingExchange(staff, exchangeId)).fields.version;

it('shows a date the sources disagree on as disputed, settles it on the accepted claim, and can leave it disputed again', async () => {
  const early = await addClaim(staff, exchangeId, { field: 'startDate', value: '2023-05-05', sourceId: sources[0], basis: 'STATED', quotation: '5月5日' });
  await addClaim(staff, exchangeId, { field: 'startDate', value: '2023-05-15', sourceId: sources[1], basis: 'INFERRED' });
  expect((await dateClaims()).state).toBe('disputed');

  await acceptClaim(staff, early.id, { version: String(await version()), note: 'The city’s own release gives 5 May' });
  const working = await getWorkingExchange(staff, exchangeId);
  expect(claimGroupOf(working.record, 'startDate').state).toBe('settled');
  expect(working.fields.startDate).toEqual(new Date('2023-05-05T00:00:00Z'));
  expect(working.fields.publicationState).toBe('DRAFT');
  const history = await database.db.revision.findFirstOrThrow({ where: { entityType: 'Exchange', action: 'UPDATE' } });
  expect(history.note).toBe('The city’s own release gives 5 May');

  // A page read before the date was settled cannot undo the settlement unseen.
  await expect(leaveClaimDisputed(staff, exchangeId, { field: 'startDate', version: '1' })).rejects.toMatchObject({ code: 'CONFLICT' });
  await leaveClaimDisputed(staff, exchangeId, { field: 'startDate', version: String(await version()) });
  expect((await dateClaims()).state).toBe('disputed');
});

it('accepts the accepted claim again without a false conflict, copying its value back', async () => {
  const claim = await addClaim(staff, exchangeId, { field: 'startDate', value: '2023-05-05', sourceId: sources[0], basis: 'STATED' });
  await acceptClaim(staff, claim.id, { version: String(await version()) });
  await database.db.exchange.update({ where: { id: exchangeId }, data: { startDate: new Date('2023-05-06T00:00:00Z') } });
  await acceptClaim(staff, claim.id, { version: String(await version()) });
  expect((await getWorkingExchange(staff, exchangeId)).fields.startDate).toEqual(new Date('2023-05-05T00:00:00Z'));
});

it('keeps one accepted claim per field', async () => {
  const [a, b] = [
    await addClaim(staff, exchangeId, { field: 'startDate', value: '2023-05-05', sourceId: sources[0], basis: 'STATED' }),
    await addClaim(staff, exchangeId, { field: 'startDate', value: '2023-05-15', sourceId: sources[1], basis: 'STATED' }),
  ];
  await acceptClaim(staff, a.id, { version: String(await version()) });
  await acceptClaim(staff, b.id, { version: String(await version()) });
  expect(await database.db.claim.findMany({ where: { accepted: true }, select: { id: true } })).toEqual([{ id: b.id }]);
  await expect(database.db.claim.update({ where: { id: a.id }, data: { accepted: true } })).rejects.toThrow();
});

it('refuses, changing nothing: a second claim from one source, a stale exchange, a date that would end before it starts, a stale delete', async () => {
  const claim = await addClaim(staff, exchangeId, { field: 'startDate', value: '2023-05-05', sourceId: sources[0], basis: 'STATED' });
  const late = await addClaim(staff, exchangeId, { field: 'startDate', value: '2023-06-30', sourceId: sources[1], basis: 'STATED' });
  await database.db.exchange.update({ where: { id: exchangeId }, data: { endDate: new Date('2023-05-20T00:00:00Z'), version: { increment: 1 } } });
  const before = await databaseFingerprint(database.db);
  await expect(addClaim(staff, exchangeId, { field: 'startDate', value: '2023-05-06', sourceId: sources[0], basis: 'STATED' })).rejects.toMatchObject({
    details: { validation: { issues: [{ path: ['sourceId'], message: 'oneClaimPerSource' }] } },
  });
  await expect(acceptClaim(staff, claim.id, { version: String((await version()) - 1) })).rejects.toMatchObject({ code: 'CONFLICT' });
  await expect(acceptClaim(staff, late.id, { version: String(await version()) })).rejects.toMatchObject({ details: { reason: 'datesOutOfOrder' } });
  await expect(addClaim(staff, exchangeId, { field: 'status', value: 'x', sourceId: sources[0], basis: 'STATED' })).rejects.toMatchObject({ code: 'INVALID' });
  await expect(deleteClaim(staff, claim.id, { version: '7' })).rejects.toMatchObject({ code: 'CONFLICT' });
  expect(await databaseFingerprint(database.db)).toBe(before);

  await deleteClaim(staff, claim.id, { version: '1' });
  expect(await database.db.claim.count()).toBe(1);
});

it('takes claims on any fact: the place into its source’s language, the size as a number, who led without changing the people', async () => {
  const english = (await addSource(staff, exchangeId, { ...source('China Daily'), language: 'en' })).id;
  const place = await addClaim(staff, exchangeId, { field: 'location', value: ' Liuzhou Luosifen Industrial Park ', sourceId: english, basis: 'STATED' });
  await addClaim(staff, exchangeId, { field: 'location', value: '柳州市政府', sourceId: sources[0], basis: 'STATED' });
  const size = await addClaim(staff, exchangeId, { field: 'delegationSize', value: '030', sourceId: sources[0], basis: 'STATED', quotation: '一行30人' });
  const leader = await addClaim(staff, exchangeId, { field: 'leader', value: '赵庆文', sourceId: sources[1], basis: 'STATED' });

  const { record } = await getWorkingExchange(staff, exchangeId);
  expect(record.claims.map((group) => [group.field, group.state, group.claims.map((claim) => claim.value)])).toEqual([
    ['location', 'disputed', ['Liuzhou Luosifen Industrial Park', '柳州市政府']],
    ['delegationSize', 'agreed', ['30']],
    ['leader', 'agreed', ['赵庆文']],
  ]);

  for (const claim of [place, size, leader]) await acceptClaim(staff, claim.id, { version: String(await version()) });
  const { fields, record: settled } = await getWorkingExchange(staff, exchangeId);
  expect(fields).toMatchObject({ locationEn: 'Liuzhou Luosifen Industrial Park', locationZh: null, delegationSize: 30 });
  expect(settled.claims.map((group) => group.state)).toEqual(['settled', 'settled', 'settled']);
});

it('checks a claim’s value as its fact’s values are checked, naming the value', async () => {
  const before = await databaseFingerprint(database.db);
  const refused = (field: string, value: string) =>
    addClaim(staff, exchangeId, { field, value, sourceId: sources[0], basis: 'STATED' }).then(
      () => null,
      (error: { details: { validation: { issues: { path: string[]; message: string }[] } } }) => error.details.validation.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  expect(await refused('delegationSize', 'thirty')).toEqual(['value: invalidNumber']);
  expect(await refused('delegationSize', '0')).toEqual(['value: outOfRange']);
  expect(await refused('endDate', '2023-02-30')).toEqual(['value: invalidDate']);
  expect(await refused('leader', '   ')).toEqual(['value: required']);
  // A fact that takes no claims (a title is the record's own wording, not a source's) is not offered.
  expect(await refused('titleEn', 'Another title')).toEqual(['field: invalidOption']);
  expect(await databaseFingerprint(database.db)).toBe(before);
});
