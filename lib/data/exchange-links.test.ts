import { beforeEach, describe, expect, it } from 'vitest';
import { databaseFingerprint, setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { refusal, submitAndPublish } from '../testing/outcomes';
import { createExchange, withdrawExchange } from './exchange-editing';
import { listExchangeLinks, listLinksAmong } from './exchange-links';
import { addPart } from './exchange-parts';
import { listLinkChoices } from './workspace';
import { anonymous, type UserViewer } from './viewer';

const database = setupTestDatabase();
const make = testFactories(() => database.db);

let zibo: { id: string };
let liuzhou: { id: string };
let harbin: { id: string };
let ziboStaff: UserViewer;
let liuzhouStaff: UserViewer;

beforeEach(async () => {
  [zibo, liuzhou, harbin] = [await make.city({ slug: 'zibo' }), await make.city({ slug: 'liuzhou' }), await make.city({ slug: 'harbin' })];
  ziboStaff = await make.account('STAFF', [zibo.id]);
  liuzhouStaff = await make.account('STAFF', [liuzhou.id]);
});

const visit = (viewer: UserViewer, from: { id: string }, to: { id: string }, startDate: string) =>
  createExchange(viewer, {
    kind: 'DELEGATION_VISIT',
    titleZh: '代表团访问',
    titleEn: `Visit of ${startDate}`,
    visitingCityId: from.id,
    hostCityId: to.id,
    startDate,
    datePrecision: 'DAY',
    status: 'TOOK_PLACE',
    originalLanguage: 'zh',
    translation: 'HUMAN',
  });



describe('links between exchanges', () => {
  it('shows a return visit from both sides once both are published, and the pair as a thread', async () => {
    const autumn = await visit(ziboStaff, zibo, liuzhou, '2023-10-12');
    const spring = await visit(liuzhouStaff, liuzhou, zibo, '2024-04-02');
    const { id: linkId } = await addPart(liuzhouStaff, 'link', spring.id, { kind: 'RETURNS_VISIT', targetId: autumn.id });

    await submitAndPublish(liuzhouStaff, ziboStaff, spring.id);
    // Its other end is a draft: the public sees no link yet.
    expect(await listExchangeLinks(anonymous, spring.id)).toEqual([]);
    await submitAndPublish(ziboStaff, liuzhouStaff, autumn.id);

    expect(await listExchangeLinks(anonymous, spring.id)).toMatchObject([{ kind: 'RETURNS_VISIT', direction: 'outgoing', other: { slug: autumn.slug } }]);
    expect(await listExchangeLinks(anonymous, autumn.id)).toMatchObject([{ kind: 'RETURNS_VISIT', direction: 'incoming', other: { slug: spring.slug } }]);
    expect(await listLinksAmong(anonymous, [autumn.id, spring.id])).toMatchObject([{ exchangeId: spring.id, other: { id: autumn.id } }]);

    // The publication names the other exchange by id alone.
    const { record } = await database.db.publication.findUniqueOrThrow({ where: { exchangeId: spring.id } });
    expect(record).toMatchObject({ links: [{ id: linkId, targetId: autumn.id, target: null }] });

    await withdrawExchange(ziboStaff, autumn.id);
    expect(await listExchangeLinks(anonymous, spring.id)).toEqual([]);
  });

  it('refuses a link that says something untrue or impossible, naming the field, and changes nothing', async () => {
    const first = await visit(ziboStaff, zibo, liuzhou, '2023-10-12');
    const second = await visit(ziboStaff, zibo, liuzhou, '2024-04-02');
    const sameDay = await visit(ziboStaff, liuzhou, zibo, '2024-04-02');
    await addPart(ziboStaff, 'link', second.id, { kind: 'FOLLOWS_UP', targetId: sameDay.id });
    const elsewhere = await visit(await make.account('STAFF', [harbin.id]), harbin, liuzhou, '2022-01-01');
    const before = await databaseFingerprint(database.db);

    const link = (from: { id: string }, kind: string, targetId: string) => refusal(addPart(ziboStaff, 'link', from.id, { kind, targetId }));
    expect(await link(first, 'SAME_SERIES', first.id)).toEqual(['targetId: linkToItself']);
    expect(await link(second, 'RETURNS_VISIT', first.id)).toEqual(['kind: notAReturn']);
    expect(await link(first, 'FOLLOWS_UP', second.id)).toEqual(['targetId: linkToLater']);
    expect(await link(sameDay, 'FOLLOWS_UP', second.id)).toEqual(['targetId: linkCycle']);
    expect(await link(second, 'SAME_SERIES', sameDay.id)).toEqual(['targetId: alreadyLinked']);
    // Another city's draft is not Zibo's to see, let alone to link to.
    expect(await link(first, 'SAME_SERIES', elsewhere.id)).toEqual(['targetId: invalidId']);
    expect(await link(first, 'PICNIC', second.id)).toEqual(['kind: invalidOption']);
    expect(await databaseFingerprint(database.db)).toBe(before);

    const choices = (await listLinkChoices(ziboStaff, first.id)).map((choice) => choice.id);
    expect(choices.sort()).toEqual([second.id, sameDay.id].sort());
  });
});
