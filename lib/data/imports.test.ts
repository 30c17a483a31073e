import { beforeEach, describe, expect, it } from 'vitest';
import { presentExchange } from '../api/present';
import { seedDatabase, foundingExchangeSlug } from '../db/seed';
import { databaseFingerprint, setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { bytesOf, exchangesCsv, historicalExchange, historicalExchangesCsv, historicalRecordsJson, importColumns } from '../testing/import-files';
import { publishExchange } from './exchange-editing';
import { getPublishedExchange } from './exchanges';
import { checkImport, importExchanges } from './imports';
import type { ImportProblem } from '../import/protocol';
import { validationMessage } from '../validation/messages';
import type { UserViewer } from './viewer';

const database = setupTestDatabase();
const make = testFactories(() => database.db);
const csvFile = (text: string, name = 'historical.csv') => ({ name, bytes: bytesOf(text) });

let admin: UserViewer;
beforeEach(async () => {
  await make.city({ slug: 'zibo', nameZh: '淄博', nameEn: 'Zibo' });
  await make.city({ slug: 'liuzhou', nameZh: '柳州', nameEn: 'Liuzhou' });
  admin = await make.account('ADMIN');
});

describe('a dry run', () => {
  it('lists every problem with its row and field, in the reader’s language, and writes nothing', async () => {
    const csv = exchangesCsv([
      historicalExchange(1),
      historicalExchange(2, { start_date: '2023-02-30' }),
      historicalExchange(3, { host_city: 'xian' }),
      historicalExchange(4, { end_date: '2000-01-01' }),
      historicalExchange(5, { slug: historicalExchange(1).slug!, status: 'HAPPENED' }),
    ]);
    const before = await databaseFingerprint(database.db, { withAudit: true });
    const summary = await checkImport(admin, csvFile(csv), 'en');
    expect(summary.problems).toEqual([
      { row: 3, field: 'start_date', message: 'Enter a real date as YYYY-MM-DD (2023-05-15), or as YYYY-MM (2023-05) when only the month is known, or YYYY (2023)' },
      { row: 4, field: 'host_city', message: 'No city with the key “xian” is on record. Add it under Administration → Cities, or correct the key.' },
      { row: 5, field: 'end_date', message: 'The end date is before the start date' },
      { row: 6, field: 'status', message: 'Choose one of the options' },
      { row: 6, field: 'slug', message: 'Row 2 has the same key; an exchange may appear only once.' },
    ]);
    expect(summary).toMatchObject({ format: 'csv', records: 5 });
    expect(await databaseFingerprint(database.db, { withAudit: true })).toBe(before);

    const zh = await checkImport(admin, csvFile(csv), 'zh');
    expect(zh.problems[0]).toEqual({ row: 3, field: 'start_date', message: '请输入真实存在的日期：YYYY-MM-DD（2023-05-15）；只知道月份时为 YYYY-MM（2023-05）；只知道年份时为 YYYY（2023）' });
  });

  it('names a missing or unknown column once, in the header', async () => {
    const columns = importColumns.filter((column) => column !== 'status');
    const csv = exchangesCsv([historicalExchange(1, { titel: 'x' })], [...columns, 'titel']);
    const { problems } = await checkImport(admin, csvFile(csv), 'en');
    expect(problems).toEqual([
      { row: 1, field: 'titel', message: expect.stringMatching(/^Unknown column/) },
      { row: 1, field: 'status', message: 'The header lacks this column, which every exchange needs.' },
    ]);
  });

  it('says what a file would add', async () => {
    expect(await checkImport(admin, csvFile(historicalExchangesCsv(3)), 'en')).toEqual({
      format: 'csv',
      records: 3,
      added: 3,
      alreadyPresent: 0,
      people: 0,
      organizations: 0,
      sources: 0,
      problems: [],
    });
  });
});

describe('an import', () => {
  it('adds the exchanges as drafts, each with its history naming the file, and logs the import', async () => {
    const { imported, summary } = await importExchanges(admin, csvFile(historicalExchangesCsv(3), '/tmp/uploads/historical.csv'), { locale: 'en' });
    expect(imported).toBe(true);
    expect(summary.added).toBe(3);
    const exchanges = await database.db.exchange.findMany({ orderBy: { startDate: 'asc' }, include: { visitingCity: true } });
    expect(exchanges.map((exchange) => [exchange.slug, exchange.publicationState, exchange.visitingCity.slug, exchange.createdById])).toEqual([
      ['2001-01-02-zibo-to-liuzhou-1', 'DRAFT', 'zibo', admin.id],
      ['2001-01-03-zibo-to-liuzhou-2', 'DRAFT', 'zibo', admin.id],
      ['2001-01-04-zibo-to-liuzhou-3', 'DRAFT', 'zibo', admin.id],
    ]);
    expect(exchanges[0]).toMatchObject({ titleZh: '淄博市代表团考察柳州（第 1 次）', summaryEn: expect.stringContaining('"net red"') });
    const history = await database.db.revision.findMany({ where: { exchangeId: exchanges[0]!.id } });
    expect(history).toEqual([expect.objectContaining({ entityType: 'Exchange', action: 'CREATE', actorId: admin.id, note: 'Imported from historical.csv' })]);
    const audit = await database.db.auditEvent.findMany({ where: { kind: 'IMPORT' } });
    expect(audit).toEqual([expect.objectContaining({ actorId: admin.id, subject: 'historical.csv', detail: expect.objectContaining({ added: 3 }) })]);
  });

  it('publishes the exchanges it adds when asked, in the same transaction, each with its history', async () => {
    const progress: string[] = [];
    const { imported } = await importExchanges(admin, csvFile(historicalExchangesCsv(120)), {
      locale: 'en',
      publish: true,
      onProgress: ({ phase, done }) => void progress.push(`${phase} ${done}`),
    });
    expect(imported).toBe(true);
    expect(progress).toEqual(['writing 0', 'writing 120', 'publishing 50', 'publishing 100', 'publishing 120']);
    expect(await database.db.publication.count({ where: { withdrawnAt: null } })).toBe(120);
    const slug = historicalExchange(7).slug!;
    expect(await getPublishedExchange(admin, slug)).toMatchObject({ summary: { slug } });
    const { id } = await database.db.exchange.findUniqueOrThrow({ where: { slug } });
    const history = await database.db.revision.findMany({ where: { entityType: 'Exchange', entityId: id }, orderBy: { version: 'asc' } });
    expect(history.map((revision) => [revision.action, revision.note])).toEqual([
      ['CREATE', 'Imported from historical.csv'],
      ['PUBLISH', 'Imported from historical.csv'],
    ]);
  });

  it('commits nothing when a row near the end is bad', async () => {
    const rows = Array.from({ length: 600 }, (_, n) => historicalExchange(n + 1));
    rows[598] = historicalExchange(599, { date_precision: 'WEEK' });
    const before = await databaseFingerprint(database.db, { withAudit: true });
    const { imported, summary } = await importExchanges(admin, csvFile(exchangesCsv(rows)), { locale: 'en' });
    expect(imported).toBe(false);
    expect(summary.problems).toEqual([{ row: 600, field: 'date_precision', message: 'Choose one of the options' }]);
    expect(await databaseFingerprint(database.db, { withAudit: true })).toBe(before);
  });

  it('commits nothing when it stops part-way through writing', async () => {
    const before = await databaseFingerprint(database.db, { withAudit: true });
    const progress: number[] = [];
    const stopped = importExchanges(admin, csvFile(historicalExchangesCsv(600)), {
      locale: 'en',
      onProgress: ({ done }) => {
        progress.push(done);
        if (done >= 500) throw new Error('Stopped by the reader');
      },
    });
    await expect(stopped).rejects.toThrow('Stopped by the reader');
    expect(progress).toEqual([0, 250, 500]);
    expect(await databaseFingerprint(database.db, { withAudit: true })).toBe(before);
  });

  it('adds nothing when the same file comes again', async () => {
    const file = csvFile(historicalExchangesCsv(5));
    await importExchanges(admin, file, { locale: 'en' });
    const before = await databaseFingerprint(database.db);
    const again = await importExchanges(admin, file, { locale: 'en' });
    expect(again).toMatchObject({ imported: true, summary: { added: 0, alreadyPresent: 5, problems: [] } });
    expect(await databaseFingerprint(database.db)).toBe(before);
  });

  it('refuses a row whose key is on record with other values, naming each, column by column', async () => {
    await importExchanges(admin, csvFile(historicalExchangesCsv(2)), { locale: 'en' });
    const changed = exchangesCsv([historicalExchange(1, { title_en: 'Another title', host_city: 'zibo', visiting_city: 'liuzhou' }), historicalExchange(3)]);
    const { imported, summary } = await importExchanges(admin, csvFile(changed), { locale: 'en' });
    expect(imported).toBe(false);
    expect(summary.problems.map((problem) => [problem.row, problem.field, problem.message.split(':')[1]?.split('.')[0]])).toEqual([
      [2, 'visiting_city', ' zibo'],
      [2, 'host_city', ' liuzhou'],
      [2, 'title_en', ' Zibo delegation visits Liuzhou (visit 1)'],
    ]);
  });
});

describe('a JSON file in the API’s shape', () => {
  it('brings a whole record back: people, events, statements, items with progress, practices, sources and claims', async () => {
    await database.db.$executeRawUnsafe('TRUNCATE "City" CASCADE');
    await seedDatabase(database.db);
    const published = presentExchange(await getPublishedExchange(admin, foundingExchangeSlug), 'https://example.org');
    // A place not on record, among the sites visited, comes back as a name, not as a new organization.
    const museum = { id: null, name: { zh: '柳州工业博物馆', en: null } };
    const original = { ...published, events: published.events.map((event) => (event.sites_visited.length ? { ...event, sites_visited: [museum, ...event.sites_visited] } : event)) };
    const copy = { ...original, slug: 'founding-record-again' };
    const file = { name: 'founding.json', bytes: bytesOf(JSON.stringify([copy])) };

    const check = await checkImport(admin, file, 'en');
    expect(check).toMatchObject({ format: 'json', added: 1, people: 0, organizations: 0, sources: 0, problems: [] });
    await importExchanges(admin, file, { locale: 'en' });
    const { id } = await database.db.exchange.findUniqueOrThrow({ where: { slug: 'founding-record-again' } });
    await publishExchange(admin, id);
    const again = await getPublishedExchange(admin, 'founding-record-again');
    const roundTrip = presentExchange(again, 'https://example.org');

    // Everything but the ids, the key and the times of publication makes the round trip.
    const withoutIds = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value, (key, inner) => (['id', 'person_id', 'slug', 'pages', 'published_at', 'modified_at'].includes(key) ? undefined : inner)));
    expect(withoutIds(roundTrip)).toEqual(withoutIds(original));
  });

  it('adds the people, organizations and sources a record names when they are not on record', async () => {
    await database.db.$executeRawUnsafe('TRUNCATE "City" CASCADE');
    await seedDatabase(database.db);
    const original = presentExchange(await getPublishedExchange(admin, foundingExchangeSlug), 'https://example.org');
    // Everything but the cities and the accounts goes.
    await database.db.$executeRawUnsafe('TRUNCATE "Exchange", "Person", "Organization", "Source", "Revision" CASCADE');
    const file = { name: 'founding.json', bytes: bytesOf(JSON.stringify(original)) };

    const { summary } = await importExchanges(admin, file, { locale: 'en' });
    expect(summary).toMatchObject({ added: 1, problems: [] });
    const nameOf = (name: { zh: string | null; en: string | null }) => name.zh ?? name.en;
    const people = [...original.participants, ...original.statements.flatMap((statement) => statement.speaker ?? [])].map((person) => nameOf(person.name));
    const organizations = [
      original.visiting_organization,
      original.host_organization,
      ...original.events.flatMap((event) => event.sites_visited),
      ...original.cooperation_items.flatMap((item) => item.parties.flatMap((party) => party.organization ?? [])),
    ].flatMap((organization) => (organization ? [nameOf(organization.name)] : []));
    expect([summary.people, summary.organizations, summary.sources]).toEqual([new Set(people).size, new Set(organizations).size, original.sources.length]);
    await publishExchange(admin, (await database.db.exchange.findUniqueOrThrow({ where: { slug: foundingExchangeSlug } })).id);
    const again = await getPublishedExchange(admin, foundingExchangeSlug);
    const withoutIds = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value, (key, inner) => (['id', 'person_id', 'pages', 'published_at', 'modified_at'].includes(key) ? undefined : inner)));
    expect(withoutIds(presentExchange(again, 'https://example.org'))).toEqual(withoutIds(original));
    const made = await database.db.organization.findMany({ select: { kind: true } });
    expect(new Set(made.map((organization) => organization.kind))).toEqual(new Set(['OTHER']));
  });

  it('names each problem by its path in the record', async () => {
    const record = {
      slug: 'zibo-visit',
      kind: 'DELEGATION_VISIT',
      title: { zh: '考察', en: 'Visit' },
      start_date: '2024-03-01',
      date_precision: 'DAY',
      visiting_city: { slug: 'zibo' },
      host_city: { slug: 'liuzhou' },
      status: 'TOOK_PLACE',
      original_language: 'zh',
      translation: 'HUMAN',
      participants: [{ name: { zh: null, en: null }, side: 'VISITING', role: 'LEADER' }],
      events: [{ kind: 'SITE_VISIT', title: { zh: '参观', en: '', original_language: 'zh', translation: 'HUMAN' }, sites_visited: [{ name: { zh: null, en: '' } }] }],
      statements: [],
      cooperation_items: [
        {
          title: { zh: '合作', en: 'Cooperation', original_language: 'zh', translation: 'MACHINE' },
          status: 'AGREED',
          progress: 140,
          origin_statement_number: 2,
          parties: [{ role: 'RESPONSIBLE', city: { slug: 'xian' } }, { role: 'PARTNER' }],
          progress_reports: [{ date: '2024-13-01', status: 'IN_PROGRESS', progress: 40, note: null, evidence: [{ url: 'ftp://example.org', title: { zh: null, en: null } }] }],
        },
      ],
      practices: [{ city: { slug: 'liuzhou' }, title: { zh: '做法', en: 'Practice', original_language: 'en', translation: 'HUMAN' } }],
      sources: [{ number: 1, kind: 'NEWS_REPORT', publication: { zh: '柳州日报', en: 'Liuzhou Daily' }, title: { zh: null, en: null }, language: 'zh', authors: [] }],
      start_date_claims: { state: 'disputed', claims: [{ value: '2024-03-01', source_number: 2, basis: 'STATED', accepted: false }] },
      topics: 'none',
    };
    const { problems } = await checkImport(admin, { name: 'visit.json', bytes: bytesOf(JSON.stringify([record])) }, 'en');
    expect(problems.map((problem) => [problem.row, problem.field])).toEqual([
      [1, 'participants[0].name'],
      [1, 'events[0].sites_visited[0].name'],
      [1, 'topics'],
      [1, 'cooperation_items[0].parties[0].city.slug'],
      [1, 'cooperation_items[0].parties[1]'],
      [1, 'cooperation_items[0].origin_statement_number'],
      [1, 'cooperation_items[0].progress'],
      [1, 'cooperation_items[0].progress_reports[0].date'],
      [1, 'cooperation_items[0].progress_reports[0].evidence[0].url'],
      [1, 'start_date_claims.claims[0].source_number'],
    ]);
  });

  it('names each problem of what a part points at, by its path: proposer, origin topic, event, sources cited, notes', async () => {
    const text = (zh: string, en: string) => ({ zh, en, original_language: 'zh', translation: 'HUMAN' });
    const [visit] = JSON.parse(historicalRecordsJson(1));
    const record = {
      ...visit,
      citations: [{ locator: 'p. 3' }],
      events: [{ kind: 'SITE_VISIT', title: text('参观', 'Visit'), sites_visited: [], citations: [{ source_number: 1, locator: '段'.repeat(501) }] }],
      topics: [
        {
          title: text('议题', 'Topic'),
          event_number: 2,
          questions: [{ text: text('问题？', 'A question?'), asked_by_side: 'HOST', asked_by_side_basis: 'GUESSED', citations: 'all of them' }],
        },
      ],
      statements: [{ ...visit.statements[0], event_number: 0 }],
      cooperation_items: [
        {
          ...visit.cooperation_items[0],
          proposed_by: { name: { zh: null, en: null } },
          origin_topic_number: 4,
          outcome_known: 'yes',
          citations: [{ source_number: 1 }, { source_number: 1 }, { source_number: 3 }],
        },
      ],
      sources: [
        { number: 1, kind: 'NEWS_REPORT', publication: { zh: '柳州日报', en: 'Liuzhou Daily' }, title: { zh: null, en: null }, language: 'zh', note: { zh: null, en: null }, authors: [] },
        { number: 2, kind: 'NEWS_REPORT', publication: { zh: '淄博日报', en: 'Zibo Daily' }, title: { zh: null, en: null }, language: 'zh', note: { zh: '注\u0007', en: null }, authors: [] },
      ],
      start_date_claims: { state: 'agreed', claims: [{ value: visit.start_date, source_number: 1, basis: 'STATED', accepted: false, quotation: null, note: { zh: '注'.repeat(2001), en: null } }] },
    };
    const { problems } = await checkImport(admin, { name: 'visit.json', bytes: bytesOf(JSON.stringify([record])) }, 'en');
    expect(problems.map((problem) => [problem.field, problem.message])).toEqual([
      ['sources[1].note.zh', 'Remove the invisible control characters'],
      ['citations[0].source_number', 'Required'],
      ['events[0].citations[0].locator', 'At most 500 characters'],
      ['topics[0].event_number', 'This exchange’s events have no number 2.'],
      ['topics[0].questions[0].citations', 'Expected a list, [ … ].'],
      ['topics[0].questions[0].asked_by_side_basis', 'Choose one of the options'],
      ['statements[0].event_number', 'This exchange’s events have no number 0.'],
      ['cooperation_items[0].citations[1].source_number', 'This source is already cited for this entry'],
      ['cooperation_items[0].citations[2].source_number', 'This exchange’s sources have no number 3.'],
      ['cooperation_items[0].origin_topic_number', 'This exchange’s topics have no number 4.'],
      ['cooperation_items[0].proposed_by.name.zh', 'Enter the name in Chinese, in English, or both'],
      ['cooperation_items[0].outcome_known', 'Choose one of the options'],
      ['start_date_claims.claims[0].note.zh', 'At most 2000 characters'],
    ]);
  });

  it('reads a record exported before the API said where sources are cited, how an asker’s side is known or whether an outcome is', async () => {
    await database.db.$executeRawUnsafe('TRUNCATE "City" CASCADE');
    await seedDatabase(database.db);
    const published = await getPublishedExchange(admin, foundingExchangeSlug);
    const newer = ['citations', 'asked_by_side_basis', 'outcome_known'];
    const older = JSON.parse(JSON.stringify({ ...presentExchange(published, 'https://example.org'), slug: 'older-export' }), (key, value) =>
      newer.includes(key) ? undefined : value,
    );
    const { summary } = await importExchanges(admin, { name: 'older.json', bytes: bytesOf(JSON.stringify(older)) }, { locale: 'en' });
    expect(summary.problems).toEqual([]);

    const exchange = await database.db.exchange.findUniqueOrThrow({
      where: { slug: 'older-export' },
      include: { citations: true, questions: true, cooperationItems: true },
    });
    // Each source is cited for the exchange as a whole; a question's side is an editor's reading; an item with news has an outcome known.
    expect(exchange.citations.map((citation) => [citation.subjectKind, citation.locator])).toEqual(older.sources.map(() => ['EXCHANGE', null]));
    expect(exchange.questions.map((question) => question.askedBySideBasis)).toEqual(['INFERRED', 'INFERRED']);
    expect(exchange.cooperationItems.every((item) => item.outcomeKnown)).toBe(true);
  });

  it('reports a key or name no form accepts as a problem of its field, without asking the database', async () => {
    const record = {
      ...JSON.parse(historicalRecordsJson(1))[0],
      slug: 'zibo\u0000visit',
      visiting_city: { slug: 'zibo\u0000' },
      participants: [{ name: { zh: '张\u0000三', en: 'Zhang\uD800' }, side: 'VISITING', role: 'LEADER' }],
      sources: [{ number: 1, kind: 'NEWS_REPORT', url: 'https://example.org/\u0000', publication: { zh: '日报\u0000', en: null }, title: { zh: null, en: null }, language: 'zh', authors: [] }],
    };
    const { problems } = await checkImport(admin, { name: 'visit.json', bytes: bytesOf(JSON.stringify([record])) }, 'en');
    expect(problems.map((problem) => problem.field)).toEqual(expect.arrayContaining(['slug', 'visiting_city.slug', 'participants[0].name.zh', 'sources[0].url']));
  });
});

