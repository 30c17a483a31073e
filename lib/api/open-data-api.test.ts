import { validate } from '@readme/openapi-parser';
import { beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { GET as getAtomFeed } from '../../app/[locale]/feeds/exchanges.atom/route';
import { GET as getCalendar } from '../../app/[locale]/feeds/exchanges.ics/route';
import { GET as getCities } from '../../app/api/v1/cities/route';
import { GET as getExchangesCsv } from '../../app/api/v1/exchanges.csv/route';
import { GET as getExchange } from '../../app/api/v1/exchanges/[slug]/route';
import { GET as getExchanges } from '../../app/api/v1/exchanges/route';
import { GET as getItemsCsv } from '../../app/api/v1/items.csv/route';
import { GET as getItems } from '../../app/api/v1/items/route';
import { GET as getOpenApiDocument } from '../../app/api/v1/openapi.json/route';
import { GET as getPopolo } from '../../app/api/v1/popolo/route';
import { GET as getRelationshipsCsv } from '../../app/api/v1/relationships.csv/route';
import { GET as getRelationships } from '../../app/api/v1/relationships/route';
import { GET as getRelationshipsAtom } from '../../app/[locale]/feeds/relationships.atom/route';
import { withdrawExchange } from '../data/exchange-editing';
import { writePublication } from '../data/publication';
import { createRelationship, publishRelationship, submitRelationship } from '../data/relationships';
import { foundingExchangeSlug, seedDatabase } from '../db/seed';
import { readCsv } from '../import/csv';
import { setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { openApiChecker } from '../testing/openapi';
import type { PopoloExport } from './popolo';
import type { ExchangeResource, RelationshipResource, TrackedItemResource } from './resources';

/*
 * The JSON API through its route handlers, on a real database: every answer, refusals included, is
 * checked against the OpenAPI document the app serves.
 */

const database = setupTestDatabase();
const make = testFactories(() => database.db);
const origin = 'http://jiaoliu.test';

type Handler = (request: Request, context: { params: Promise<{ slug: string }> }) => Promise<Response>;
const routes: Record<string, Handler> = {
  '/api/v1/exchanges': getExchanges,
  '/api/v1/exchanges/{slug}': getExchange,
  '/api/v1/items': getItems,
  '/api/v1/cities': getCities,
  '/api/v1/popolo': getPopolo,
  '/api/v1/relationships': getRelationships,
};

let problemsWith: ReturnType<typeof openApiChecker>;

/** An answer's body, loosely: the document has already checked its shape. */
interface Answer {
  data: { slug: string; modified_at: string; stale: boolean; api_url: string; pages: { en: string } }[];
  errors: Record<string, string>;
  [field: string]: unknown;
}

/** Asks the API and checks the answer against the document; returns the status and body. */
async function ask(path: keyof typeof routes, query = '', slug = '') {
  const request = new Request(`${origin}${path.replace('{slug}', slug)}${query}`, { headers: { 'accept-language': 'en' } });
  const response = await routes[path]!(request, { params: Promise.resolve({ slug }) });
  const body: unknown = await response.json();
  expect(problemsWith(path, { status: response.status, contentType: response.headers.get('content-type'), body })).toEqual([]);
  // Anything else goes in the body: a problem report never carries a trace of the server's code.
  expect(JSON.stringify(body)).not.toMatch(/\bat .+\.(ts|js):\d+/);
  return { status: response.status, body: body as Answer };
}

beforeEach(async () => {
  await seedDatabase(database.db);
  const document = await (await getOpenApiDocument(new Request(`${origin}/api/v1/openapi.json`))).json();
  problemsWith = openApiChecker(document);
});

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document that names this server', async () => {
    const response = await getOpenApiDocument(new Request(`${origin}/api/v1/openapi.json`));
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const document = await response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(document.servers).toEqual([{ url: origin }]);
    const result = await validate(structuredClone(document));
    expect(result.valid ? [] : result.errors).toEqual([]);
  });
});

