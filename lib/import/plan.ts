import { z } from 'zod';
import { nameKeys } from '../records/name-keys';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { RecordKind } from '../generated/prisma/enums';
import { fromIsoDate, isoDate } from '../i18n/format';
import { getImportMessages, type ImportMessages } from '../i18n/import-messages';
import type { Locale } from '../i18n/locales';
import { listSeparator } from '../open-data/columns';
import { isSequel, leadsTo, type LinkEnd, linkMismatch } from '../records/link-rules';
import { firstFreeSlug, sourceSlugBase } from '../records/slugs';
import { checkbox, enumOf } from '../validation/fields';
import { localizeIssues } from '../validation/form';
import { validationMessage, type ValidationKey } from '../validation/messages';
import { exchangeFields, type ExchangeFields } from '../validation/schemas/exchange';
import { cooperationParty, importedPerson, importKey, itemProgress, progressEvidence, sourceAuthor } from '../validation/schemas/imports';
import {
  cooperationItemFields,
  eventFields,
  linkFields,
  participantFields,
  practiceFields,
  progressUpdateFields,
  questionFields,
  sitesVisited,
  statementFields,
  topicFields,
} from '../validation/schemas/parts';
import { organizationFields } from '../validation/schemas/reference';
import { citationFields, type ClaimableField, claimFields, claimValueOf, sourceFields } from '../validation/schemas/sources';
import { uuidv7 } from './ids';
import type { ImportProblem, ImportSummary } from './protocol';
import { type FileRecord, type ImportFile, isObject, type Json } from './read';
import * as paths from './record-fields';

/*
 * Turns the records of a file into the rows an import writes, checking every part with the schema of
 * the form that edits it, and finding what the records name among what is on record:
 * - an exchange is known by its key (slug): one on record with the same values is skipped, one with
 *   other values is a problem (an import adds and never changes);
 * - cities must be on record (by key);
 * - a link names the other exchange by key: one on record, or one the file adds, before or after it;
 * - people are found by their Chinese name, or else their English one; organizations by id, then by
 *   Chinese name (in the side's city first); sources by address, then by publication, title and day.
 *   What is not found is added, once however many records name it.
 * Nothing is read or written here but through `db`, and nothing is written at all: lib/import/write.ts
 * writes the plan.
 */

/**
 * The tables an import fills (named as in the database), each after those it points at. Each row
 * holds every column, defaults included, since it is written as it is.
 */
export const tables = [
  'Person',
  'PersonRole',
  'Organization',
  'Source',
  'SourceAuthor',
  'Exchange',
  'ExchangeJoiningCity',
  'Participant',
  'Event',
  'EventSite',
  'Topic',
  'Question',
  'Statement',
  'CooperationItem',
  'CooperationParty',
  'CooperationUpdate',
  'CooperationEvidence',
  'Practice',
  'Citation',
  'Claim',
  'ExchangeLink',
] as const;
export type Table = (typeof tables)[number];
export type Row = Record<string, unknown>;
export type TableRows = Partial<Record<Table, Row[]>>;

export interface ImportPlan {
  /** People, posts, organizations and sources that several exchanges may point at. */
  shared: TableRows;
  /** Each exchange to add, with its parts. */
  exchanges: { row: number; slug: string; rows: TableRows }[];
  /** The links the exchanges state, written after all of them: one may point at an exchange further on in the file. */
  links: Row[];
  summary: ImportSummary;
}

type Db = PrismaClient | Prisma.TransactionClient;

export async function planImport(db: Db, file: ImportFile, { locale, actorId }: { locale: Locale; actorId: string | null }): Promise<ImportPlan> {
  const reference = await loadReference(db, file.records);
  const planner = new Planner(file, reference, locale, actorId);
  for (const record of file.records) planner.planRecord(record);
  await planner.planLinks();
  await planner.nameNewSources(db);
  return planner.plan();
}

/** The facts besides the dates that the API lists claims on, by the API's name. */
const otherFacts: Readonly<Record<string, ClaimableField>> = { location: 'location', delegation_size: 'delegationSize', leader: 'leader' };

// ---------------------------------------------------------------------------------------------------
// What is on record already
// ---------------------------------------------------------------------------------------------------

// Every field of the exchange's form but its bodies (compared by name elsewhere), the cities that joined
// its visit read from their own rows: a field left out here would read as empty on record and fail every
// re-import.
const comparedSelect = {
  slug: true,
  deletedAt: true,
  kind: true,
  titleZh: true,
  titleEn: true,
  summaryZh: true,
  summaryEn: true,
  purposeZh: true,
  purposeEn: true,
  delegationNameZh: true,
  delegationNameEn: true,
  delegationSize: true,
  visitingCityId: true,
  hostCityId: true,
  startDate: true,
  endDate: true,
  datePrecision: true,
  locationZh: true,
  locationEn: true,
  status: true,
  originalLanguage: true,
  translation: true,
  joiningCities: { orderBy: { position: 'asc' }, select: { cityId: true } },
} as const satisfies Record<Exclude<keyof ExchangeFields, (typeof paths.organizationFields)[number] | 'otherVisitingCityIds'>, true> & Prisma.ExchangeSelect;
type ExchangeOnRecord = Omit<Prisma.ExchangeGetPayload<{ select: typeof comparedSelect }>, 'joiningCities'> &
  Pick<ExchangeFields, 'otherVisitingCityIds'> & { id: string };

type OrganizationOnRecord = { id: string; cityId: string | null };

interface Reference {
  cityIds: Map<string, string>;
  citySlugs: Map<string, string>;
  exchanges: Map<string, ExchangeOnRecord>;
  peopleByZh: Map<string, string>;
  peopleByEn: Map<string, string>;
  /** A person's posts, by person id, as "titleZh|titleEn" → post id. */
  posts: Map<string, Map<string, string>>;
  organizations: Map<string, OrganizationOnRecord>;
  organizationsByName: Map<string, OrganizationOnRecord[]>;
  sourcesByUrl: Map<string, string>;
  sourcesByCitation: Map<string, string>;
}