describe('links in a JSON file', () => {
  const [zibo, liuzhou] = [{ slug: 'zibo' }, { slug: 'liuzhou' }];
  const visits = JSON.parse(historicalRecordsJson(3)) as { slug: string; start_date: string }[];
  /** The n-th historical visit, from Zibo to Liuzhou, with these changes. */
  const visit = (n: number, changes: Record<string, unknown> = {}) => ({ ...visits[n - 1]!, ...changes });
  const slugOf = (n: number) => visits[n - 1]!.slug;
  /** A visit from Liuzhou to Zibo on the day of the n-th. */
  const returnVisit = (n: number, changes: Record<string, unknown> = {}) =>
    visit(n, { slug: `liuzhou-returns-the-visit-${n}`, visiting_city: liuzhou, host_city: zibo, ...changes });
  /** A link as the API gives it, from this record's side or the other's. */
  const link = (kind: string, slug: string, direction = 'outgoing') => ({
    kind,
    direction,
    exchange: { slug, title: { zh: '访问', en: 'A visit' }, start_date: '2001-01-02', api_url: `https://example.org/api/v1/exchanges/${slug}` },
  });
  const jsonFile = (records: unknown[]) => ({ name: 'links.json', bytes: bytesOf(JSON.stringify(records)) });
  const importOf = (records: unknown[], locale: 'en' | 'zh' = 'en') => importExchanges(admin, jsonFile(records), { locale });
  const storedLinks = async () =>
    (
      await database.db.exchangeLink.findMany({
        orderBy: [{ exchange: { startDate: 'asc' } }, { position: 'asc' }],
        select: { id: true, kind: true, position: true, exchange: { select: { slug: true } }, target: { select: { slug: true } } },
      })
    ).map((stored) => ({ id: stored.id, link: [stored.exchange.slug, stored.kind, stored.target.slug, stored.position] }));

  it('brings back the links each record states, to exchanges on record and to records further on in the file, each with its history', async () => {
    await importOf([visit(1)]);
    const returning = returnVisit(3, { links: [link('RETURNS_VISIT', slugOf(2)), link('FOLLOWS_UP', 'not-read', 'incoming'), link('SAME_SERIES', slugOf(1))] });
    const { imported, summary } = await importOf([returning, visit(2, { links: [link('FOLLOWS_UP', slugOf(1)), link('RETURNS_VISIT', returning.slug, 'incoming')] })]);
    expect(summary.problems).toEqual([]);
    expect(imported).toBe(true);

    // Those stated of a record (incoming) are not read: the record stating them brings them.
    const links = await storedLinks();
    expect(links.map((stored) => stored.link)).toEqual([
      [slugOf(2), 'FOLLOWS_UP', slugOf(1), 0],
      [returning.slug, 'RETURNS_VISIT', slugOf(2), 0],
      [returning.slug, 'SAME_SERIES', slugOf(1), 1],
    ]);
    const history = await database.db.revision.findMany({ where: { entityType: 'ExchangeLink' } });
    expect(history.map((revision) => revision.entityId).sort()).toEqual(links.map((stored) => stored.id).sort());
    expect(history.every((revision) => revision.action === 'CREATE' && revision.actorId === admin.id && revision.note === 'Imported from links.json')).toBe(true);
  });

  it('leaves links out of the comparison with a record on record: it is skipped as it is', async () => {
    await importOf([visit(1), visit(2, { links: [link('FOLLOWS_UP', slugOf(1))] })]);
    const before = await databaseFingerprint(database.db);
    const again = await importOf([visit(1, { links: [link('SAME_SERIES', 'not-read')] }), visit(2)]);
    expect(again).toMatchObject({ imported: true, summary: { added: 0, alreadyPresent: 2, problems: [] } });
    expect(await databaseFingerprint(database.db)).toBe(before);
  });

  const refusals: { name: string; onRecord?: number[]; deleted?: boolean; records: () => unknown[]; locale?: 'en' | 'zh'; problems: () => ImportProblem[] }[] = [
    {
      name: 'to its own record',
      records: () => [visit(1, { links: [link('SAME_SERIES', slugOf(1))] })],
      problems: () => [{ row: 1, field: 'links[0].exchange.slug', message: validationMessage('en', 'linkToItself') }],
    },
    {
      name: 'returning a visit the same way',
      records: () => [visit(1), visit(2, { links: [link('RETURNS_VISIT', slugOf(1))] })],
      problems: () => [{ row: 2, field: 'links[0].kind', message: validationMessage('en', 'notAReturn') }],
    },
    {
      name: 'following up a later exchange',
      onRecord: [3],
      records: () => [visit(1, { links: [link('FOLLOWS_UP', slugOf(3))] })],
      problems: () => [{ row: 1, field: 'links[0].exchange.slug', message: validationMessage('en', 'linkToLater') }],
    },
    {
      name: 'that closes a circle in the file',
      records: () => {
        const day = { start_date: visits[0]!.start_date };
        return [
          visit(1, { ...day, slug: 'same-day-a', links: [link('FOLLOWS_UP', 'same-day-b')] }),
          returnVisit(1, { ...day, slug: 'same-day-b', links: [link('RETURNS_VISIT', 'same-day-c')] }),
          visit(1, { ...day, slug: 'same-day-c', links: [link('SAME_SERIES', 'same-day-b'), link('FOLLOWS_UP', 'same-day-a')] }),
        ];
      },
      problems: () => [{ row: 3, field: 'links[1].exchange.slug', message: validationMessage('en', 'linkCycle') }],
    },
    {
      name: 'to a key found nowhere',
      records: () => [visit(2, { links: [link('FOLLOWS_UP', 'no-such-visit')] })],
      problems: () => [
        {
          row: 1,
          field: 'links[0].exchange.slug',
          message: 'No exchange with the key “no-such-visit” is on record or in this file. Import the exchange it names first, or in the same file, or correct the key.',
        },
      ],
    },
    {
      name: 'to a key found nowhere, in Chinese',
      records: () => [visit(2, { links: [link('FOLLOWS_UP', 'no-such-visit')] })],
      locale: 'zh',
      problems: () => [
        { row: 1, field: 'links[0].exchange.slug', message: '没有标识为“no-such-visit”的交流记录，此文件中也没有。请先导入它所指的交流记录，或放在同一文件中导入，或更正标识。' },
      ],
    },
    {
      name: 'to a deleted exchange',
      onRecord: [1],
      deleted: true,
      records: () => [visit(2, { links: [link('FOLLOWS_UP', slugOf(1))] })],
      problems: () => [
        { row: 1, field: 'links[0].exchange.slug', message: `The exchange with the key “${slugOf(1)}” was deleted. Restore it from the deleted records, or leave this link out.` },
      ],
    },
    {
      name: 'to an exchange linked already',
      onRecord: [1],
      records: () => [visit(2, { links: [link('FOLLOWS_UP', slugOf(1)), link('SAME_SERIES', slugOf(1))] })],
      problems: () => [{ row: 1, field: 'links[1].exchange.slug', message: validationMessage('en', 'alreadyLinked') }],
    },
    {
      name: 'of no known direction, kind or end',
      records: () => [visit(1), visit(2, { links: [{ ...link('FOLLOWS_UP', slugOf(1)), direction: 'sideways' }, link('PICNIC', slugOf(1)), { kind: 'FOLLOWS_UP', direction: 'outgoing' }] })],
      problems: () => [
        { row: 2, field: 'links[0].direction', message: 'Choose one of the options' },
        { row: 2, field: 'links[1].kind', message: 'Choose one of the options' },
        { row: 2, field: 'links[2].exchange.slug', message: 'Required' },
      ],
    },
  ];

  it.each(refusals)('refuses a link $name, naming where it is, and writes nothing', async ({ onRecord = [], deleted = false, records, locale = 'en', problems }) => {
    if (onRecord.length) await importOf(onRecord.map((n) => visit(n)));
    if (deleted) await database.db.exchange.updateMany({ data: { deletedAt: new Date() } });
    const before = await databaseFingerprint(database.db, { withAudit: true });
    const { imported, summary } = await importOf(records(), locale);
    expect(summary.problems).toEqual(problems());
    expect(imported).toBe(false);
    expect(await databaseFingerprint(database.db, { withAudit: true })).toBe(before);
  });
});

