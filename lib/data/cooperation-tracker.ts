import 'server-only';
import { getDb } from '../db/client';
import { isoDate } from '../i18n/format';
import { itemFilters } from '../validation/schemas/public';
import { citySelect } from './exchange-record';
import { followThroughOf, isStale, itemsNewestFirst, publicItemsWhere, staleCutoff, trackedItemSelect, withOtherVisitingCities } from './public-queries';
import { parseInput } from './validate';
import type { Viewer } from './viewer';

/*
 * The cooperation tracker: every public cooperation item, where it stands and when anyone last
 * reported on it, and for each city and pair the share of items completed — whether a visit that made
 * the news became lasting cooperation.
 */

export const trackerPageSize = 50;

/** The tracker's list: items newest exchange first, each with whether it has gone stale. */
export async function listPublicItems(_viewer: Viewer, input: unknown) {
  const filters = parseInput(itemFilters, input);
  const page = filters.page ?? 1;
  const cutoff = staleCutoff();
  const where = publicItemsWhere(filters, cutoff);
  const db = await getDb();
  const [total, items, followThrough] = await Promise.all([
    db.publicItem.count({ where }),
    db.publicItem.findMany({
      where,
      orderBy: [...itemsNewestFirst],
      skip: (page - 1) * trackerPageSize,
      take: trackerPageSize,
      select: trackedItemSelect,
    }),
    followThroughOf(db, publicItemsWhere({ ...filters, status: null }, cutoff), cutoff),
  ]);
  return {
    filters,
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / trackerPageSize)),
    staleSince: isoDate(cutoff),
    followThrough,
    items: items.map((item) => ({ ...item, publication: withOtherVisitingCities(item.publication), stale: isStale(item, item.publication.startDate, cutoff) })),
  };
}

interface FollowThroughRow {
  cityId: string;
  partnerId: string | null;
  total: number;
  completed: number;
}

/**
 * The follow-through of every city and every pair at once, for the tracker's tables: items counted
 * once for each of their exchange's cities, and once for each visitor paired with the host.
 */
export async function listFollowThrough(_viewer: Viewer) {
  const db = await getDb();
  const rows = await db.$queryRaw<FollowThroughRow[]>`
    WITH item AS (
      SELECT v."cityId" AS a, p."hostCityId" AS b, v.position, i.status
      FROM "PublicItem" i JOIN "Publication" p ON p."exchangeId" = i."exchangeId" AND p."withdrawnAt" IS NULL
      JOIN "PublicationVisitingCity" v ON v."publicationId" = p."exchangeId"
    ), per AS (
      SELECT a AS "cityId", NULL::uuid AS "partnerId", status FROM item
      UNION ALL SELECT b, NULL::uuid, status FROM item WHERE position = 0
      UNION ALL SELECT LEAST(a, b), GREATEST(a, b), status FROM item
    )
    SELECT "cityId", "partnerId", count(*)::int AS total, (count(*) FILTER (WHERE status = 'COMPLETED'))::int AS completed
    FROM per GROUP BY "cityId", "partnerId"`;
  const cityIds = [...new Set(rows.flatMap((row) => [row.cityId, ...(row.partnerId ? [row.partnerId] : [])]))];
  const cities = new Map((await db.city.findMany({ where: { id: { in: cityIds } }, select: { id: true, ...citySelect } })).map((city) => [city.id, city]));
  const withShare = (row: FollowThroughRow) => ({ total: row.total, completed: row.completed, share: row.total ? row.completed / row.total : null });
  type Ranked = { share: number | null; total: number; city: { slug: string } };
  const byShare = (a: Ranked, b: Ranked) => (b.share ?? 0) - (a.share ?? 0) || b.total - a.total || a.city.slug.localeCompare(b.city.slug);
  return {
    cities: rows
      .filter((row) => !row.partnerId)
      .flatMap((row) => (cities.has(row.cityId) ? [{ city: cities.get(row.cityId)!, ...withShare(row) }] : []))
      .sort(byShare),
    pairs: rows
      .filter((row) => row.partnerId)
      .flatMap((row) => {
        const [city, partner] = [cities.get(row.cityId), cities.get(row.partnerId!)];
        return city && partner ? [{ city, partner, ...withShare(row) }] : [];
      })
      .sort(byShare),
  };
}
