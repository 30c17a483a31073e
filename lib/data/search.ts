import 'server-only';
import { getDb } from '../db/client';
import type { PrismaClient } from '../generated/prisma/client';
import { parseSearchQuery } from '../search/terms';
import { kindOfFilter, searchQuery } from '../validation/schemas/public';
import { textMatchesSql } from './public-queries';
import { countedHits, countHits, type HitFilter, hitQueries, type HitRow, searchPageSize, shownPublicationSql } from './search-queries';
import { fieldError, parseInput } from './validate';
import type { Viewer } from './viewer';

export { countedHits, searchPageSize } from './search-queries';

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
  const { q, kind, page: requestedPage } = parseInput(searchQuery, input);
  const page = requestedPage ?? 1;
  if (!q) return { q: null, kind: kind ?? null, words: [], total: 0, more: false, page, pageCount: 1, hits: [], people: [] };
  const query = parseSearchQuery(q);
  if (!query) throw fieldError('q', 'queryTooShort');
  const filter: HitFilter = { query, exchangeKind: kind ? kindOfFilter(kind) : undefined };

  const db = await getDb();
  const [counted, hits, people] = await Promise.all([
    countHits(db, filter),
    readHits(db, filter, (page - 1) * searchPageSize),
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
        JOIN "Publication" p ON p."exchangeId" = t."exchangeId" AND ${shownPublicationSql(filter.exchangeKind)}
        LIMIT ${peopleRead}
      )
      SELECT DISTINCT ON ("subjectId") "subjectId" AS id, "labelZh", "labelEn", "textZh", "textEn"
      FROM matches ORDER BY "subjectId", "startDate" DESC, id
      LIMIT ${peopleShown}`,
  ]);
  const total = Math.min(counted, countedHits);
  return {
    q,
    kind: kind ?? null,
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
async function readHits(db: PrismaClient, filter: HitFilter, skip: number) {
  let rows: HitRow[] = [];
  for (const sql of await hitQueries(db, filter, skip)) {
    rows = await db.$queryRaw<HitRow[]>(sql);
    if (rows.length === searchPageSize) break;
  }
  return rows.map(({ slug, titleZh, titleEn, startDate, endDate, datePrecision, dateDisputed, visitingCity, otherVisitingCities, hostCity, ...text }) => ({
    ...text,
    publication: { slug, titleZh, titleEn, startDate, endDate, datePrecision, dateDisputed, visitingCity, otherVisitingCities, hostCity },
  }));
}

export type SearchResults = Awaited<ReturnType<typeof searchPublicRecords>>;
