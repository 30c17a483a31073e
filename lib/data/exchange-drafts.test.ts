import { beforeEach, describe, expect, it } from 'vitest';
import { databaseFingerprint, setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { refusal } from '../testing/outcomes';
import type { ExchangeDraft } from '../validation/schemas/draft';
import { submitAndPublish } from '../testing/outcomes';
import { saveExchangeDraft } from './exchange-drafts';
import { addPart } from './exchange-parts';
import type { Viewer } from './viewer';
import { getWorkingExchange, listCityChoices, listSiteChoices } from './workspace';

const database = setupTestDatabase();
const make = testFactories(() => database.db);

let staff: Viewer;
let otherCityStaff: Viewer;
let cities: { zibo: string; liuzhou: string };

beforeEach(async () => {
  const [zibo, liuzhou, elsewhere] = [await make.city({ slug: 'zibo' }), await make.city({ slug: 'liuzhou' }), await make.city({ slug: 'elsewhere' })];
  cities = { zibo: zibo.id, liuzhou: liuzhou.id };
  staff = await make.account('STAFF', [zibo.id]);
  otherCityStaff = await make.account('STAFF', [elsewhere.id]);
});

const exchangeValues = () => ({
  kind: 'DELEGATION_VISIT',
  titleZh: '淄博市政府代表团赴柳州考察',
  titleEn: 'Zibo government delegation visits Liuzhou',
  visitingCityId: cities.zibo,
  hostCityId: cities.liuzhou,
  datePrecision: 'DAY',
  startDate: '2023-05-05',
  status: 'TOOK_PLACE',
  originalLanguage: 'zh',
  translation: 'HUMAN',
});

const provenance = { originalLanguage: 'zh', translation: 'HUMAN' };
const submitted = (draft: Partial<ExchangeDraft>) => ({ draft: JSON.stringify({ rows: [], removed: [], ...draft }) });

/** A new exchange with a person, an event visiting a site not on record, a topic of that event and a question asked by that person. */
const wholeVisit = ([nameZh, nameEn] = ['赵庆文', 'Zhao Qingwen']) =>
  submitted({
    exchange: { values: exchangeValues() },
    rows: [
      { kind: 'question', key: 'q1', values: { textZh: '螺蛳粉如何走向全国？', topicId: 'new:t1', askedById: 'new:p1', askedBySideBasis: 'STATED', ...provenance } },
      { kind: 'participant', key: 'p1', values: { newPersonNameZh: nameZh, newPersonNameEn: nameEn, side: 'VISITING', role: 'LEADER' } },
      { kind: 'event', key: 'e1', values: { kind: 'SITE_VISIT', titleZh: '考察螺蛳粉产业园', siteNamesZh: ['螺蛳粉产业园'], ...provenance } },
      { kind: 'topic', key: 't1', values: { titleZh: '螺蛳粉产业', eventId: 'new:e1', ...provenance } },
      { kind: 'source', key: 's1', values: { kind: 'NEWS_REPORT', publicationZh: '柳州日报', publicationEn: 'Liuzhou Daily', language: 'zh', publishedOn: '2023-05-06' } },
    ],
  });

describe('saving a whole exchange at once', () => {
  it('creates the exchange and every row, pointers between new rows resolved, in one go', async () => {
    const { id } = await saveExchangeDraft(staff, null, wholeVisit());
    const { record } = await getWorkingExchange(staff, id);
    expect(record.participants).toMatchObject([{ nameZh: '赵庆文', role: 'LEADER' }]);
    expect(record.events[0]!.sitesVisited).toMatchObject([{ id: null, nameZh: '螺蛳粉产业园' }]);
    const [topic] = record.topics;
    expect(topic).toMatchObject({ titleZh: '螺蛳粉产业', eventId: record.events[0]!.id });
    expect(topic!.questions).toMatchObject([{ textZh: '螺蛳粉如何走向全国？', askedById: record.participants[0]!.personId }]);
    expect(record.sources).toMatchObject([{ publicationZh: '柳州日报' }]);
    expect(await database.db.revision.count({ where: { exchangeId: id, action: 'CREATE' } })).toBe(7);
  });

  it('saves nothing when one row is refused, and names that row and field', async () => {
    const before = await databaseFingerprint(database.db);
    const draft = submitted({
      exchange: { values: exchangeValues() },
      rows: [
        { kind: 'event', key: 'e1', values: { kind: 'SITE_VISIT', titleZh: '考察', ...provenance } },
        { kind: 'topic', key: 't1', values: { titleZh: '', titleEn: '', ...provenance } },
      ],
    });
    expect(await refusal(saveExchangeDraft(staff, null, draft))).toEqual(['t1.titleZh: requiredInOriginal']);
    expect(await databaseFingerprint(database.db)).toEqual(before);
  });

  it('refuses, row by row, what the server alone can tell: a person of another city’s draft, a pointer at a missing row', async () => {
    const hidden = await database.db.person.create({ data: { nameZh: '未发布', pending: true } });
    const before = await databaseFingerprint(database.db);
    const draft = submitted({
      exchange: { values: exchangeValues() },
      rows: [
        { kind: 'participant', key: 'p1', values: { personId: hidden.id, side: 'HOST', role: 'HOST' } },
        { kind: 'topic', key: 't1', values: { titleZh: '议题', eventId: 'new:nowhere', ...provenance } },
      ],
    });
    expect(await refusal(saveExchangeDraft(staff, null, draft))).toEqual(['t1.eventId: invalidId']);
    const withHiddenPerson = submitted({ exchange: { values: exchangeValues() }, rows: [{ kind: 'participant', key: 'p1', values: { personId: hidden.id, side: 'HOST', role: 'HOST' } }] });
    expect(await refusal(saveExchangeDraft(staff, null, withHiddenPerson))).toEqual(['p1.personId: invalidId']);
    expect(await databaseFingerprint(database.db)).toEqual(before);
  });

  it('changes, reorders and removes rows of an exchange on record, each with its history', async () => {
    const { id } = await saveExchangeDraft(staff, null, wholeVisit());
    await addPart(staff, 'event', id, { kind: 'MEETING', titleZh: '座谈会', ...provenance });
    const working = await getWorkingExchange(staff, id);
    const [visit, meeting] = working.record.events;
    const [topic] = working.record.topics;
    const draft = submitted({
      baseVersion: working.fields.workingVersion,
      rows: [
        { kind: 'event', key: 'meeting', id: meeting!.id, version: meeting!.version },
        { kind: 'event', key: 'visit', id: visit!.id, version: visit!.version, values: { kind: 'SITE_VISIT', titleZh: '考察螺蛳粉产业园区', ...provenance } },
      ],
      removed: [{ kind: 'topic', id: topic!.id, version: topic!.version }],
    });
    await saveExchangeDraft(staff, id, draft);
    const { record } = await getWorkingExchange(staff, id);
    expect(record.events.map((event) => event.titleZh)).toEqual(['座谈会', '考察螺蛳粉产业园区']);
    expect(record.topics).toEqual([]);
    expect(record.questionsWithoutTopic).toHaveLength(1);
    const revisions = await database.db.revision.findMany({ where: { exchangeId: id, createdAt: { gte: new Date(Date.now() - 60_000) } }, select: { entityType: true, action: true } });
    expect(revisions).toEqual(expect.arrayContaining([{ entityType: 'Topic', action: 'DELETE' }, { entityType: 'Event', action: 'UPDATE' }]));
  });

  it('refuses a draft opened before someone else saved, keeping what is on record; saved on top, it refuses only the rows both changed', async () => {
    const { id } = await saveExchangeDraft(staff, null, wholeVisit());
    const opened = await getWorkingExchange(staff, id);
    const [event] = opened.record.events;
    const [topic] = opened.record.topics;
    // Someone else changes the event meanwhile.
    await saveExchangeDraft(staff, id, submitted({ baseVersion: opened.fields.workingVersion, rows: [{ kind: 'event', key: 'e', id: event!.id, version: event!.version, values: { kind: 'SITE_VISIT', titleZh: '他们的标题', ...provenance } }] }));
    const before = await databaseFingerprint(database.db);
    const mine = { baseVersion: opened.fields.workingVersion, rows: [{ kind: 'topic' as const, key: 't', id: topic!.id, version: topic!.version, values: { titleZh: '我的议题', ...provenance } }] };
    expect(await refusal(saveExchangeDraft(staff, id, submitted(mine)))).toBe('CONFLICT');
    expect(await databaseFingerprint(database.db)).toEqual(before);
    await saveExchangeDraft(staff, id, submitted({ ...mine, force: true }));
    expect((await getWorkingExchange(staff, id)).record.topics[0]!.titleZh).toBe('我的议题');
    const overTheirs = { baseVersion: opened.fields.workingVersion, force: true, rows: [{ kind: 'event' as const, key: 'e', id: event!.id, version: event!.version, values: { kind: 'SITE_VISIT', titleZh: '我的标题', ...provenance } }] };
    expect(await refusal(saveExchangeDraft(staff, id, submitted(overTheirs)))).toBe('CONFLICT');
  });

  it('refuses rows of another exchange, and exchanges of other cities', async () => {
    const { id } = await saveExchangeDraft(staff, null, wholeVisit());
    const other = await saveExchangeDraft(staff, null, wholeVisit(['孙文化', 'Sun Wenhua']));
    const { record, fields } = await getWorkingExchange(staff, other.id);
    const foreignEvent = record.events[0]!;
    const base = (await getWorkingExchange(staff, id)).fields.workingVersion;
    const before = await databaseFingerprint(database.db);
    expect(await refusal(saveExchangeDraft(staff, id, submitted({ baseVersion: base, rows: [{ kind: 'event', key: 'e', id: foreignEvent.id, version: foreignEvent.version }] })))).toBe('NOT_FOUND');
    expect(await refusal(saveExchangeDraft(staff, id, submitted({ baseVersion: base, removed: [{ kind: 'event', id: foreignEvent.id, version: foreignEvent.version }] })))).toBe('NOT_FOUND');
    expect(await refusal(saveExchangeDraft(otherCityStaff, other.id, submitted({ baseVersion: fields.workingVersion })))).toBe('FORBIDDEN');
    expect(await refusal(saveExchangeDraft(otherCityStaff, null, submitted({ exchange: { values: exchangeValues() } })))).toBe('FORBIDDEN');
    expect(await databaseFingerprint(database.db)).toEqual(before);
  });

  it('refuses a submission that is not a draft', async () => {
    for (const input of [{}, { draft: '{' }, { draft: '[]' }, { draft: JSON.stringify({ rows: [{ kind: 'constructor', key: 'x', values: {} }], removed: [] }) }]) {
      expect(await refusal(saveExchangeDraft(staff, null, input))).not.toBeNull();
    }
  });

  describe('cities and organizations not yet on record', () => {
    const guilin = { nameZh: '桂林', nameEn: 'Guilin', provinceZh: '广西壮族自治区', provinceEn: 'Guangxi', level: 'PREFECTURE' };
    const visitToGuilin = () =>
      submitted({
        exchange: { values: { ...exchangeValues(), hostCityId: 'new:guilin', hostOrganizationId: 'new:government' } },
        rows: [
          { kind: 'organization', key: 'museum', values: { nameZh: '桂林博物馆', nameEn: 'Guilin Museum', kind: 'PUBLIC_INSTITUTION', cityId: 'new:guilin' } },
          { kind: 'city', key: 'guilin', values: guilin },
          { kind: 'organization', key: 'government', values: { nameZh: '桂林市人民政府', nameEn: 'Guilin Municipal People’s Government', kind: 'GOVERNMENT', cityId: 'new:guilin' } },
          { kind: 'event', key: 'visit', values: { kind: 'SITE_VISIT', titleZh: '参观桂林博物馆', siteIds: ['new:museum'], ...provenance } },
        ],
      });

    it('are made in place and used at once, seen only by the record’s staff until a reviewer publishes it', async () => {
      const { id } = await saveExchangeDraft(staff, null, visitToGuilin());
      const { record } = await getWorkingExchange(staff, id);
      expect(record.hostCity).toMatchObject({ nameZh: '桂林' });
      expect(record.hostOrganization).toMatchObject({ nameZh: '桂林市人民政府' });
      expect(record.events[0]!.sitesVisited).toMatchObject([{ nameZh: '桂林博物馆' }]);
      const city = await database.db.city.findFirstOrThrow({ where: { nameZh: '桂林' } });
      expect(city).toMatchObject({ slug: 'guilin', pending: true });

      const colleague = await make.account('STAFF', [cities.zibo]);
      const names = async (viewer: Viewer) => (await listCityChoices(viewer)).map((choice) => choice.nameZh);
      expect(await names(colleague)).toContain('桂林');
      expect(await names(otherCityStaff)).not.toContain('桂林');
      expect((await listSiteChoices(otherCityStaff, [city.id])).map((site) => site.nameZh)).toEqual([]);
      // Named by an id the other city's staff could only have guessed, it is refused.
      const elsewhere = (await database.db.city.findFirstOrThrow({ where: { slug: 'elsewhere' } })).id;
      const forged = submitted({ exchange: { values: { ...exchangeValues(), visitingCityId: elsewhere, hostCityId: city.id } } });
      expect(await refusal(saveExchangeDraft(otherCityStaff, null, forged))).toEqual(['exchange.hostCityId: invalidId']);

      const reviewer = await make.account('ADMIN');
      await submitAndPublish(staff as never, reviewer as never, id);
      expect(await names(otherCityStaff)).toContain('桂林');
      expect(await database.db.organization.count({ where: { pending: true } })).toBe(0);
    });

    it('refuses one already on record under the same name, saving nothing', async () => {
      await saveExchangeDraft(staff, null, visitToGuilin());
      const before = await databaseFingerprint(database.db);
      expect(await refusal(saveExchangeDraft(staff, null, visitToGuilin()))).toEqual(['guilin.nameZh: alreadyOnRecord']);
      expect(await databaseFingerprint(database.db)).toEqual(before);
    });
  });

  it('asks before adding someone whose name is on record in another script, and adds them when told it is someone else', async () => {
    await database.db.person.create({ data: { nameZh: '趙慶文', keyZh: '赵庆文', keyPinyin: 'zhaoqingwen' } });
    const namesake = (confirmed: boolean) =>
      submitted({
        exchange: { values: exchangeValues() },
        rows: [{ kind: 'participant', key: 'p1', values: { newPersonNameEn: 'Zhao Qingwen', side: 'VISITING', role: 'LEADER', ...(confirmed ? { newPersonConfirmed: 'on' } : {}) } }],
      });
    const before = await databaseFingerprint(database.db);
    expect(await refusal(saveExchangeDraft(staff, null, namesake(false)))).toEqual(['p1.newPersonNameEn: personOnRecord']);
    expect(await databaseFingerprint(database.db)).toEqual(before);
    await saveExchangeDraft(staff, null, namesake(true));
    expect(await database.db.person.count()).toBe(2);
  });
});