/** Lists of keys are looked up this many at a time, well within a statement's parameters. */
const lookupBatch = 5000;

async function inBatches<T>(values: Iterable<string>, find: (batch: string[]) => Promise<T[]>): Promise<T[]> {
  const all = [...values];
  const found: T[] = [];
  for (let i = 0; i < all.length; i += lookupBatch) found.push(...(await find(all.slice(i, i + lookupBatch))));
  return found;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether text from the file could be a key on record. The file is not checked yet when its keys are
 * looked up, and text no form accepts (a NUL above all, which the database refuses outright) names
 * nothing on record: it is left for the checks to report.
 */
const couldBeOnRecord = (text: string) => text !== '' && [...text].length <= 2000 && !/\p{Cc}/u.test(text);

/**
 * Everything on record that the records could name, in a few queries: every `slug`, name, id and
 * address anywhere in them is looked up, which finds all they name and a little more.
 */
async function loadReference(db: Db, records: FileRecord[]): Promise<Reference> {
  const slugs = new Set<string>();
  const names = new Set<string>();
  const ids = new Set<string>();
  const urls = new Set<string>();
  const publications = new Set<string>();
  const keep = (set: Set<string>, text: unknown) => {
    if (typeof text === 'string' && couldBeOnRecord(text.trim())) set.add(text.trim());
  };
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isObject(value)) return;
    if (typeof value.slug === 'string') keep(slugs, value.slug.toLowerCase());
    if (typeof value.id === 'string' && uuidPattern.test(value.id)) ids.add(value.id.toLowerCase());
    keep(urls, value.url);
    for (const [key, set] of [['name', names], ['publication', publications]] as const) {
      const text = value[key];
      if (isObject(text)) for (const name of [text.zh, text.en]) keep(set, name);
    }
    Object.values(value).forEach(visit);
  };
  records.forEach((record) => visit(record.value));

  const cities = await inBatches(slugs, (batch) => db.city.findMany({ where: { slug: { in: batch } }, select: { id: true, slug: true } }));
  const exchanges = (await inBatches(slugs, (batch) => db.exchange.findMany({ where: { slug: { in: batch } }, select: { ...comparedSelect, id: true } }))).map(
    ({ joiningCities, ...exchange }) => ({ ...exchange, otherVisitingCityIds: joiningCities.map((joined) => joined.cityId) }),
  );
  // The cities of an exchange on record that the file does not name, so that a value that differs is shown by its key.
  const named = new Set(cities.map((city) => city.id));
  const unnamed = new Set(exchanges.flatMap((exchange) => [exchange.visitingCityId, exchange.hostCityId, ...exchange.otherVisitingCityIds]).filter((id) => !named.has(id)));
  cities.push(...(await inBatches(unnamed, (batch) => db.city.findMany({ where: { id: { in: batch } }, select: { id: true, slug: true } }))));
  const people = await inBatches(names, (batch) =>
    db.person.findMany({
      where: { OR: [{ nameZh: { in: batch } }, { nameEn: { in: batch } }] },
      select: { id: true, nameZh: true, nameEn: true, roles: { select: { id: true, titleZh: true, titleEn: true } } },
    }),
  );
  const organizations = [
    ...(await inBatches(ids, (batch) => db.organization.findMany({ where: { id: { in: batch } }, select: { id: true, nameZh: true, cityId: true } }))),
    ...(await inBatches(names, (batch) => db.organization.findMany({ where: { nameZh: { in: batch } }, select: { id: true, nameZh: true, cityId: true } }))),
  ];
  const sourceSelect = { id: true, url: true, publicationZh: true, titleZh: true, publishedOn: true } as const;
  const sources = [
    ...(await inBatches(urls, (batch) => db.source.findMany({ where: { url: { in: batch } }, select: sourceSelect }))),
    ...(await inBatches(publications, (batch) => db.source.findMany({ where: { publicationZh: { in: batch } }, select: sourceSelect }))),
  ];

  // The oldest entry wins where two share a name, so the same file finds the same one each time.
  const byId = <T extends { id: string }>(rows: T[]) => [...new Map(rows.map((row) => [row.id, row])).values()].sort((a, b) => a.id.localeCompare(b.id));
  const reference: Reference = {
    cityIds: new Map(cities.map((city) => [city.slug, city.id])),
    citySlugs: new Map(cities.map((city) => [city.id, city.slug])),
    exchanges: new Map(exchanges.map((exchange) => [exchange.slug, exchange])),
    peopleByZh: new Map(),
    peopleByEn: new Map(),
    posts: new Map(),
    organizations: new Map(organizations.map((organization) => [organization.id, organization])),
    organizationsByName: new Map(),
    sourcesByUrl: new Map(),
    sourcesByCitation: new Map(),
  };
  for (const person of byId(people)) {
    if (person.nameZh && !reference.peopleByZh.has(person.nameZh)) reference.peopleByZh.set(person.nameZh, person.id);
    if (person.nameEn && !reference.peopleByEn.has(person.nameEn)) reference.peopleByEn.set(person.nameEn, person.id);
    reference.posts.set(person.id, new Map(person.roles.map((role) => [`${role.titleZh}|${role.titleEn}`, role.id])));
  }
  for (const organization of byId(organizations)) {
    const named = reference.organizationsByName.get(organization.nameZh) ?? [];
    named.push(organization);
    reference.organizationsByName.set(organization.nameZh, named);
  }
  for (const source of byId(sources)) {
    if (source.url && !reference.sourcesByUrl.has(source.url)) reference.sourcesByUrl.set(source.url, source.id);
    const key = citationKey(source.publicationZh, source.titleZh, source.publishedOn && isoDate(source.publishedOn));
    if (!reference.sourcesByCitation.has(key)) reference.sourcesByCitation.set(key, source.id);
  }
  return reference;
}

