import 'server-only';
import { getDb } from '../db/client';
import { parseSearchQuery } from '../search/terms';
import { searchQuery } from '../validation/schemas/public';
import { citySelect } from './exchange-record';
import { shown, textMatches, textMatchesSql } from './public-queries';
import { fieldError, parseInput } from './validate';
import type { Viewer } from './viewer';

export const searchPageSize = 20;
/**
 * Hits are counted up to here, and no further pages are offered: a common word matches most of the
 * record, counting all of it would take seconds, and nobody reads past the best thousand.
 */
export const countedHits = 1000;
const peopleShown = 12;

/**
 * Search across published exchanges and their parts (topics and questions, statements, cooperation
 * items, practices), in Chinese and English alike: newer exchanges first, and within one, a match in
 * what it is about before one in a remark. People are answered apart, one entry per person however
 * many exchanges they took part in.
 *
 * Each query is quick whether its words are rare or common: a rare word's few hits are looked up in
 * the index of search keys and sorted; a common word's are read in order off the index on (date,
 * weight) until a page is full, instead of sorting all of them. PostgreSQL picks between the two
 * from its statistics; ordering by date first keeps those estimates honest, as a word common in
 * remarks but absent from titles would not be if the kind of text came first.
 */
export async function searchPublicRecords(_viewer: Viewer, input: unknown) {
  const { q, page: requestedPage } = parseInput(searchQuery, input);
  const page = requestedPage ?? 1;
  if (!q) return { q: null, words: [], total: 0, more: false, page, pageCount: 1, hits: [], people: [] };
  const query = parseSearchQuery(q);
  if (!query) throw fieldError('q', 'queryTooShort');

  const db = await getDb();
  const where = { publication: shown, ...textMatches(query), kind: { not: 'PERSON' as const } };
  const [counted, hits, people] = await Promise.all([
    db.publicText.count({ where, take: countedHits + 1 }),
    db.publicText.findMany({
      where,
      orderBy: [{ startDate: 'desc' }, { weight: 'desc' }, { id: 'asc' }],
      skip: (page - 1) * searchPageSize,
      take: searchPageSize,
      select: {
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
      },
    }),
    // Each person once, as of their latest exchange. The matches are read whole (MATERIALIZED) so that
    // PostgreSQL looks them up by search key rather than walking an index in the hope of meeting
    // people early: texts of people are few, and a word common elsewhere may never appear in them.
    db.$queryRaw<{ id: string; labelZh: string; labelEn: string; textZh: string; textEn: string }[]>`
      WITH matches AS MATERIALIZED (
        SELECT t."subjectId", t."labelZh", t."labelEn", t."textZh", t."textEn", t."startDate", t.id
        FROM "PublicText" t JOIN "Publication" p ON p."exchangeId" = t."exchangeId" AND p."withdrawnAt" IS NULL
        WHERE t.kind = 'PERSON' AND ${textMatchesSql(query)}
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
export type SearchResults = Awaited<ReturnType<typeof searchPublicRecords>>;
