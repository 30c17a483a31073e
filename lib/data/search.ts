import 'server-only';
import { getDb } from '../db/client';
import { parseSearchQuery } from '../search/terms';
import { searchQuery } from '../validation/schemas/public';
import { citySelect } from './exchange-record';
import { shown, textMatches } from './public-queries';
import { fieldError, parseInput } from './validate';
import type { Viewer } from './viewer';

export const searchPageSize = 20;
const peopleShown = 12;

/**
 * Search across published exchanges and their parts (topics and questions, statements, cooperation
 * items, practices), in Chinese and English alike, best first: a match in what an exchange is about
 * outranks one in a remark, and newer records come before older ones. People are answered apart, one
 * entry per person however many exchanges they took part in.
 */
export async function searchPublicRecords(_viewer: Viewer, input: unknown) {
  const { q, page: requestedPage } = parseInput(searchQuery, input);
  const page = requestedPage ?? 1;
  if (!q) return { q: null, words: [], total: 0, page, pageCount: 1, hits: [], people: [] };
  const query = parseSearchQuery(q);
  if (!query) throw fieldError('q', 'queryTooShort');

  const db = await getDb();
  const matching = { publication: shown, ...textMatches(query) };
  const where = { ...matching, kind: { not: 'PERSON' as const } };
  const [total, hits, people] = await Promise.all([
    db.publicText.count({ where }),
    db.publicText.findMany({
      where,
      orderBy: [{ weight: 'desc' }, { publication: { startDate: 'desc' } }, { id: 'asc' }],
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
    db.publicText.findMany({
      where: { ...matching, kind: 'PERSON' },
      distinct: ['subjectId'],
      orderBy: [{ subjectId: 'asc' }],
      take: peopleShown,
      select: { subjectId: true, labelZh: true, labelEn: true, textZh: true, textEn: true },
    }),
  ]);
  return {
    q,
    words: query.words,
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / searchPageSize)),
    hits,
    people: people.map(({ subjectId, ...person }) => ({ id: subjectId, ...person })),
  };
}
export type SearchResults = Awaited<ReturnType<typeof searchPublicRecords>>;
