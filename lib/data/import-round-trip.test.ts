import { beforeEach, describe, expect, it } from 'vitest';
import { presentExchange } from '../api/present';
import type { ExchangeResource } from '../api/resources';
import { foundingExchangeSlug, seedDatabase } from '../db/seed';
import type { ExchangeRecord } from '../records/published-record';
import { setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { bytesOf } from '../testing/import-files';
import { acceptClaim, addClaim } from './claims';
import { createExchange, publishExchange } from './exchange-editing';
import { addPart } from './exchange-parts';
import { getPublishedExchange } from './exchanges';
import { writePublication } from './publication';
import { importExchanges } from './imports';
import { anonymous, type UserViewer } from './viewer';

/*
 * The founding record goes out through the JSON API and comes back in through the import, published
 * at once, and its API record is then the same as the original's. Each part of the record is here:
 * the proposer and origin topic of each cooperation item, the notes on claims and sources, where each
 * source is cited and with what locator, the event of each topic and statement, how the side that
 * asked a question is known, whether anything is known of an item's outcome. A visit that returns it
 * goes out and comes back too, with its link, and so does the founding visit made a joint one, with
 * every city that came.
 */

const database = setupTestDatabase();
const make = testFactories(() => database.db);
const origin = 'https://jiaoliu.example';
const copySlug = 'founding-record-copy';
const returnCopySlug = 'return-visit-copy';

let admin: UserViewer;
beforeEach(async () => {
  await seedDatabase(database.db);
  admin = await make.account('ADMIN');
});

/** The exchange as GET /api/v1/exchanges/{slug} answers it. */
async function published(slug: string): Promise<{ resource: ExchangeResource; record: ExchangeRecord }> {
  const exchange = await getPublishedExchange(anonymous, slug);
  return { resource: presentExchange(exchange, origin), record: exchange.record };
}

/** Liuzhou's return of the founding visit, published: a record that states a link. Returns its key. */
async function publishReturnVisit(): Promise<string> {
  const founding = await database.db.exchange.findUniqueOrThrow({ where: { slug: foundingExchangeSlug } });
  const visit = await createExchange(admin, {
    kind: 'DELEGATION_VISIT',
    titleZh: '柳州市代表团回访淄博',
    titleEn: 'Liuzhou delegation returns the visit to Zibo',
    visitingCityId: founding.hostCityId,
    hostCityId: founding.visitingCityId,
    startDate: '2023-06-18',
    datePrecision: 'DAY',
    status: 'TOOK_PLACE',
    originalLanguage: 'zh',
    translation: 'HUMAN',
  });
  await addPart(admin, 'link', visit.id, { kind: 'RETURNS_VISIT', targetId: founding.id });
  await publishExchange(admin, visit.id);
  return visit.slug;
}

/** Weifang and Qingdao join Zibo's delegation to the founding visit, in that order, and the public's copy says so. */
async function makeFoundingVisitJoint() {
  const founding = await database.db.exchange.findUniqueOrThrow({ where: { slug: foundingExchangeSlug } });
  // Made the other way round, so that neither their keys nor their ids give the record's order.
  const qingdao = await make.city({ slug: 'qingdao', nameZh: '青岛', nameEn: 'Qingdao' });
  const weifang = await make.city({ slug: 'weifang', nameZh: '潍坊', nameEn: 'Weifang' });
  await database.db.exchangeJoiningCity.createMany({ data: [weifang, qingdao].map((city, position) => ({ exchangeId: founding.id, cityId: city.id, position })) });
  await database.db.$transaction((tx) => writePublication(tx, founding.id, admin.id));
}

/** What the founding record's sources say of its place and its delegation's size, one of them settled. */
async function claimOtherFacts() {
  const founding = await database.db.exchange.findUniqueOrThrow({ where: { slug: foundingExchangeSlug }, include: { citations: true } });
  const [first, second] = [...new Set(founding.citations.map((citation) => citation.sourceId))];
  const claim = (field: string, value: string, sourceId: string) => addClaim(admin, founding.id, { field, value, sourceId: sourceId!, basis: 'STATED' });
  await claim('location', '柳州螺蛳粉产业园', first!);
  await claim('location', 'Liuzhou', second!);
  const size = await claim('delegationSize', '30', first!);
  const { version } = await database.db.exchange.findUniqueOrThrow({ where: { id: founding.id } });
  await acceptClaim(admin, size.id, { version: String(version) });
  await publishExchange(admin, founding.id);
}

async function importAndPublish(records: ExchangeResource[]) {
  const file = { name: 'founding.json', bytes: bytesOf(JSON.stringify(records)) };
  const { imported, summary } = await importExchanges(admin, file, { locale: 'en', publish: true });
  expect(summary.problems).toEqual([]);
  expect(imported).toBe(true);
  return summary;
}

/**
 * The API record without what a copy legitimately has of its own, and nothing else:
 * - `id` and `person_id`, at every level: the copy's parts are new rows, and in a database without
 *   the founding record its people and organizations are new entries too;
 * - the exchange's `slug` and the `pages` addresses made from it: the copy has its own key;
 * - `published_at` and `modified_at`: the copy was published when it was imported;
 * - each text's `translated_at`: a copy's texts were translated, as far as it knows, when it was imported.
 * City keys, counts, and the numbers by which parts name sources, statements, topics and events stay.
 */
function comparable(resource: ExchangeResource): unknown {
  const { slug: _slug, pages: _pages, published_at: _published, modified_at: _modified, ...record } = resource;
  return JSON.parse(JSON.stringify(record, (key, value: unknown) => (key === 'id' || key === 'person_id' || key === 'translated_at' ? undefined : value)));
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The stored published record, which the pages show, with every id replaced by a mark (so a reference
 * that is lost, null where it was an id, still shows) and without what is the copy's own: its `slug`,
 * `updatedAt`, and every `version`: row versions count edits (the exchange was saved twice, written
 * and then published; an accepted claim was changed once), and a copy's rows are new. And the
 * `createdAt` of its progress reports, which the import wrote.
 */
function comparableRecord(record: ExchangeRecord): unknown {
  // When and by whom each text was translated is the source's history: a copy is translated as the
  // API says (each text's `translation`), at the time it is imported.
  const { slug: _slug, updatedAt: _updated, version: _version, textTranslations: _history, ...rest } = record;
  return JSON.parse(
    JSON.stringify(rest, (key, value: unknown) => {
      if (key === 'createdAt' || key === 'version') return undefined;
      return typeof value === 'string' && uuidPattern.test(value) ? 'an id' : value;
    }),
  );
}

describe('an exchange exported by the API and imported again', () => {
  it('carries what the import used to lose', async () => {
    const { resource } = await published(foundingExchangeSlug);
    const zhang = { name: { zh: '张壮', en: 'Zhang Zhuang' } };
    expect(resource.cooperation_items.map((item) => [item.proposed_by, item.origin_statement_number, item.origin_topic_number, item.outcome_known])).toEqual([
      [zhang, 2, null, false],
      [zhang, 2, null, false],
      [zhang, 3, null, false],
      [zhang, 3, null, false],
      [null, null, 3, false],
    ]);
    expect(resource.start_date_claims.claims.every((claim) => claim.note.zh && claim.note.en)).toBe(true);
    expect(resource.sources.every((source) => source.note.zh && source.note.en)).toBe(true);
    expect(resource.topics.map((topic) => topic.event_number)).toEqual([2, 2, 2, 2]);
    expect(resource.statements.map((statement) => statement.event_number)).toEqual([2, 2, 2, null, null]);
    expect(resource.topics.flatMap((topic) => topic.questions.map((question) => question.asked_by_side_basis))).toEqual(['INFERRED', 'INFERRED']);
    expect(resource.events[0]!.citations).toEqual([
      { source_number: 1, locator: '“…to inspect the development of Liuzhou snail powder industry”' },
      { source_number: 2, locator: 'names the two producers visited' },
    ]);
  });

  it('comes back the same into the database it came from, under another key', async () => {
    await claimOtherFacts();
    const original = await published(foundingExchangeSlug);
    expect(original.resource.claims.map((group) => [group.field, group.state])).toEqual([
      ['start_date', 'disputed'],
      ['location', 'disputed'],
      ['delegation_size', 'settled'],
    ]);
    const summary = await importAndPublish([{ ...original.resource, slug: copySlug }]);
    // Its people, organizations and sources are the ones on record.
    expect(summary).toMatchObject({ added: 1, people: 0, organizations: 0, sources: 0 });

    const copy = await published(copySlug);
    expect(copy.resource.slug).toBe(copySlug);
    expect(comparable(copy.resource)).toEqual(comparable(original.resource));
    expect(comparableRecord(copy.record)).toEqual(comparableRecord(original.record));
    // The same entries, not merely the same names.
    expect(copy.record.cooperationItems.map((item) => item.proposedById)).toEqual(original.record.cooperationItems.map((item) => item.proposedById));
  });

  it('brings back the links it states; a link stated of it stays with the record that states it', async () => {
    const returnSlug = await publishReturnVisit();
    const [founding, returning] = [await published(foundingExchangeSlug), await published(returnSlug)];
    expect(returning.resource.links).toEqual([{ kind: 'RETURNS_VISIT', direction: 'outgoing', exchange: expect.objectContaining({ slug: foundingExchangeSlug }) }]);
    expect(founding.resource.links).toEqual([{ kind: 'RETURNS_VISIT', direction: 'incoming', exchange: expect.objectContaining({ slug: returnSlug }) }]);
    await importAndPublish([
      { ...founding.resource, slug: copySlug },
      { ...returning.resource, slug: returnCopySlug },
    ]);

    // The return visit's copy returns the founding visit itself, as the original does.
    const returningCopy = await published(returnCopySlug);
    expect(comparable(returningCopy.resource)).toEqual(comparable(returning.resource));
    expect(comparableRecord(returningCopy.record)).toEqual(comparableRecord(returning.record));
    expect(returningCopy.record.links.map((link) => link.targetId)).toEqual(returning.record.links.map((link) => link.targetId));
    // Nothing returns the founding visit's copy: the return visit's copy names the original by its key.
    const foundingCopy = await published(copySlug);
    expect(comparable(foundingCopy.resource)).toEqual(comparable({ ...founding.resource, links: [] }));
    expect(comparableRecord(foundingCopy.record)).toEqual(comparableRecord(founding.record));
  });

  it('comes back with every visiting city of a joint visit, in order, into the database it came from and into an empty one', async () => {
    await makeFoundingVisitJoint();
    const returnSlug = await publishReturnVisit();
    const original = await published(foundingExchangeSlug);
    expect(original.resource.visiting_city.slug).toBe('zibo');
    expect(original.resource.other_visiting_cities.map((city) => city.slug)).toEqual(['weifang', 'qingdao']);

    await importAndPublish([{ ...original.resource, slug: copySlug }]);
    const copy = await published(copySlug);
    expect(comparable(copy.resource)).toEqual(comparable({ ...original.resource, links: [] }));
    expect(comparableRecord(copy.record)).toEqual(comparableRecord(original.record));

    // The return visit's link to a joint visit comes back too: Liuzhou hosted the visit, and Zibo, one of its visitors, hosts the return.
    const originals = [await published(returnSlug), await published(foundingExchangeSlug)];
    await database.db.$executeRawUnsafe('TRUNCATE "Exchange", "Person", "Organization", "Source", "Revision" CASCADE');
    await importAndPublish(originals.map((exported) => exported.resource));
    for (const exported of originals) {
      const again = await published(exported.resource.slug);
      expect(comparable(again.resource)).toEqual(comparable(exported.resource));
      expect(comparableRecord(again.record)).toEqual(comparableRecord(exported.record));
    }
  });

  it('comes back the same into a database that holds neither it nor its people, organizations and sources', async () => {
    const returnSlug = await publishReturnVisit();
    const originals = [await published(returnSlug), await published(foundingExchangeSlug)];
    await database.db.$executeRawUnsafe('TRUNCATE "Exchange", "Person", "Organization", "Source", "Revision" CASCADE');
    // Under their own keys, the return visit first: its link names the founding visit, further on in the file.
    const summary = await importAndPublish(originals.map((original) => original.resource));
    expect(summary).toMatchObject({ added: 2, people: 3, sources: originals[1]!.resource.sources.length });

    for (const original of originals) {
      const copy = await published(original.resource.slug);
      expect(comparable(copy.resource)).toEqual(comparable(original.resource));
      expect(comparableRecord(copy.record)).toEqual(comparableRecord(original.record));
    }
  });
});