describe('the other visiting cities of a joint visit', () => {
  const [visit] = JSON.parse(historicalRecordsJson(1)) as { slug: string }[];
  const jointVisit = (cities: unknown) => ({ ...visit!, other_visiting_cities: cities });
  const jsonFile = (records: unknown[]) => ({ name: 'joint.json', bytes: bytesOf(JSON.stringify(records)) });
  const jointColumns = [...importColumns, 'other_visiting_cities'];
  const refs = (...slugs: string[]) => slugs.map((slug) => ({ slug }));
  const joinedCities = async (slug: string) => {
    const { joiningCities } = await database.db.exchange.findUniqueOrThrow({
      where: { slug },
      select: { joiningCities: { orderBy: { position: 'asc' }, select: { city: { select: { slug: true } } } } },
    });
    return joiningCities.map((joined) => joined.city.slug);
  };

  beforeEach(async () => {
    await make.city({ slug: 'weifang', nameZh: '潍坊', nameEn: 'Weifang' });
    await make.city({ slug: 'qingdao', nameZh: '青岛', nameEn: 'Qingdao' });
  });

  it('adds them in the record’s order, from JSON and from a CSV column of keys, each exchange’s history naming them', async () => {
    const json = await importExchanges(admin, jsonFile([jointVisit(refs('weifang', 'qingdao'))]), { locale: 'en' });
    expect(json.summary.problems).toEqual([]);
    expect(await joinedCities(visit!.slug)).toEqual(['weifang', 'qingdao']);

    const row = historicalExchange(2, { other_visiting_cities: ' qingdao; weifang;' });
    const csv = await importExchanges(admin, csvFile(exchangesCsv([row], jointColumns)), { locale: 'en' });
    expect(csv.summary.problems).toEqual([]);
    expect(await joinedCities(row.slug!)).toEqual(['qingdao', 'weifang']);

    const { id, joiningCities } = await database.db.exchange.findUniqueOrThrow({
      where: { slug: row.slug! },
      select: { id: true, joiningCities: { orderBy: { position: 'asc' }, select: { cityId: true } } },
    });
    const [created] = await database.db.revision.findMany({ where: { entityType: 'Exchange', entityId: id } });
    expect(created!.snapshot).toMatchObject({ otherVisitingCityIds: joiningCities.map((joined) => joined.cityId) });
  });

  it('compares them with an exchange on record: the same again adds nothing, others are a problem showing those on record', async () => {
    await importExchanges(admin, jsonFile([jointVisit(refs('weifang', 'qingdao'))]), { locale: 'en' });
    const before = await databaseFingerprint(database.db);
    expect((await checkImport(admin, jsonFile([jointVisit(refs('weifang', 'qingdao'))]), 'en')).alreadyPresent).toBe(1);

    const { problems } = await checkImport(admin, jsonFile([jointVisit(refs('qingdao', 'weifang'))]), 'en');
    expect(problems).toEqual([{ row: 1, field: 'other_visiting_cities', message: expect.stringContaining('weifang;qingdao') }]);
    // A record exported before exchanges had further visitors had none.
    const { other_visiting_cities: _none, ...older } = jointVisit([]);
    expect((await checkImport(admin, jsonFile([older]), 'en')).problems).toEqual([{ row: 1, field: 'other_visiting_cities', message: expect.stringContaining('weifang;qingdao') }]);
    expect(await databaseFingerprint(database.db)).toBe(before);
  });

  const refusals: { name: string; file: () => { name: string; bytes: Uint8Array }; problems: ImportProblem[] }[] = [
    {
      name: 'a city not on record',
      file: () => jsonFile([jointVisit(refs('weifang', 'gaomi'))]),
      problems: [{ row: 1, field: 'other_visiting_cities[1].slug', message: 'No city with the key “gaomi” is on record. Add it under Administration → Cities, or correct the key.' }],
    },
    {
      name: 'a city not on record, in a CSV column',
      file: () => csvFile(exchangesCsv([historicalExchange(1, { other_visiting_cities: 'weifang;gaomi' })], jointColumns)),
      problems: [{ row: 2, field: 'other_visiting_cities', message: 'No city with the key “gaomi” is on record. Add it under Administration → Cities, or correct the key.' }],
    },
    {
      name: 'the host among the visitors',
      file: () => jsonFile([jointVisit(refs('weifang', 'liuzhou'))]),
      problems: [{ row: 1, field: 'other_visiting_cities', message: validationMessage('en', 'cityOnBothSides') }],
    },
    {
      name: 'the leading city again, in a CSV column',
      file: () => csvFile(exchangesCsv([historicalExchange(1, { other_visiting_cities: 'zibo' })], jointColumns)),
      problems: [{ row: 2, field: 'other_visiting_cities', message: validationMessage('en', 'cityOnBothSides') }],
    },
    {
      name: 'a city named twice',
      file: () => jsonFile([jointVisit(refs('weifang', 'weifang'))]),
      problems: [{ row: 1, field: 'other_visiting_cities', message: validationMessage('en', 'cityOnBothSides') }],
    },
    {
      name: 'a city without its key, and a list that is not one',
      file: () => jsonFile([jointVisit([{ name: { zh: '潍坊', en: 'Weifang' } }]), { ...jointVisit('weifang'), slug: 'another-visit' }]),
      problems: [
        { row: 1, field: 'other_visiting_cities[0].slug', message: 'Required' },
        { row: 2, field: 'other_visiting_cities', message: 'Expected a list, [ … ].' },
      ],
    },
  ];

  it.each(refusals)('refuses $name, naming the field, and writes nothing', async ({ file, problems }) => {
    const before = await databaseFingerprint(database.db, { withAudit: true });
    const { imported, summary } = await importExchanges(admin, file(), { locale: 'en' });
    expect(summary.problems).toEqual(problems);
    expect(imported).toBe(false);
    expect(await databaseFingerprint(database.db, { withAudit: true })).toBe(before);
  });

  it('says what is wrong in Chinese too', async () => {
    const { problems } = await checkImport(admin, jsonFile([jointVisit(refs('liuzhou'))]), 'zh');
    expect(problems).toEqual([{ row: 1, field: 'other_visiting_cities', message: validationMessage('zh', 'cityOnBothSides') }]);
  });
});