describe('the check against the document', () => {
  it('catches a field, a status or a content type the document does not describe', () => {
    const city = { slug: 'zibo', name: { zh: '淄博', en: 'Zibo' }, province: { zh: '山东', en: 'Shandong' } };
    const answer = (body: unknown, status = 200, contentType = 'application/json') => problemsWith('/api/v1/cities', { status, contentType, body });
    expect(answer({ data: [{ ...city, internal_version: 3 }] })).not.toEqual([]);
    expect(answer({ data: [] })).toEqual([]);
    expect(answer({ data: [] }, 418)).toEqual(['GET /api/v1/cities answered 418, which the document does not list']);
    expect(answer({ data: [] }, 200, 'text/html')).not.toEqual([]);
  });
});

describe('answers match the document', () => {
  it('lists exchanges, with page links, and each whole exchange', async () => {
    const list = await ask('/api/v1/exchanges', '?city=zibo&partner=liuzhou');
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ page: 1, page_count: 1, total: 1, links: { next: null, prev: null } });
    const [summary] = list.body.data;
    expect(summary!.slug).toBe(foundingExchangeSlug);
    expect(summary!.api_url).toBe(`${origin}/api/v1/exchanges/${foundingExchangeSlug}`);
    expect(summary!.pages.en).toBe(`${origin}/en/exchanges/${foundingExchangeSlug}`);

    const { status, body } = await ask('/api/v1/exchanges/{slug}', '', foundingExchangeSlug);
    expect(status).toBe(200);
    const exchange = body as unknown as ExchangeResource;
    // The sources disagree on the date, and the answer says so with what each one claims.
    expect(exchange.date_disputed).toBe(true);
    expect(exchange.start_date_claims.state).toBe('disputed');
    expect(new Set(exchange.start_date_claims.claims.map((claim) => claim.value)).size).toBeGreaterThan(1);
    expect(exchange.statements.some((statement) => statement.text.zh?.includes('欢迎淄博烧烤进入柳州'))).toBe(true);
    expect(exchange.cooperation_items).toHaveLength(5);
    expect(exchange.visiting_organization?.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives a return visit’s link from both sides, in the JSON, the CSV and the Popolo export', async () => {
    const [zibo, liuzhou] = await Promise.all(['zibo', 'liuzhou'].map((slug) => database.db.city.findUniqueOrThrow({ where: { slug } })));
    const founding = await database.db.exchange.findUniqueOrThrow({ where: { slug: foundingExchangeSlug } });
    const returned = await make.exchange(liuzhou!.id, zibo!.id, { slug: '2024-03-liuzhou-to-zibo', startDate: new Date('2024-03-01T00:00:00Z'), publicationState: 'DRAFT' });
    await database.db.exchangeLink.create({ data: { exchangeId: returned.id, targetId: founding.id, kind: 'RETURNS_VISIT' } });
    await database.db.exchange.update({ where: { id: returned.id }, data: { publicationState: 'PUBLISHED' } });
    await database.db.$transaction((tx) => writePublication(tx, returned.id, null));

    const link = { kind: 'RETURNS_VISIT', exchange: { api_url: expect.stringContaining('/api/v1/exchanges/') } };
    const back = (await ask('/api/v1/exchanges/{slug}', '', '2024-03-liuzhou-to-zibo')).body as unknown as ExchangeResource;
    expect(back.links).toMatchObject([{ ...link, direction: 'outgoing', exchange: { slug: foundingExchangeSlug } }]);
    const first = (await ask('/api/v1/exchanges/{slug}', '', foundingExchangeSlug)).body as unknown as ExchangeResource;
    expect(first.links).toMatchObject([{ ...link, direction: 'incoming', exchange: { slug: '2024-03-liuzhou-to-zibo' } }]);

    const csv = readCsv(await (await getExchangesCsv(new Request(`${origin}/api/v1/exchanges.csv`))).text());
    if (!csv.ok) throw new Error('The download is not CSV');
    const column = csv.header.indexOf('links');
    expect(csv.records.map(({ cells }) => cells[column])).toEqual([`RETURNS_VISIT:${foundingExchangeSlug}`, '']);

    const { events } = (await ask('/api/v1/popolo', '?lang=en')).body as unknown as z.infer<typeof PopoloExport>;
    expect(events.find((event) => event.id === returned.id)!.links).toContainEqual({ url: `${origin}/en/exchanges/${foundingExchangeSlug}`, note: 'returns_visit' });
  });

  it('pages through a long list with next and previous links', async () => {
    const [zibo, liuzhou] = await Promise.all(['zibo', 'liuzhou'].map((slug) => database.db.city.findUniqueOrThrow({ where: { slug } })));
    for (let i = 0; i < 100; i++) await make.exchange(zibo!.id, liuzhou!.id, { slug: `visit-${i}` });
    const first = await ask('/api/v1/exchanges');
    expect(first.body).toMatchObject({ page: 1, page_count: 2, total: 101, links: { prev: null, next: `${origin}/api/v1/exchanges?page=2` } });
    expect(first.body.data).toHaveLength(100);
    const second = await ask('/api/v1/exchanges', '?page=2');
    expect(second.body).toMatchObject({ links: { next: null, prev: `${origin}/api/v1/exchanges` } });
    expect(second.body.data).toHaveLength(1);
  });

  it('lists the tracker’s items with their follow-through, and the cities', async () => {
    const items = await ask('/api/v1/items', '?city=liuzhou&status=stale');
    expect(items.status).toBe(200);
    expect(items.body.data).not.toHaveLength(0);
    expect(items.body.data.every((item) => item.stale)).toBe(true);
    expect(items.body.follow_through).toMatchObject({ total: 5, completed: 0, share: 0 });

    const cities = await ask('/api/v1/cities');
    expect(cities.body.data.map((city) => city.slug).sort()).toEqual(['liuzhou', 'zibo']);
  });

  it('refuses bad parameters with a problem report naming each one, and an unknown exchange with 404', async () => {
    const refused = await ask('/api/v1/exchanges', '?year=twenty&status=done&modified_since=yesterday&page=1e99');
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.body.errors)).toEqual(['year', 'status', 'page', 'modified_since']);
    expect(refused.body.errors).toMatchObject({ modified_since: expect.stringContaining('2026-01-31T08:00:00Z') });

    expect((await ask('/api/v1/exchanges', '?city=atlantis')).body.errors).toEqual({ city: expect.stringMatching(/No city/) });
    expect((await ask('/api/v1/items', '?status=sleeping')).status).toBe(400);
    expect((await ask('/api/v1/exchanges/{slug}', '', 'no-such-exchange')).status).toBe(404);
    expect((await ask('/api/v1/exchanges/{slug}', '', '../../etc/passwd')).status).toBe(404);
  });
});

