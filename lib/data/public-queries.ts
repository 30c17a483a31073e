import { Prisma, type PrismaClient } from '../generated/prisma/client';
import { escapeLike, fieldError } from './validate';
import type { CooperationStatus } from '../generated/prisma/enums';
import type { SearchQuery } from '../search/terms';
import { parseSearchQuery } from '../search/terms';
import { type ExchangeFilters, type ItemFilters, kindOfFilter, statusOfFilter } from '../validation/schemas/public';
import { citySelect, joinedCities } from './exchange-record';

/*
 * The conditions the public reads are built from: which publications a set of filters picks, which
 * texts a search matches, which items are stale. Building blocks for the public entry points
 * (exchanges.ts, search.ts, cooperation-tracker.ts, public-cities.ts, open-data.ts).
 */

export const shown = { withdrawnAt: null } as const;

/** Newest first; the id breaks ties, so pages neither repeat nor skip records that share a date. */
export const newestFirst = [{ startDate: 'desc' }, { exchangeId: 'desc' }] as const satisfies Prisma.PublicationOrderByWithRelationInput[];

/** What a list, a download or a feed shows of each published exchange. */
export const publicationSummarySelect = {
  exchangeId: true,
  slug: true,
  kind: true,
  titleZh: true,
  titleEn: true,
  summaryZh: true,
  summaryEn: true,
  startDate: true,
  endDate: true,
  datePrecision: true,
  dateDisputed: true,
  eventCount: true,
  itemCount: true,
  publishedAt: true,
  updatedAt: true,
  visitingCity: { select: citySelect },
  visitingCities: { where: { position: { gt: 0 } }, orderBy: { position: 'asc' }, select: { city: { select: citySelect } } },
  hostCity: { select: citySelect },
} as const satisfies Prisma.PublicationSelect;

/** A summary's cities as a page names them: the leading visitor, the others that came with it, the host. */
export function withOtherVisitingCities<T extends { visitingCities: readonly { city: Prisma.CityGetPayload<{ select: typeof citySelect }> }[] }>({
  visitingCities,
  ...summary
}: T) {
  return { ...summary, otherVisitingCities: joinedCities(visitingCities) };
}

/** Publications that city `slug` visited, leading or joining. */
const visitedBy = (slug: string): Prisma.PublicationWhereInput => ({ visitingCities: { some: { city: { slug } } } });

/** What the tracker, its downloads and the API show of each cooperation item. */
export const trackedItemSelect = {
  id: true,
  titleZh: true,
  titleEn: true,
  status: true,
  progress: true,
  dueDate: true,
  lastUpdatedOn: true,
  originStatementNumber: true,
  publication: {
    select: {
      slug: true,
      titleZh: true,
      titleEn: true,
      startDate: true,
      datePrecision: true,
      dateDisputed: true,
      visitingCity: { select: citySelect },
      visitingCities: { where: { position: { gt: 0 } }, orderBy: { position: 'asc' }, select: { city: { select: citySelect } } },
      hostCity: { select: citySelect },
    },
  },
} as const satisfies Prisma.PublicItemSelect;

/** Items newest exchange first, each exchange's in the order of its page; the id breaks any tie. */
export const itemsNewestFirst = [
  { publication: { startDate: 'desc' } },
  { exchangeId: 'desc' },
  { position: 'asc' },
  { id: 'asc' },
] as const satisfies Prisma.PublicItemOrderByWithRelationInput[];

/**
 * The published exchanges a set of filters picks, as a query condition; with `withdrawn`, those taken
 * off the public record too (for a mirror, which must learn of them).
 */
export function publicationWhere(filters: Partial<Omit<ExchangeFilters, 'page'>>, { withdrawn = false } = {}): Prisma.PublicationWhereInput {
  const conditions: Prisma.PublicationWhereInput[] = withdrawn ? [] : [shown];
  if (filters.city && filters.partner) {
    // A pair is a visitor and its host: two cities that travelled together are not an exchange between them.
    conditions.push({
      OR: [
        { ...visitedBy(filters.city), hostCity: { slug: filters.partner } },
        { ...visitedBy(filters.partner), hostCity: { slug: filters.city } },
      ],
    });
  } else if (filters.city) {
    conditions.push({ OR: [visitedBy(filters.city), { hostCity: { slug: filters.city } }] });
  }
  if (filters.year) {
    conditions.push({ startDate: { gte: new Date(Date.UTC(filters.year, 0, 1)), lt: new Date(Date.UTC(filters.year + 1, 0, 1)) } });
  }
  if (filters.kind) conditions.push({ kind: kindOfFilter(filters.kind) });
  if (filters.topic) {
    const topic = parseSearchQuery(filters.topic);
    // A topic of single characters only cannot be matched; it picks nothing rather than everything.
    conditions.push(topic ? { texts: { some: { kind: 'TOPIC', ...textMatches(topic) } } } : { exchangeId: { in: [] } });
  }
  if (filters.status) conditions.push({ items: { some: { status: statusOfFilter(filters.status) } } });
  if (filters.person) conditions.push({ texts: { some: { kind: 'PERSON', subjectId: filters.person } } });
  return { AND: conditions };
}

