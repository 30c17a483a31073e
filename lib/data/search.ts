import 'server-only';
import { getDb } from '../db/client';
import { Prisma, type PrismaClient } from '../generated/prisma/client';
import type { DatePrecision, PublicTextKind } from '../generated/prisma/enums';
import { parseSearchQuery, type SearchQuery } from '../search/terms';
import { searchQuery } from '../validation/schemas/public';
import { textMatchesSql } from './public-queries';
import { commonShare, estimatedShareOfTexts } from './search-statistics';
import { fieldError, parseInput } from './validate';
import type { Viewer } from './viewer';

export const searchPageSize = 20;
/**
 * Hits are counted up to here, and no further pages are offered: a common word matches most of the
 * record, counting all of it would take seconds, and nobody reads past the best thousand.
 */
export const countedHits = 1000;
const peopleShown = 12;
/** Texts of people read to find them: a person in many exchanges has a text for each. */
const peopleRead = 2000;

/**
 * Search across published exchanges and their parts (topics and questions, statements, cooperation
 * items, practices), in Chinese and English alike: newer exchanges first, and within one, a match in
 * what it is about before one in a remark. People are answered apart, one entry per person however
 * many exchanges they took part in.
 *
 * Rare and common words alike are quick at a hundred thousand exchanges: hits are counted only up to
 * a thousand, a page of them is read by the way that suits the words (see readHits), and people
 * are looked up in their own index of keys.
 */
export async function searchPublicRecords(_viewer: Viewer, input: unknown) {
  const { q, page: requestedPage } = parseInput(searchQuery, input);
  const page = requestedPage ?? 1;
  if (!q) return { q: null, words: [], total: 0, more: false, page, pageCount: 1, hits: [], people: [] };
  const query = parseSearchQuery(q);
  if (!query) throw fieldError('q', 'queryTooShort');

  const db = await getDb();
  const [counted, hits, people] = await Promise.all([
    countHits(db, query),
    readHits(db, query, (page - 1) * searchPageSize),
    // Each person once, as of their latest exchange. The texts holding the words are found first, on
    // their own (MATERIALIZED, with no LIMIT for the planner to chase), so that PostgreSQL looks them up
    // in the index of people's keys alone and stops once it has read enough; asked for the first few
    // published ones in one query, it walks all texts in the hope of meeting people early, which for a
    // word common elsewhere but in no one's name or post took over a second at 100,000 exchanges.
    db.$queryRaw<{ id: string; labelZh: string; labelEn: string; textZh: string; textEn: string }[]>`
      WITH found AS MATERIALIZED (
        SELECT t.id FROM "PublicText" t WHERE t.kind = 'PERSON' AND ${textMatchesSql(query)}
      ),
      matches AS MATERIALIZED (
        SELECT t."subjectId", t."labelZh", t."labelEn", t."textZh", t."textEn", t."startDate", t.id
        FROM found JOIN "PublicText" t ON t.id = found.id
        JOIN "Publication" p ON p."exchangeId" = t."exchangeId" AND p."withdrawnAt" IS NULL
        LIMIT ${peopleRead}
      )
      SELECT DISTINCT ON ("subjectId") "subjectId" AS id, "labelZh", "labelEn", "textZh", "textEn"
      FROM matches ORDER BY "subjectId", "startDate" DESC, id
      LIMIT ${peopleShown}`,
  ]);
  const total = Math.min(counted, countedHits);
  return {
    q,
    words: query.words,
    total,
    /** Whether there are more hits than were counted. */
    more: counted > countedHits,
    page,
    pageCount: Math.max(1, Math.ceil(total / searchPageSize)),
    hits,
    // Each person once, as of their latest published exchange.
    people,
  };
}
/** A hit as the page shows it: the text, and the exchange it belongs to with its two cities. */
interface HitRow {
  id: string;
  kind: PublicTextKind;
  anchor: string;
  labelZh: string;
  labelEn: string;
  textZh: string;
  textEn: string;
  slug: string;
  titleZh: string;
  titleEn: string;
  startDate: Date;
  endDate: Date | null;
  datePrecision: DatePrecision;
  dateDisputed: boolean;
  visitingCity: City;
  hostCity: City;
}
type City = { slug: string; nameZh: string; nameEn: string; provinceZh: string; provinceEn: string };