describe('a joint visit', () => {
  /** The cells of a CSV download's column, row by row. */
  const csvColumn = async (response: Response, name: string) => {
    const csv = readCsv(await response.text());
    if (!csv.ok) throw new Error('The download is not CSV');
    return csv.records.map(({ cells }) => cells[csv.header.indexOf(name)]);
  };
  const slugsOf = (cities: readonly { slug: string }[]) => cities.map((city) => city.slug);

  it('names every visiting city, the leading one first, in the JSON, the CSV, the Popolo export and the feeds', async () => {
    const founding = await database.db.exchange.findUniqueOrThrow({ where: { slug: foundingExchangeSlug } });
    const qingdao = await make.city({ slug: 'qingdao', nameZh: '青岛', nameEn: 'Qingdao', provinceZh: '山东', provinceEn: 'Shandong' });
    const weifang = await make.city({ slug: 'weifang', nameZh: '潍坊', nameEn: 'Weifang', provinceZh: '山东', provinceEn: 'Shandong' });
    // Weifang first: the record's order, not the keys' nor the ids'.
    await database.db.exchangeJoiningCity.createMany({ data: [weifang, qingdao].map((city, position) => ({ exchangeId: founding.id, cityId: city.id, position })) });
    await database.db.$transaction((tx) => writePublication(tx, founding.id, null));
    const joined = ['weifang', 'qingdao'];

    // A city that only joined the visit finds it as well.
    const list = await ask('/api/v1/exchanges', '?city=weifang&partner=liuzhou');
    expect(list.body.data.map((entry) => [entry.slug, slugsOf((entry as unknown as ExchangeResource).other_visiting_cities)])).toEqual([[foundingExchangeSlug, joined]]);
    const exchange = (await ask('/api/v1/exchanges/{slug}', '', foundingExchangeSlug)).body as unknown as ExchangeResource;
    expect(exchange.visiting_city.slug).toBe('zibo');
    expect(exchange.other_visiting_cities).toEqual([
      { slug: 'weifang', name: { zh: '潍坊', en: 'Weifang' }, province: { zh: '山东', en: 'Shandong' } },
      { slug: 'qingdao', name: { zh: '青岛', en: 'Qingdao' }, province: { zh: '山东', en: 'Shandong' } },
    ]);
    const items = (await ask('/api/v1/items', '?city=qingdao')).body.data as unknown as TrackedItemResource[];
    expect(items).toHaveLength(5);
    expect(items.map((item) => slugsOf(item.exchange.other_visiting_cities))).toEqual(items.map(() => joined));

    const exchangesCsv = () => getExchangesCsv(new Request(`${origin}/api/v1/exchanges.csv`));
    expect(await csvColumn(await exchangesCsv(), 'other_visiting_cities')).toEqual(['weifang;qingdao']);
    expect(await csvColumn(await exchangesCsv(), 'other_visiting_cities_zh')).toEqual(['潍坊;青岛']);
    expect(await csvColumn(await exchangesCsv(), 'other_visiting_cities_en')).toEqual(['Weifang;Qingdao']);
    expect(await csvColumn(await getItemsCsv(new Request(`${origin}/api/v1/items.csv`)), 'other_visiting_cities')).toEqual(items.map(() => 'weifang;qingdao'));

    const { events, areas } = (await ask('/api/v1/popolo', '?lang=en')).body as unknown as z.infer<typeof PopoloExport>;
    expect(areas.map((area) => area.name).sort()).toEqual(['Liuzhou', 'Qingdao', 'Weifang', 'Zibo']);
    const cities = events.find((event) => event.id === founding.id)!.participants.filter((participant) => participant.entity_type === 'area');
    expect(cities.map((city) => [city.entity_name, city.note])).toEqual([
      ['Zibo', 'VISITING'],
      ['Weifang', 'VISITING'],
      ['Qingdao', 'VISITING'],
      ['Liuzhou', 'HOST'],
    ]);

    const feed = { params: Promise.resolve({ locale: 'zh' }) };
    const atom = await (await getAtomFeed(new Request(`${origin}/zh/feeds/exchanges.atom`), feed)).text();
    expect([...atom.matchAll(/<category term="([^"]*)"\/>/g)].map((match) => match[1]).slice(1)).toEqual(['淄博', '潍坊', '青岛', '柳州']);
    const calendar = (await (await getCalendar(new Request(`${origin}/zh/feeds/exchanges.ics`), feed)).text()).replace(/\r\n[ \t]/g, '');
    expect(calendar.split('\r\n').find((line) => line.startsWith('CATEGORIES:'))).toMatch(/,淄博,潍坊,青岛,柳州$/);
  });
});

describe('a mirror syncing with modified_since', () => {
  it('gets what changed since its last sync, oldest change first, and a tombstone for what was withdrawn', async () => {
    const [zibo, liuzhou] = await Promise.all(['zibo', 'liuzhou'].map((slug) => database.db.city.findUniqueOrThrow({ where: { slug } })));
    const everything = await ask('/api/v1/exchanges', '?modified_since=2000-01-01');
    const lastSeen = everything.body.data.at(-1)!.modified_at;
    expect(everything.body.total).toBe(1);

    await new Promise((resolve) => setTimeout(resolve, 5));
    const added = await make.exchange(zibo!.id, liuzhou!.id, { slug: 'added-later' });
    const founding = await database.db.publication.findUniqueOrThrow({ where: { slug: foundingExchangeSlug } });
    await withdrawExchange(await make.account('ADMIN'), founding.exchangeId);

    const changes = await ask('/api/v1/exchanges', `?modified_since=${encodeURIComponent(lastSeen)}`);
    expect(changes.body.data).toEqual([
      expect.objectContaining({ slug: 'added-later', id: added.id }),
      { id: founding.exchangeId, slug: foundingExchangeSlug, withdrawn_at: expect.any(String), modified_at: expect.any(String) },
    ]);
    // Withdrawn records stay off every other list.
    expect((await ask('/api/v1/exchanges')).body.data).toEqual([expect.objectContaining({ slug: 'added-later' })]);

    // Nothing changed since the newest change: only the record changed in that very moment comes again.
    const newest = changes.body.data.at(-1)!.modified_at;
    const again = await ask('/api/v1/exchanges', `?modified_since=${encodeURIComponent(newest)}`);
    expect(again.body.data.map((entry) => entry.slug)).toEqual([foundingExchangeSlug]);
  });
});

describe('the Popolo export', () => {
  type Popolo = z.output<typeof PopoloExport>;
  const popolo = async (query: string) => {
    const { status, body } = await ask('/api/v1/popolo', query);
    expect(status).toBe(200);
    return body as unknown as Popolo;
  };

  it('holds the people, posts, organizations, cities and events of the record, every reference resolving', async () => {
    const { persons, organizations, memberships, areas, events } = await popolo('?lang=en');
    const ids = (list: { id: string }[]) => new Set(list.map((entry) => entry.id));
    const [personIds, organizationIds, areaIds, eventIds] = [ids(persons), ids(organizations), ids(areas), ids(events)];

    expect(persons.length).toBeGreaterThan(0);
    expect(memberships.length).toBeGreaterThan(0);
    for (const membership of memberships) {
      expect(personIds).toContain(membership.person_id);
      if (membership.organization_id) expect(organizationIds).toContain(membership.organization_id);
    }
    for (const organization of organizations) {
      if (organization.area_id) expect(areaIds).toContain(organization.area_id);
      if (organization.parent_id) expect(organizationIds).toContain(organization.parent_id);
    }
    for (const event of events) {
      if (event.parent_id) expect(eventIds).toContain(event.parent_id);
      for (const participant of event.participants) {
        if (participant.entity_type === 'person') expect(personIds).toContain(participant.entity_id);
        else if (participant.entity_type === 'area') expect(areaIds).toContain(participant.entity_id);
        else if (participant.entity_id) expect(organizationIds).toContain(participant.entity_id);
      }
    }

    // Names in the language asked for, the other language alongside.
    const mayor = persons.find((person) => person.other_names.some((other) => other.name === '赵庆文'));
    expect(mayor).toMatchObject({ name: 'Zhao Qingwen', other_names: [{ name: '赵庆文', lang: 'zh', note: 'multilingual' }] });
    expect(areas.map((area) => area.name).sort()).toEqual(['Liuzhou', 'Zibo']);
    const visit = events.find((event) => event.parent_id === null)!;
    expect(visit.classification).toBe('delegation_visit');
    expect(visit).toMatchObject({ id: expect.any(String), parent_id: null, links: [{ url: `${origin}/en/exchanges/${foundingExchangeSlug}` }] });
    expect(events.filter((event) => event.parent_id === visit.id).length).toBeGreaterThan(0);
    expect(visit.participants).toContainEqual(expect.objectContaining({ entity_type: 'person', entity_id: mayor!.id }));
  });

  it('leaves out withdrawn exchanges and the people only they name, and refuses a bad filter', async () => {
    const [zibo, liuzhou] = await Promise.all(['zibo', 'liuzhou'].map((slug) => database.db.city.findUniqueOrThrow({ where: { slug } })));
    const founding = await database.db.publication.findUniqueOrThrow({ where: { slug: foundingExchangeSlug } });
    await withdrawExchange(await make.account('ADMIN'), founding.exchangeId);
    await make.exchange(zibo!.id, liuzhou!.id, { slug: 'no-people' });

    const { persons, memberships, events } = await popolo('');
    expect(persons).toEqual([]);
    expect(memberships).toEqual([]);
    expect(events.map((event) => event.name)).toEqual([expect.stringMatching(/^Exchange \d+$/)]);
    expect((await ask('/api/v1/popolo', '?city=atlantis')).status).toBe(400);
  });
});

describe('relationships between cities', () => {
  /**
   * Zibo and Liuzhou are sister cities since June 2024, signed at the founding exchange; Zibo and
   * Qingdao have proposed a friendship; Liuzhou and Qingdao's agreement is still a draft in review.
   */
  async function recordRelationships() {
    const [zibo, liuzhou] = await Promise.all(['zibo', 'liuzhou'].map((slug) => database.db.city.findUniqueOrThrow({ where: { slug } })));
    const qingdao = await make.city({ slug: 'qingdao', nameZh: '青岛', nameEn: 'Qingdao', provinceZh: '山东', provinceEn: 'Shandong' });
    const founding = await database.db.exchange.findUniqueOrThrow({ where: { slug: foundingExchangeSlug } });
    const [staff, admin] = await Promise.all([make.account('STAFF', [zibo!.id, liuzhou!.id]), make.account('ADMIN')]);
    const provenance = { endedPrecision: 'DAY', originalLanguage: 'zh', translation: 'HUMAN' } as const;
    const record = async (fields: Record<string, unknown>, publish = true) => {
      const { id } = await createRelationship(staff, { ...provenance, establishedPrecision: 'DAY', ...fields });
      await submitRelationship(staff, id);
      if (publish) await publishRelationship(admin, id);
      return id;
    };
    const sisters = await record({
      cityId: zibo!.id,
      partnerCityId: liuzhou!.id,
      kind: 'SISTER_CITY',
      status: 'IN_FORCE',
      establishedOn: '2024-06',
      establishedPrecision: 'MONTH',
      summaryZh: '两市结为友好城市',
      summaryEn: 'The two cities become sister cities',
      signingExchangeId: founding.id,
    });
    const proposed = await record({ cityId: qingdao.id, partnerCityId: zibo!.id, kind: 'FRIENDSHIP_EXCHANGE', status: 'PROPOSED' });
    const draft = await record({ cityId: liuzhou!.id, partnerCityId: qingdao.id, kind: 'COOPERATION_AGREEMENT', status: 'IN_FORCE' }, false);
    return { sisters, proposed, draft, founding };
  }

  const listed = async (query = '') => {
    const { status, body } = await ask('/api/v1/relationships', query);
    expect(status).toBe(200);
    return body.data as unknown as RelationshipResource[];
  };
  const idsOf = (relationships: readonly RelationshipResource[]) => relationships.map((relationship) => relationship.id);

  it('lists the published ones, never a draft, each with its cities, dates as known and signing exchange', async () => {
    const { sisters, proposed, draft } = await recordRelationships();
    const all = await listed();
    // The dated one first; those with no date last.
    expect(idsOf(all)).toEqual([sisters, proposed]);
    expect(idsOf(all)).not.toContain(draft);
    expect(all[0]).toEqual({
      id: sisters,
      kind: 'SISTER_CITY',
      status: 'IN_FORCE',
      city: { slug: 'zibo', name: { zh: '淄博', en: 'Zibo' }, province: expect.any(Object) },
      partner_city: { slug: 'liuzhou', name: { zh: '柳州', en: 'Liuzhou' }, province: expect.any(Object) },
      established_on: '2024-06-01',
      established_precision: 'MONTH',
      ended_on: null,
      ended_precision: 'DAY',
      summary: { zh: '两市结为友好城市', en: 'The two cities become sister cities' },
      original_language: 'zh',
      translation: 'HUMAN',
      signing_exchange: {
        slug: foundingExchangeSlug,
        title: { zh: expect.any(String), en: expect.any(String) },
        api_url: `${origin}/api/v1/exchanges/${foundingExchangeSlug}`,
      },
      files: [],
      sources: [],
      claims: [],
      published_at: expect.any(String),
      modified_at: expect.any(String),
    });
    expect(all[1]).toMatchObject({ established_on: null, signing_exchange: null, summary: { zh: null, en: null } });
  });

  it('filters by a city on either side, a pair either way round, a kind and a status', async () => {
    const { sisters, proposed } = await recordRelationships();
    expect(idsOf(await listed('?city=liuzhou'))).toEqual([sisters]);
    expect(idsOf(await listed('?city=zibo'))).toEqual([sisters, proposed]);
    expect(idsOf(await listed('?city=zibo&partner=qingdao'))).toEqual([proposed]);
    expect(idsOf(await listed('?city=liuzhou&partner=qingdao'))).toEqual([]);
    expect(idsOf(await listed('?kind=sister_city'))).toEqual([sisters]);
    expect(idsOf(await listed('?status=proposed'))).toEqual([proposed]);
    expect(idsOf(await listed('?city=zibo&kind=friendship_exchange&status=in_force'))).toEqual([]);
    // A city with nothing on record is simply without relationships.
    expect(await listed('?city=atlantis')).toEqual([]);
  });

  it('no longer names a signing exchange taken off the public record', async () => {
    const { sisters, founding } = await recordRelationships();
    await withdrawExchange(await make.account('ADMIN'), founding.id);
    const [relationship] = await listed('?kind=sister_city');
    expect(relationship).toMatchObject({ id: sisters, signing_exchange: null });
  });

  it('refuses bad filters with a problem report naming each one', async () => {
    const refused = await ask('/api/v1/relationships', '?kind=twinned&status=done');
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.body.errors)).toEqual(['kind', 'status']);
    const lonePartner = await ask('/api/v1/relationships', '?partner=zibo');
    expect(lonePartner.status).toBe(400);
    expect(lonePartner.body.errors).toEqual({ partner: expect.stringMatching(/first city of the pair/) });
  });

  it('downloads the same relationships as CSV, and refuses a bad filter with a problem report', async () => {
    const { sisters } = await recordRelationships();
    const download = (query = '') => getRelationshipsCsv(new Request(`${origin}/api/v1/relationships.csv${query}`, { headers: { 'accept-language': 'en' } }));
    const response = await download('?city=liuzhou');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="jiaoliu-relationships.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    // The byte-order mark, which decoding takes off again.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = readCsv(new TextDecoder().decode(bytes));
    if (!csv.ok) throw new Error('The download is not CSV');
    const rows = csv.records.map(({ cells }) => Object.fromEntries(csv.header.map((name, index) => [name, cells[index]])));
    expect(rows).toEqual([
      expect.objectContaining({
        id: sisters,
        kind: 'SISTER_CITY',
        city: 'zibo',
        partner_city_zh: '柳州',
        established_on: '2024-06-01',
        established_precision: 'MONTH',
        ended_on: '',
        signing_exchange_slug: foundingExchangeSlug,
      }),
    ]);

    const refused = await download('?status=done');
    const body: unknown = await refused.json();
    expect(problemsWith('/api/v1/relationships.csv', { status: refused.status, contentType: refused.headers.get('content-type'), body })).toEqual([]);
    expect(body).toMatchObject({ status: 400, errors: { status: expect.any(String) } });
  });

  it('gives them in the Popolo export, with both cities among its areas', async () => {
    const { sisters, proposed } = await recordRelationships();
    const popolo = (query: string) => ask('/api/v1/popolo', query).then(({ body }) => body as unknown as z.infer<typeof PopoloExport>);
    const everything = await popolo('?lang=en');
    expect(everything.relationships.map((relationship) => relationship.id)).toEqual([sisters, proposed]);
    const [sisterCities] = everything.relationships;
    expect(sisterCities).toMatchObject({ name: 'Zibo – Liuzhou', classification: 'sister_city', status: 'in_force', start_date: '2024-06', end_date: null });
    const areaNames = new Map(everything.areas.map((area) => [area.id, area.name]));
    expect(everything.relationships.flatMap((relationship) => relationship.area_ids.map((id) => areaNames.get(id))).sort()).toEqual(['Liuzhou', 'Qingdao', 'Zibo', 'Zibo']);
    expect((await popolo('?city=liuzhou')).relationships.map((relationship) => relationship.id)).toEqual([sisters]);
  });

  it('follows them as an Atom feed, with the same filters, each entry linking to the pair’s page', async () => {
    const { sisters } = await recordRelationships();
    const feed = (query: string) =>
      getRelationshipsAtom(new Request(`${origin}/en/feeds/relationships.atom${query}`), { params: Promise.resolve({ locale: 'en' }) });
    const atom = await (await feed('?city=liuzhou')).text();
    expect([...atom.matchAll(/<id>([^<]*)<\/id>/g)].map((match) => match[1]).slice(1)).toEqual([`urn:uuid:${sisters}`]);
    expect(atom).toContain('<title type="text">Zibo – Liuzhou: Sister cities (in force)</title>');
    expect(atom).toContain(`href="${origin}/en/cities/zibo/liuzhou"`);
    expect((await feed('?status=done')).status).toBe(400);
  });
});