/** A searchable text holding every key of the query, and each Chinese word whole. */
export function textMatches(query: SearchQuery): Prisma.PublicTextWhereInput {
  return {
    terms: { hasEvery: query.terms },
    AND: query.phrases.map((phrase) => ({ searchText: { contains: escapeLike(phrase) } })),
  };
}

/** `textMatches` for a query written in SQL, over the public texts as `t`. */
export function textMatchesSql(query: SearchQuery): Prisma.Sql {
  const phrases = query.phrases.map((phrase) => Prisma.sql`t."searchText" LIKE ${`%${escapeLike(phrase)}%`}`);
  return Prisma.join([Prisma.sql`t.terms @> ${query.terms}::text[]`, ...phrases], ' AND ');
}

/** Items that are finished one way or the other; anything else is still open. */
const closedStatuses: CooperationStatus[] = ['COMPLETED', 'CANCELLED'];

/** How long an open item may go without news before the tracker flags it. */
export const staleAfterMonths = 6;

/** The day before which an open item's last news makes it stale: six months before `today`. */
export function staleCutoff(today: Date = new Date()): Date {
  const cutoff = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - staleAfterMonths, today.getUTCDate()));
  // 31 August less six months is 3 March after rolling over; the month's last day is meant.
  if (cutoff.getUTCDate() !== today.getUTCDate()) cutoff.setUTCDate(0);
  return cutoff;
}

/**
 * Open items with no news since the cutoff: no progress entry since then, or, for an item nobody has
 * reported on, an exchange before then.
 */
function staleWhere(cutoff: Date): Prisma.PublicItemWhereInput {
  return {
    status: { notIn: closedStatuses },
    OR: [{ lastUpdatedOn: { lt: cutoff } }, { lastUpdatedOn: null, publication: { startDate: { lt: cutoff } } }],
  };
}

export function isStale(item: { status: CooperationStatus; lastUpdatedOn: Date | null }, exchangeDate: Date, cutoff: Date): boolean {
  return !closedStatuses.includes(item.status) && (item.lastUpdatedOn ?? exchangeDate) < cutoff;
}

/** The public items a set of filters picks, as a query condition. */
export function publicItemsWhere(filters: Partial<Omit<ItemFilters, 'page'>>, cutoff = staleCutoff()): Prisma.PublicItemWhereInput {
  const conditions: Prisma.PublicItemWhereInput[] = [{ publication: publicationWhere({ city: filters.city, partner: filters.partner }) }];
  if (filters.status === 'stale') conditions.push(staleWhere(cutoff));
  else if (filters.status) conditions.push({ status: statusOfFilter(filters.status) });
  return { AND: conditions };
}

export interface FollowThrough {
  total: number;
  completed: number;
  /** Completed items as a share of all items, cancelled ones included: a dropped promise was not kept. */
  share: number | null;
  stale: number;
  byStatus: Partial<Record<CooperationStatus, number>>;
}

export async function followThroughOf(db: PrismaClient, where: Prisma.PublicItemWhereInput, cutoff = staleCutoff()): Promise<FollowThrough> {
  const [groups, stale] = await Promise.all([
    db.publicItem.groupBy({ by: ['status'], where, _count: { _all: true } }),
    db.publicItem.count({ where: { AND: [where, staleWhere(cutoff)] } }),
  ]);
  const byStatus = Object.fromEntries(groups.map((group) => [group.status, group._count._all]));
  const total = groups.reduce((sum, group) => sum + group._count._all, 0);
  const completed = byStatus.COMPLETED ?? 0;
  return { total, completed, share: total ? completed / total : null, stale, byStatus };
}


/**
 * When a filtered list came back empty: if a filter names a city nobody has published about, that is
 * the reason to give, so a mistyped address says what is wrong.
 */
export async function requireKnownCities(db: PrismaClient, filters: { city?: string | null; partner?: string | null }): Promise<void> {
  for (const field of ['city', 'partner'] as const) {
    const slug = filters[field];
    if (!slug) continue;
    const known = await db.publication.count({ where: { ...shown, OR: [visitedBy(slug), { hostCity: { slug } }] }, take: 1 });
    if (!known) throw fieldError(field, 'unknownCity');
  }
}