const cityJson = (alias: string) =>
  Prisma.raw(`json_build_object('slug', ${alias}.slug, 'nameZh', ${alias}."nameZh", 'nameEn', ${alias}."nameEn", 'provinceZh', ${alias}."provinceZh", 'provinceEn', ${alias}."provinceEn")`);

const hitColumns = Prisma.sql`
  t.id, t.kind::text AS kind, t.anchor, t."labelZh", t."labelEn", t."textZh", t."textEn",
  p.slug, p."titleZh", p."titleEn", p."startDate", p."endDate", p."datePrecision"::text AS "datePrecision", p."dateDisputed",
  ${cityJson('visiting')} AS "visitingCity", ${cityJson('host')} AS "hostCity"`;

const withCities = Prisma.sql`
  JOIN "City" visiting ON visiting.id = p."visitingCityId"
  JOIN "City" host ON host.id = p."hostCityId"`;

/** Published texts other than people's that hold the query, over `texts` (the table, or a window of it) as `t`. */
const hitsSql = (query: SearchQuery, texts = Prisma.sql`"PublicText"`, joined = Prisma.empty) => Prisma.sql`
  ${texts} t JOIN "Publication" p ON p."exchangeId" = t."exchangeId" AND p."withdrawnAt" IS NULL ${joined}
  WHERE t.kind <> 'PERSON' AND ${textMatchesSql(query)}`;

const newestFirst = Prisma.sql`ORDER BY t."startDate" DESC, t.weight DESC, t.id`;

async function countHits(db: PrismaClient, query: SearchQuery): Promise<number> {
  const [row] = await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM (SELECT 1 FROM ${hitsSql(query)} LIMIT ${countedHits + 1}) hit`;
  return Number(row!.count);
}

/**
 * A page of hits, newest first. PostgreSQL plans this well for a rare word (look its keys up, sort
 * the few hits) but not for a common one of several characters: it takes the keys of one word for
 * independent, multiplies their shares, believes the word rare, and sorts hundreds of thousands of
 * hits. So when the statistics say the words are common, the page is looked for among the newest
 * texts only, a window read in order off the index on (date, weight) and large enough to hold the
 * page several times over at the words' share. Should the window come up short, the statistics
 * overrated the words, and the page is read the first way. Either way the page comes with its
 * exchanges and their cities in the same query.
 */
async function readHits(db: PrismaClient, query: SearchQuery, skip: number) {
  let rows: HitRow[] = [];
  for (const sql of await hitQueries(db, query, skip)) {
    rows = await db.$queryRaw<HitRow[]>(sql);
    if (rows.length === searchPageSize) break;
  }
  return rows.map(({ slug, titleZh, titleEn, startDate, endDate, datePrecision, dateDisputed, visitingCity, hostCity, ...text }) => ({
    ...text,
    publication: { slug, titleZh, titleEn, startDate, endDate, datePrecision, dateDisputed, visitingCity, hostCity },
  }));
}

/**
 * The queries that read a page of hits, in the order readHits tries them: the next is run only when
 * the one before comes up short of a page. Exported so that the benchmark explains the queries the
 * app runs.
 */
export async function hitQueries(db: PrismaClient, query: SearchQuery, skip: number): Promise<Prisma.Sql[]> {
  const pageOf = (texts?: Prisma.Sql) =>
    Prisma.sql`SELECT ${hitColumns} FROM ${hitsSql(query, texts, withCities)} ${newestFirst} LIMIT ${searchPageSize} OFFSET ${skip}`;
  const share = await estimatedShareOfTexts(db, query.words);
  if (share < commonShare) return [pageOf()];
  const size = Math.ceil(((skip + searchPageSize) / share) * 4);
  // People's texts are a third of all and never a hit here: the window is of the others.
  return [pageOf(Prisma.sql`(SELECT * FROM "PublicText" t WHERE t.kind <> 'PERSON' ${newestFirst} LIMIT ${size})`), pageOf()];
}

export type SearchResults = Awaited<ReturnType<typeof searchPublicRecords>>;
