import 'server-only';
import { getDb } from '../db/client';
import { Prisma, type PrismaClient } from '../generated/prisma/client';
import { parseSearchQuery, type SearchQuery } from '../search/terms';
import { searchQuery } from '../validation/schemas/public';
import { citySelect } from './exchange-record';
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
    // Each person once, as of their latest exchange. The matches are read apart (MATERIALIZED) so that
    // PostgreSQL looks them up by search key, in the index of people's keys alone, rather than walking
    // all texts in the hope of meeting people early: a word common elsewhere may never appear in them.
    db.$queryRaw<{ id: string; labelZh: string; labelEn: string; textZh: string; textEn: string }[]>`
      WITH matches AS MATERIALIZED (
        SELECT t."subjectId", t."labelZh", t."labelEn", t."textZh", t."textEn", t."startDate", t.id
        FROM "PublicText" t JOIN "Publication" p ON p."exchangeId" = t."exchangeId" AND p."withdrawnAt" IS NULL
        WHERE t.kind = 'PERSON' AND ${textMatchesSql(query)}
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
const hitSelect = {
  id: true,
  kind: true,
  anchor: true,
  labelZh: true,
  labelEn: true,
  textZh: true,
  textEn: true,
  publication: {
    select: {
      slug: true,
      titleZh: true,
      titleEn: true,
      startDate: true,
      endDate: true,
      datePrecision: true,
      dateDisputed: true,
      visitingCity: { select: citySelect },
      hostCity: { select: citySelect },
    },
  },
} as const satisfies Prisma.PublicTextSelect;

/** Published texts other than people's that hold the query, over `texts` (the table, or a window of it) as `t`. */
const hitsSql = (query: SearchQuery, texts = Prisma.sql`"PublicText"`) => Prisma.sql`
  ${texts} t JOIN "Publication" p ON p."exchangeId" = t."exchangeId" AND p."withdrawnAt" IS NULL
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
 * overrated the words, and the page is read the first way.
 */
async function readHits(db: PrismaClient, query: SearchQuery, skip: number) {
  const share = await estimatedShareOfTexts(db, query.words);
  let page: { id: string }[] | null = null;
  if (share >= commonShare) {
    const size = Math.ceil(((skip + searchPageSize) / share) * 4);
    const window = Prisma.sql`(SELECT id, "exchangeId", kind, terms, "searchText", "startDate", weight FROM "PublicText" t ${newestFirst} LIMIT ${size})`;
    page = await db.$queryRaw<{ id: string }[]>`SELECT t.id FROM ${hitsSql(query, window)} ${newestFirst} LIMIT ${searchPageSize} OFFSET ${skip}`;
    if (page.length < searchPageSize) page = null;
  }
  page ??= await db.$queryRaw<{ id: string }[]>`SELECT t.id FROM ${hitsSql(query)} ${newestFirst} LIMIT ${searchPageSize} OFFSET ${skip}`;
  const rows = await db.publicText.findMany({ where: { id: { in: page.map((row) => row.id) } }, select: hitSelect });
  const position = new Map(page.map((row, index) => [row.id, index]));
  return rows.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
}

export type SearchResults = Awaited<ReturnType<typeof searchPublicRecords>>;