/** How a source without an address is recognized: its publication, title and day. */
const citationKey = (publicationZh: string, titleZh: string | null, publishedOn: string | null) => JSON.stringify([publicationZh, titleZh, publishedOn]);

// ---------------------------------------------------------------------------------------------------
// Reading a record
// ---------------------------------------------------------------------------------------------------

function valueAt(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) {
    if (!isObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

/** A value as a form would submit it: text, or nothing. Anything else is left for the schema to refuse. */
function formValue(value: unknown): unknown {
  if (value === null || value === undefined || value === false) return undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value;
}

const join = (at: string, path: string) => (at ? `${at}.${path}` : path);
const day = (value: string | null) => (value ? fromIsoDate(value) : null);

/** An exchange being planned: its record in the file, and where its rows go. */
interface RecordInPlan {
  value: Json;
  exchangeId: string;
  startDate: Date | null;
  /** The columns every part of the exchange has. */
  owned: { exchangeId: string; version: number; createdAt: Date; updatedAt: Date };
  add: (table: Table, row: Row) => void;
  /** The ids of the record's sources, by the numbers the record gives them. */
  sourceIds: Map<string, string>;
  /** The sources some citation or claim of the record names. */
  namedSources: Set<string>;
  /** Whether the record says where its sources are cited, as the API has since it gave citations. */
  givesCitations: boolean;
  /** What the rules of its links need of it, when its fields are good. */
  linkEnd: LinkEnd | null;
}

/** Beside its progress, the API says whether anything is known of what followed an item at all. */
const itemState = itemProgress.extend({ outcomeKnown: checkbox() });

/** The API gives an exchange's links from both sides: those it states, and those stated of it. */
const linkDirection = z.object({ direction: enumOf(['outgoing', 'incoming']) });

/** An exchange a link may point at. */
type LinkTarget = { id: string; linkEnd: LinkEnd | null };

const linkEndOf = (exchange: Pick<ExchangeFields, 'visitingCityId' | 'otherVisitingCityIds' | 'hostCityId'> & { startDate: Date }): LinkEnd => ({
  startDate: exchange.startDate,
  visitingCityIds: [exchange.visitingCityId, ...exchange.otherVisitingCityIds],
  hostCityId: exchange.hostCityId,
});

const isGiven = (value: unknown) => value !== undefined && value !== null;

/** The form fields whose value the import works out itself, so the schema's view of them is not reported. */
type Settled = ReadonlySet<string>;
const none: Settled = new Set();

class Planner {
  private readonly p: ImportMessages['problems'];
  private readonly now = new Date();
  private readonly problems: ImportProblem[];
  private row = 0;
  private readonly rowOfSlug = new Map<string, number>();
  private readonly shared: Required<Pick<TableRows, 'Person' | 'PersonRole' | 'Organization' | 'Source' | 'SourceAuthor'>> = {
    Person: [],
    PersonRole: [],
    Organization: [],
    Source: [],
    SourceAuthor: [],
  };
  private readonly newPeople = new Map<string, Row>();
  private readonly newPosts = new Map<string, string>();
  private readonly newOrganizations = new Map<string, string>();
  private readonly newSources = new Map<string, string>();
  private readonly exchanges: ImportPlan['exchanges'] = [];
  /** The exchanges the file adds, by key, for links to name wherever in the file they are. */
  private readonly added = new Map<string, LinkTarget>();
  /** Those exchanges' records, whose links are read once every key of the file is known. */
  private readonly toLink: { row: number; record: RecordInPlan }[] = [];
  private readonly links: Row[] = [];
  /** Where the returns and follow-ups that the file's links state lead, by the exchange stating them. */
  private readonly sequels = new Map<string, string[]>();
  private alreadyPresent = 0;

  constructor(
    private readonly file: ImportFile,
    private readonly reference: Reference,
    private readonly locale: Locale,
    private readonly actorId: string | null,
  ) {
    this.p = getImportMessages(locale).problems;
    this.problems = [...file.problems];
  }

  plan(): ImportPlan {
    const problems = [...this.problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    return {
      shared: this.shared,
      exchanges: this.exchanges,
      links: this.links,
      summary: {
        format: this.file.format,
        records: this.file.records.length,
        added: this.exchanges.length,
        alreadyPresent: this.alreadyPresent,
        people: this.shared.Person.length,
        organizations: this.shared.Organization.length,
        sources: this.shared.Source.length,
        problems,
      },
    };
  }

  private problem(path: string, message: string) {
    this.problems.push({ row: this.row, field: this.file.fieldName(path), message });
  }

  /** Checks a part against a form's schema; its problems are reported where they are in the file. */
  private check<S extends z.ZodType>(schema: S, part: unknown, fieldPaths: paths.FieldPaths, at: string, given: Json = {}, settled: Settled = none): z.output<S> | null {
    const input: Json = {};
    for (const [field, path] of Object.entries(fieldPaths)) input[field] = formValue(valueAt(part, path));
    const result = schema.safeParse({ ...input, ...given });
    if (result.success) return result.data;
    // A form lets one pick a person on record; a file can only name one.
    const issues = result.error.issues.map((issue) => (issue.message === 'choosePerson' ? { ...issue, message: 'nameNeeded' } : issue));
    for (const [field, message] of Object.entries(localizeIssues(new z.ZodError(issues), this.locale))) {
      const [top = ''] = field.split('.');
      if (!settled.has(top)) this.problem(join(at, fieldPaths[top] ?? top), message);
    }
    return null;
  }

  /** The entries of a list in the record; anything else there is a problem. */
  private list(part: unknown, key: string, at: string): { entry: Json; at: string }[] {
    const value = valueAt(part, key);
    const where = join(at, key);
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.problem(where, this.p.notArray);
      return [];
    }
    return value.flatMap((entry, index) => {
      if (isObject(entry)) return [{ entry, at: `${where}[${index}]` }];
      this.problem(`${where}[${index}]`, this.p.notEntry);
      return [];
    });
  }

  private timestamps() {
    return { version: 1, createdAt: this.now, updatedAt: this.now };
  }

  planRecord({ row, value }: FileRecord) {
    this.row = row;
    const key = this.check(importKey, value, { slug: 'slug' }, '');
    const settled = new Set<string>();
    const cityId = (field: string) => {
      const id = this.city(value, paths.exchangePaths[field]!);
      if (id === null) settled.add(field);
      return id ?? '';
    };
    const visitingCityId = cityId('visitingCityId');
    const hostCityId = cityId('hostCityId');
    const otherVisitingCityIds = this.list(value, paths.exchangePaths.otherVisitingCityIds!, '').map(({ entry, at }) => {
      const id = this.city(entry, 'slug', at);
      if (id === undefined) this.problem(join(at, 'slug'), validationMessage(this.locale, 'required'));
      if (!id) settled.add('otherVisitingCityIds');
      return id ?? '';
    });
    const fields = this.check(
      exchangeFields,
      value,
      paths.exchangePaths,
      '',
      { visitingCityId, hostCityId, otherVisitingCityIds, visitingOrganizationId: '', hostOrganizationId: '' },
      settled,
    );

    if (key) {
      const firstRow = this.rowOfSlug.get(key.slug);
      if (firstRow !== undefined) this.problem('slug', this.p.repeatedKey(firstRow));
      else this.rowOfSlug.set(key.slug, row);
      const onRecord = this.reference.exchanges.get(key.slug);
      if (onRecord) {
        if (onRecord.deletedAt) this.problem('slug', this.p.deletedKey);
        else if (fields && this.sameAsOnRecord(fields, onRecord)) this.alreadyPresent++;
        return;
      }
    }

    const exchangeId = uuidv7();
    const rows: TableRows = {};
    const record: RecordInPlan = {
      value,
      exchangeId,
      startDate: day(fields?.startDate ?? null),
      owned: { exchangeId, ...this.timestamps() },
      add: (table, row) => (rows[table] ??= []).push(row),
      sourceIds: new Map(),
      namedSources: new Set(),
      givesCitations: false,
      linkEnd: fields && linkEndOf({ ...fields, startDate: fromIsoDate(fields.startDate) }),
    };
    if (key && !this.added.has(key.slug)) this.added.set(key.slug, { id: exchangeId, linkEnd: record.linkEnd });
    this.toLink.push({ row, record });
    // The bodies that sent and received the delegation are of their side's city, or of none.
    const visitingOrganizationId = this.organization(value.visiting_organization, 'visiting_organization', { cityId: visitingCityId || null, ofCity: true });
    const hostOrganizationId = this.organization(value.host_organization, 'host_organization', { cityId: hostCityId || null, ofCity: true });
    if (fields && key) {
      const { otherVisitingCityIds: joined, ...columns } = fields;
      record.add('Exchange', {
        id: exchangeId,
        slug: key.slug,
        ...columns,
        startDate: record.startDate,
        endDate: day(fields.endDate),
        visitingOrganizationId,
        hostOrganizationId,
        publicationState: 'DRAFT',
        createdById: this.actorId,
        deletedAt: null,
        workingVersion: 1,
        ...this.timestamps(),
      });
      joined.forEach((cityId, position) => record.add('ExchangeJoiningCity', { exchangeId, cityId, position }));
    }
    // Sources first: the exchange and each of its parts cite them by number.
    this.sources(record);
    this.cite(record, 'EXCHANGE', exchangeId, value, '');
    this.participants(record);
    const eventIds = this.events(record);
    const topicIds = this.topicsAndQuestions(record, eventIds);
    this.cooperationItems(record, this.statements(record, eventIds), topicIds);
    this.practices(record);
    this.claims(record);
    this.citeUnnamedSources(record);
    if (fields && key) this.exchanges.push({ row, slug: key.slug, rows });
  }

  /**
   * The id of the part that an entry names by its place in a list of the record (`event_number`,
   * from 1), or '' when it names none. A number the list does not reach is a problem.
   */
  private numbered(ids: readonly string[], entry: Json, key: string, at: string, noSuch: (number: string) => string): string {
    const number = formValue(entry[key]);
    if (number === undefined) return '';
    const id = ids[Number(number) - 1];
    if (id === undefined) this.problem(join(at, key), noSuch(String(number)));
    return id ?? '';
  }

  /** The sources the exchange or one of its parts cites, each by its number in the record, with where in it. */
  private cite(record: RecordInPlan, subjectKind: RecordKind, subjectId: string, part: Json, at: string) {
    record.givesCitations ||= isGiven(part.citations);
    const cited = new Set<string>();
    for (const { entry, at: where } of this.list(part, 'citations', at)) {
      const { sourceId, settled } = this.sourceByNumber(record, entry, where);
      const citation = this.check(citationFields, entry, paths.citationPaths, where, { sourceId, subjectKind, subjectId }, settled);
      if (!citation) continue;
      if (cited.has(sourceId)) {
        this.problem(join(where, 'source_number'), validationMessage(this.locale, 'alreadyCited'));
        continue;
      }
      cited.add(sourceId);
      record.namedSources.add(sourceId);
      record.add('Citation', { id: uuidv7(), exchangeId: record.exchangeId, ...citation, createdAt: this.now });
    }
  }

  /**
   * The source a claim or citation names by its number in the record ('' when it names none, which
   * the schema reports); a number no source of the record has is a problem here, and settled.
   */
  private sourceByNumber(record: RecordInPlan, entry: Json, at: string): { sourceId: string; settled: Settled } {
    const number = formValue(entry.source_number);
    if (number === undefined) return { sourceId: '', settled: none };
    const sourceId = record.sourceIds.get(String(number));
    if (!sourceId) this.problem(join(at, 'source_number'), this.p.noSuchSource(String(number)));
    return { sourceId: sourceId ?? '', settled: new Set(['sourceId']) };
  }

  private participants(record: RecordInPlan) {
    const participants = new Set<string>();
    this.list(record.value, 'participants', '').forEach(({ entry, at }, position) => {
      const id = uuidv7();
      this.cite(record, 'PARTICIPANT', id, entry, at);
      const participant = this.check(participantFields, entry, paths.participantPaths, at, { personId: '' });
      if (!participant) return;
      const personId = this.person(participant.newPersonNameZh, participant.newPersonNameEn);
      if (participants.has(personId)) this.problem(join(at, 'name'), validationMessage(this.locale, 'alreadyParticipant'));
      participants.add(personId);
      record.add('Participant', {
        id,
        personId,
        side: participant.side,
        role: participant.role,
        personRoleId: this.post(personId, participant.postTitleZh, participant.postTitleEn, record.startDate),
        position,
        ...record.owned,
      });
    });
  }

  /** The events' ids in the record's order, for the topics and statements of each to name by number. */
  private events(record: RecordInPlan): string[] {
    const eventIds: string[] = [];
    this.list(record.value, 'events', '').forEach(({ entry, at }, position) => {
      const id = uuidv7();
      eventIds.push(id);
      this.cite(record, 'EVENT', id, entry, at);
      const sites = this.sites(entry, at);
      const event = this.check(eventFields, entry, paths.eventPaths, at, sites);
      if (!event) return;
      const { siteIds: _ids, siteNamesZh: _zh, siteNamesEn: _en, ...columns } = event;
      record.add('Event', { id, ...columns, date: day(event.date), position, ...record.owned });
      sitesVisited(event).forEach((site, index) => record.add('EventSite', { eventId: id, position: index, ...site }));
    });
    return eventIds;
  }

  /**
   * An event's sites as the event form's rows: a site with an id is an organization (on record, or
   * found or made from its name); one without is a place not on record, kept as named.
   */
  private sites(event: Json, at: string) {
    const rows = this.list(event, 'sites_visited', at).map(({ entry, at: siteAt }) => {
      if (entry.id !== null && entry.id !== undefined) return { id: this.organization(entry, siteAt, { cityId: null, ofCity: false }) ?? '', zh: '', en: '' };
      const [zh, en] = ['name.zh', 'name.en'].map((path) => valueAt(entry, path));
      if (!zh && !en) this.problem(join(siteAt, 'name'), validationMessage(this.locale, 'nameNeeded'));
      return { id: '', zh, en };
    });
    return { siteIds: rows.map((row) => row.id), siteNamesZh: rows.map((row) => row.zh ?? ''), siteNamesEn: rows.map((row) => row.en ?? '') };
  }

  /** Topics with their questions, and questions of no topic; returns the topics' ids in the record's order. */
  private topicsAndQuestions(record: RecordInPlan, eventIds: readonly string[]): string[] {
    let questionPosition = 0;
    const addQuestion = (entry: Json, at: string, topicId: string | null) => {
      const id = uuidv7();
      this.cite(record, 'QUESTION', id, entry, at);
      // A record from before the API gave the basis: a side given is one an editor can vouch for.
      const inferredBasis = isGiven(entry.asked_by_side_basis) ? {} : { askedBySideBasis: formValue(entry.asked_by_side) === undefined ? 'UNKNOWN' : 'INFERRED' };
      const question = this.check(questionFields, entry, paths.questionPaths, at, { topicId: '', askedById: '', ...inferredBasis });
      if (question) record.add('Question', { id, ...question, topicId, position: questionPosition++, ...record.owned });
    };
    const topicIds: string[] = [];
    this.list(record.value, 'topics', '').forEach(({ entry, at }, position) => {
      const id = uuidv7();
      topicIds.push(id);
      this.cite(record, 'TOPIC', id, entry, at);
      const eventId = this.numbered(eventIds, entry, 'event_number', at, this.p.noSuchEvent);
      const topic = this.check(topicFields, entry, paths.topicPaths, at, { eventId });
      if (topic) record.add('Topic', { id, ...topic, position, ...record.owned });
      for (const question of this.list(entry, 'questions', at)) addQuestion(question.entry, question.at, id);
    });
    for (const question of this.list(record.value, 'questions_without_topic', '')) addQuestion(question.entry, question.at, null);
    return topicIds;
  }

  /** The statements' ids in the record's order, for the items that came of them to name by number. */
  private statements(record: RecordInPlan, eventIds: readonly string[]): string[] {
    const statementIds: string[] = [];
    this.list(record.value, 'statements', '').forEach(({ entry, at }, position) => {
      const id = uuidv7();
      statementIds.push(id);
      this.cite(record, 'STATEMENT', id, entry, at);
      const speaker = this.speaker(entry.speaker, join(at, 'speaker'), record.startDate);
      const eventId = this.numbered(eventIds, entry, 'event_number', at, this.p.noSuchEvent);
      const statement = this.check(statementFields, entry, paths.statementPaths, at, { eventId, speakerId: speaker.personId ?? '' }, new Set(['speakerId']));
      if (statement) record.add('Statement', { id, ...statement, speakerRoleId: speaker.postId, position, ...record.owned });
    });
    return statementIds;
  }

  private cooperationItems(record: RecordInPlan, statementIds: readonly string[], topicIds: readonly string[]) {
    this.list(record.value, 'cooperation_items', '').forEach(({ entry, at }, position) => {
      const id = uuidv7();
      this.cite(record, 'COOPERATION_ITEM', id, entry, at);
      const cities: Record<'RESPONSIBLE' | 'PARTNER', string[]> = { RESPONSIBLE: [], PARTNER: [] };
      for (const party of this.list(entry, 'parties', at)) {
        const role = this.check(cooperationParty, party.entry, { role: 'role' }, party.at)?.role;
        if (isObject(party.entry.city)) {
          const partyCityId = this.city(party.entry, 'city.slug', party.at);
          if (partyCityId === undefined) this.problem(join(party.at, 'city.slug'), validationMessage(this.locale, 'required'));
          if (role && partyCityId && !cities[role].includes(partyCityId)) cities[role].push(partyCityId);
        } else if (isObject(party.entry.organization)) {
          const organizationId = this.organization(party.entry.organization, join(party.at, 'organization'), { cityId: null, ofCity: false });
          if (role && organizationId) record.add('CooperationParty', { id: uuidv7(), itemId: id, cityId: null, organizationId, role });
        } else {
          this.problem(party.at, this.p.partyNeeded);
        }
      }
      const originStatementId = this.numbered(statementIds, entry, 'origin_statement_number', at, this.p.noSuchStatement);
      const originTopicId = this.numbered(topicIds, entry, 'origin_topic_number', at, this.p.noSuchTopic);
      const proposedById = this.namedPerson(entry.proposed_by, join(at, 'proposed_by'));
      const item = this.check(
        cooperationItemFields,
        entry,
        paths.cooperationItemPaths,
        at,
        { originStatementId, originTopicId, proposedById: proposedById ?? '', responsibleCityIds: cities.RESPONSIBLE, partnerCityIds: cities.PARTNER },
        new Set(['proposedById']),
      );
      const state = this.check(itemState, entry, paths.itemProgressPaths, at);
      const reports = this.list(entry, 'progress_reports', at);
      if (item && state) {
        const { responsibleCityIds, partnerCityIds, ...columns } = item;
        record.add('CooperationItem', {
          id,
          ...columns,
          dueDate: day(item.dueDate),
          progress: state.progress,
          lastUpdatedOn: day(state.lastUpdatedOn),
          // A record from before the API said so: anything heard of the item since it was proposed.
          outcomeKnown: isGiven(entry.outcome_known) ? state.outcomeKnown : reports.length > 0 || state.lastUpdatedOn !== null || state.progress !== null,
          position,
          ...record.owned,
        });
        for (const [role, cityIds] of [['RESPONSIBLE', responsibleCityIds], ['PARTNER', partnerCityIds]] as const) {
          for (const cityId of cityIds) record.add('CooperationParty', { id: uuidv7(), itemId: id, cityId, organizationId: null, role });
        }
      }
      reports.forEach((report, index) => {
        // A report without a note says nothing in either language; it takes the item's.
        const note = isObject(report.entry.note) ? {} : { originalLanguage: formValue(valueAt(entry, 'title.original_language')), translation: formValue(valueAt(entry, 'title.translation')) };
        const update = this.check(progressUpdateFields, report.entry, paths.progressReportPaths, report.at, { ...note, evidenceUrl: '' });
        const updateId = uuidv7();
        if (update) {
          const { evidenceUrl: _evidence, ...columns } = update;
          // Reports of one day are read back newest written first: each is written a moment before the one listed above it.
          const createdAt = new Date(this.now.getTime() - index);
          record.add('CooperationUpdate', { id: updateId, itemId: id, ...columns, occurredOn: day(update.occurredOn), authorId: null, createdAt });
        }
        for (const evidence of this.list(report.entry, 'evidence', report.at)) {
          const link = this.check(progressEvidence, evidence.entry, paths.evidencePaths, evidence.at);
          if (link) record.add('CooperationEvidence', { id: uuidv7(), updateId, sourceId: null, ...link });
        }
      });
    });
  }

  private practices(record: RecordInPlan) {
    this.list(record.value, 'practices', '').forEach(({ entry, at }, position) => {
      const id = uuidv7();
      this.cite(record, 'PRACTICE', id, entry, at);
      const practiceCityId = this.city(entry, 'city.slug', at);
      const practice = this.check(practiceFields, entry, paths.practicePaths, at, { cityId: practiceCityId ?? '' }, practiceCityId === null ? new Set(['cityId']) : none);
      if (practice) record.add('Practice', { id, ...practice, position, ...record.owned });
    });
  }

  /** The record's sources, found or added, by the numbers the record gives them, for its citations and claims to name. */
  private sources(record: RecordInPlan) {
    this.list(record.value, 'sources', '').forEach(({ entry, at }, index) => {
      const sourceId = this.source(entry, at);
      if (sourceId) record.sourceIds.set(String(formValue(entry.number) ?? index + 1), sourceId);
    });
  }

  /**
   * A record from before the API gave citations says only that its sources report the exchange: each
   * is cited for the exchange as a whole. In a record that gives them, a source it lists that no
   * citation or claim names (a file written by hand) is cited so too, rather than lost.
   */
  private citeUnnamedSources(record: RecordInPlan) {
    for (const sourceId of new Set(record.sourceIds.values())) {
      if (record.givesCitations && record.namedSources.has(sourceId)) continue;
      record.add('Citation', { id: uuidv7(), exchangeId: record.exchangeId, sourceId, subjectKind: 'EXCHANGE', subjectId: record.exchangeId, locator: null, createdAt: this.now });
    }
  }

  private claims(record: RecordInPlan) {
    // The dates' claims have keys of their own; the API lists them again among the other facts'.
    const groups: { field: ClaimableField; part: unknown; key: string; at: string }[] = [
      { field: 'startDate', part: record.value, key: 'start_date_claims.claims', at: '' },
      { field: 'endDate', part: record.value, key: 'end_date_claims.claims', at: '' },
      ...this.list(record.value, 'claims', '').flatMap(({ entry, at }) => {
        const name = String(entry.field);
        const field = Object.hasOwn(otherFacts, name) ? otherFacts[name] : undefined;
        if (field) return [{ field, part: entry, key: 'claims', at }];
        if (!['start_date', 'end_date'].includes(name)) this.problem(join(at, 'field'), validationMessage(this.locale, 'invalidOption'));
        return [];
      }),
    ];
    for (const { field, part, key, at: groupAt } of groups) {
      const claimed = new Set<string>();
      let accepted = false;
      for (const { entry, at } of this.list(part, key, groupAt)) {
        const { sourceId, settled } = this.sourceByNumber(record, entry, at);
        const claim = this.check(claimFields, entry, paths.claimPaths, at, { field, sourceId }, settled);
        if (sourceId && claimed.has(sourceId)) this.problem(join(at, 'source_number'), validationMessage(this.locale, 'oneClaimPerSource'));
        if (sourceId) {
          claimed.add(sourceId);
          record.namedSources.add(sourceId);
        }
        if (entry.accepted === true && accepted) this.problem(join(at, 'accepted'), this.p.twoAccepted);
        accepted ||= entry.accepted === true;
        if (claim) {
          record.add('Claim', {
            id: uuidv7(),
            ...claim,
            value: claimValueOf(field, claim.value),
            subjectKind: 'EXCHANGE',
            subjectId: record.exchangeId,
            accepted: entry.accepted === true,
            ...record.owned,
          });
        }
      }
    }
  }

  /** The links of every exchange the file adds, now that all their keys are known. */
  async planLinks() {
    for (const { row, record } of this.toLink) {
      this.row = row;
      await this.linksOf(record);
    }
  }

  /**
   * The links a record states, checked as the form checks one (checkLink in lib/data/exchange-parts.ts),
   * each against the links before it. Those stated of it come with the record that states them.
   */
  private async linksOf({ value, exchangeId, owned, linkEnd }: RecordInPlan) {
    const targetIds = new Set<string>();
    let position = 0;
    for (const { entry, at } of this.list(value, 'links', '')) {
      if (this.check(linkDirection, entry, { direction: 'direction' }, at)?.direction !== 'outgoing') continue;
      const target = this.linkTarget(entry, at);
      const link = this.check(linkFields, entry, paths.linkPaths, at, { targetId: target?.id ?? '' }, target === null ? new Set(['targetId']) : none);
      if (!link || !target) continue;
      const refuse = (field: 'kind' | 'targetId', reason: ValidationKey) =>
        this.problem(join(at, paths.linkPaths[field]!), validationMessage(this.locale, reason));
      if (target.id === exchangeId) {
        refuse('targetId', 'linkToItself');
        continue;
      }
      if (targetIds.has(target.id)) {
        refuse('targetId', 'alreadyLinked');
        continue;
      }
      targetIds.add(target.id);
      // An exchange whose own fields are wrong has its problems reported already; its dates and cities say nothing.
      const mismatch = linkEnd && target.linkEnd && linkMismatch(link.kind, linkEnd, target.linkEnd);
      if (mismatch) {
        refuse(mismatch.field, mismatch.reason);
        continue;
      }
      if (isSequel(link.kind)) {
        // Only the file's links can close a circle: those on record lead only to exchanges on record, never back to one
        // the file adds. And each of the file's returns and follow-ups points at one no later, so a circle keeps to one
        // day: a link to an earlier day closes none, and a long run of them is not walked back link by link.
        const earlier = linkEnd && target.linkEnd && target.linkEnd.startDate < linkEnd.startDate;
        if (!earlier && (await leadsTo(target.id, exchangeId, (ids) => Promise.resolve(ids.flatMap((id) => this.sequels.get(id) ?? []))))) {
          refuse('targetId', 'linkCycle');
          continue;
        }
        this.sequels.set(exchangeId, [...(this.sequels.get(exchangeId) ?? []), target.id]);
      }
      this.links.push({ id: uuidv7(), targetId: target.id, kind: link.kind, position: position++, ...owned });
    }
  }

  /**
   * The exchange a link names by key: one on record and not deleted, or one the file adds. Null, with a
   * problem reported, when there is none; undefined when no key is given, which the schema reports.
   */
  private linkTarget(entry: Json, at: string): LinkTarget | null | undefined {
    const slug = valueAt(entry, 'exchange.slug');
    if (typeof slug !== 'string' || slug.trim() === '') return undefined;
    const key = slug.trim().toLowerCase();
    const onRecord = this.reference.exchanges.get(key);
    if (onRecord?.deletedAt) {
      this.problem(join(at, 'exchange.slug'), this.p.linkedExchangeDeleted(slug.trim()));
      return null;
    }
    const target = onRecord ? { id: onRecord.id, linkEnd: linkEndOf(onRecord) } : this.added.get(key);
    if (!target) this.problem(join(at, 'exchange.slug'), this.p.noSuchExchange(slug.trim()));
    return target ?? null;
  }

  /**
   * Whether an exchange on record has every value the file gives it; each that differs is a problem.
   * Only its own fields count: its parts and the links it states are the record's as it is on record,
   * and an import changes nothing there.
   */
  private sameAsOnRecord(fields: ExchangeFields, onRecord: ExchangeOnRecord): boolean {
    let same = true;
    for (const field of this.file.givenFields) {
      if ((paths.organizationFields as readonly string[]).includes(field)) continue;
      const stored = onRecord[field as keyof ExchangeOnRecord];
      const recorded = stored instanceof Date ? isoDate(stored) : stored;
      const given = fields[field as keyof typeof fields] ?? null;
      if (Array.isArray(recorded) && Array.isArray(given) ? recorded.join() === given.join() : recorded === given) continue;
      same = false;
      // Cities show by their keys, a list of them as a CSV cell holds it.
      const cityKey = (id: unknown) => this.reference.citySlugs.get(String(id));
      const shown = Array.isArray(recorded) ? recorded.map(cityKey).join(listSeparator) : field.endsWith('CityId') ? cityKey(recorded) : recorded;
      this.problem(paths.exchangePaths[field]!, this.p.differs(shown ? String(shown) : this.p.emptyValue));
    }
    return same;
  }

  /**
   * The id of the city whose key is at `path`: null, with a problem reported, when no city has it;
   * undefined when no key is given, which the part's schema reports.
   */
  private city(part: unknown, path: string, at = ''): string | null | undefined {
    const slug = valueAt(part, path);
    if (typeof slug !== 'string' || slug.trim() === '') return undefined;
    const id = this.reference.cityIds.get(slug.trim().toLowerCase());
    if (!id) this.problem(join(at, path), this.p.cityNotOnRecord(slug.trim()));
    return id ?? null;
  }

  /** The person on record with the Chinese name (or else the English one), or a new entry made once. */
  private person(nameZh: string | null, nameEn: string | null): string {
    const onRecord = (nameZh && this.reference.peopleByZh.get(nameZh)) || (nameEn && this.reference.peopleByEn.get(nameEn));
    if (onRecord) return onRecord;
    const key = nameZh ? `zh|${nameZh}` : `en|${nameEn}`;
    let person = this.newPeople.get(key);
    if (!person) {
      // An import is an admin's: what it adds is on record, not pending.
      person = { id: uuidv7(), nameZh, nameEn, pending: false, ...nameKeys(nameZh, nameEn), ...this.timestamps() };
      this.newPeople.set(key, person);
      this.shared.Person.push(person);
    }
    // A later record may give the name in the language the first one lacked.
    person.nameEn ??= nameEn;
    Object.assign(person, nameKeys(person.nameZh as string | null, person.nameEn as string | null));
    return person.id as string;
  }

  /** The post with these titles that the person holds on record, or one attested on the exchange's day. */
  private post(personId: string, titleZh: string | null, titleEn: string | null, attestedOn: Date | null): string | null {
    if (!titleZh || !titleEn) return null;
    const key = `${titleZh}|${titleEn}`;
    const held = this.reference.posts.get(personId)?.get(key) ?? this.newPosts.get(`${personId}|${key}`);
    if (held) return held;
    const id = uuidv7();
    this.newPosts.set(`${personId}|${key}`, id);
    this.shared.PersonRole.push({ id, personId, organizationId: null, titleZh, titleEn, startDate: null, endDate: null, attestedOn, ...this.timestamps() });
    return id;
  }

  /** The person a record names by name alone (`{ "name": … }`), found or added; null when it names none or the name will not do. */
  private namedPerson(named: unknown, at: string): string | null {
    if (named === null || named === undefined) return null;
    const person = this.check(importedPerson, named, paths.personNamePaths, at);
    return person && this.person(person.nameZh, person.nameEn);
  }

  private speaker(speaker: unknown, at: string, asOf: Date | null): { personId: string | null; postId: string | null } {
    if (speaker === null || speaker === undefined) return { personId: null, postId: null };
    const named = this.check(importedPerson, speaker, paths.personPaths, at);
    if (!named) return { personId: null, postId: null };
    const personId = this.person(named.nameZh, named.nameEn);
    return { personId, postId: this.post(personId, named.titleZh, named.titleEn, asOf) };
  }

  /**
   * The organization a record names: by id when it is on record, else by Chinese name (one in `cityId`
   * first), else a new entry of kind "other" in that city, for an admin to complete. With `ofCity`,
   * only one of that city or of none will do.
   */
  private organization(named: unknown, at: string, { cityId, ofCity }: { cityId: string | null; ofCity: boolean }): string | null {
    if (named === null || named === undefined) return null;
    const fits = (organization: { cityId: string | null }) => !ofCity || organization.cityId === null || organization.cityId === cityId;
    const id = isObject(named) && typeof named.id === 'string' ? named.id.toLowerCase() : null;
    const byId = id ? this.reference.organizations.get(id) : undefined;
    if (byId && fits(byId)) return byId.id;
    const fields = this.check(organizationFields, named, paths.organizationPaths, at, { kind: 'OTHER', cityId: cityId ?? '', parentId: '' });
    if (!fields) return null;
    const onRecord = (this.reference.organizationsByName.get(fields.nameZh) ?? []).filter(fits);
    const found = onRecord.find((organization) => organization.cityId === cityId) ?? onRecord[0];
    if (found) return found.id;
    const key = `${fields.nameZh}|${cityId}`;
    const made = this.newOrganizations.get(key);
    if (made) return made;
    const newId = uuidv7();
    this.newOrganizations.set(key, newId);
    this.shared.Organization.push({ id: newId, ...fields, pending: false, proposedById: null, ...this.timestamps() });
    return newId;
  }

  /** The source on record with the same address (or publication, title and day), or a new one. */
  private source(entry: Json, at: string): string | null {
    const fields = this.check(sourceFields, entry, paths.sourcePaths, at);
    const authors = this.list(entry, 'authors', at).map((author) => this.check(sourceAuthor, author.entry, paths.authorPaths, author.at));
    if (!fields) return null;
    const key = fields.url ?? citationKey(fields.publicationZh, fields.titleZh, fields.publishedOn);
    const onRecord = fields.url ? this.reference.sourcesByUrl.get(fields.url) : this.reference.sourcesByCitation.get(key);
    if (onRecord) return onRecord;
    const made = this.newSources.get(key);
    if (made) return made;
    const id = uuidv7();
    this.newSources.set(key, id);
    this.shared.Source.push({ id, slug: sourceSlugBase(fields.publishedOn, fields.publicationEn), ...fields, publishedOn: day(fields.publishedOn), publisherId: null, pending: false, ...this.timestamps() });
    authors.forEach((author, position) => {
      if (author) this.shared.SourceAuthor.push({ id: uuidv7(), sourceId: id, ...author, position });
    });
    return id;
  }

  /** New sources get readable keys no source has yet: their base, with a number when it is taken. */
  async nameNewSources(db: Db) {
    const bases = [...new Set(this.shared.Source.map((source) => source.slug as string))];
    if (bases.length === 0) return;
    const taken = new Set(
      (await inBatches(bases, (batch) => db.source.findMany({ where: { OR: batch.map((base) => ({ slug: { startsWith: base } })) }, select: { slug: true } }))).map(
        (source) => source.slug,
      ),
    );
    for (const source of this.shared.Source) {
      source.slug = firstFreeSlug(source.slug as string, taken);
      taken.add(source.slug as string);
    }
  }
}
