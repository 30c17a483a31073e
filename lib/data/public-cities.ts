import 'server-only';
import { cache } from 'react';
import { getDb } from '../db/client';
import { AppError } from '../errors';
import { Prisma } from '../generated/prisma/client';
import { readStoredRecord, storedRecordSelect } from './publication';
import { citySelect } from './exchange-record';
import { followThroughOf, newestFirst, publicationWhere, publicItemsWhere, shown } from './public-queries';
import { listPublicRelationships, type PublicRelationshipEntry } from './relationships';
import type { Viewer } from './viewer';

/*
 * The cities of the public side: the cities that have published exchanges, which pairs of them met
 * and how often, and each city's and each pair's page. A city or a pair with a published relationship
 * (sister cities and the like) has a page too, even before any exchange of theirs is published.
 */

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const cityFields = { id: true, ...citySelect, latitude: true, longitude: true, knownForZh: true, knownForEn: true } as const;

/**
 * Every city with at least one published exchange, with how many it has, most first. The counts come
 * from one pass over the indexes of shown publications by city, rather than two counts for each city.
 */
export const listPublicCities = cache(async (_viewer: Viewer) => {
  const db = await getDb();
  const cities = await db.$queryRaw<(PublicCityRow & { exchangeCount: bigint })[]>`
    SELECT c.id, c.slug, c."nameZh", c."nameEn", c."provinceZh", c."provinceEn", c.latitude::float8 AS latitude,
      c.longitude::float8 AS longitude, c."knownForZh", c."knownForEn", n.count AS "exchangeCount"
    FROM "City" c JOIN (
      SELECT city, count(*) AS count FROM (
        SELECT v."cityId" AS city FROM "PublicationVisitingCity" v
        JOIN "Publication" p ON p."exchangeId" = v."publicationId" AND p."withdrawnAt" IS NULL
        UNION ALL
        SELECT "hostCityId" FROM "Publication" WHERE "withdrawnAt" IS NULL
      ) sides GROUP BY city
    ) n ON n.city = c.id`;
  return cities
    .map((city) => ({ ...city, exchangeCount: Number(city.exchangeCount) }))
    .sort((a, b) => b.exchangeCount - a.exchangeCount || a.slug.localeCompare(b.slug));
});
type PublicCityRow = Omit<Prisma.CityGetPayload<{ select: typeof cityFields }>, 'latitude' | 'longitude'> & { latitude: number | null; longitude: number | null };
export type PublicCity = Awaited<ReturnType<typeof listPublicCities>>[number];

/**
 * Which cities met which, either way round, and how many times: one entry per pair. Each visitor of a
 * joint visit met the host; the visitors did not thereby meet each other.
 */
export const listCityPairs = cache(async (_viewer: Viewer) => {
  const db = await getDb();
  const rows = await db.$queryRaw<{ a: string; b: string; count: number }[]>`
    SELECT LEAST(v."cityId", p."hostCityId") AS a, GREATEST(v."cityId", p."hostCityId") AS b, count(*)::int AS count
    FROM "Publication" p JOIN "PublicationVisitingCity" v ON v."publicationId" = p."exchangeId"
    WHERE p."withdrawnAt" IS NULL
    GROUP BY 1, 2`;
  return rows.map(({ a, b, count }) => ({ cityIds: [a, b] as [string, string], count })).sort((x, y) => y.count - x.count || x.cityIds.join().localeCompare(y.cityIds.join()));
});

async function findCity(slug: string) {
  if (!slugPattern.test(slug) || slug.length > 80) return null;
  const db = await getDb();
  const city = await db.city.findUnique({ where: { slug }, select: cityFields });
  return city && { ...city, latitude: city.latitude === null ? null : Number(city.latitude), longitude: city.longitude === null ? null : Number(city.longitude) };
}

/**
 * A relationship as one of its two cities tells it: the partner is the other city, whichever of the
 * two it was recorded from.
 */
function seenFrom(cityId: string, { city, partnerCity, ...relationship }: PublicRelationshipEntry) {
  return { ...relationship, partner: relationship.cityId === cityId ? partnerCity : city };
}
export type CityRelationship = ReturnType<typeof seenFrom>;

/**
 * A city's page: its partners, its relationships with other cities, the people who went or hosted for
 * it, the practices it showed, and how its cooperation items stand. A city with neither a published
 * exchange nor a published relationship has no page.
 */
export async function getCityProfile(viewer: Viewer, slug: string) {
  const city = await findCity(slug);
  if (!city) throw new AppError('NOT_FOUND', `No public city "${slug}"`);
  const [cities, relationships] = await Promise.all([listPublicCities(viewer), listPublicRelationships(viewer, { city: slug })]);
  if (!cities.some((c) => c.id === city.id) && relationships.length === 0) throw new AppError('NOT_FOUND', `No public city "${slug}"`);
  const byId = new Map(cities.map((c) => [c.id, c]));
  const db = await getDb();
  const onItsSide = { cityId: city.id, publication: shown };
  const [pairs, people, practices, followThrough, kinds] = await Promise.all([
    listCityPairs(viewer),
    db.publicText.findMany({
      where: { ...onItsSide, kind: 'PERSON' },
      distinct: ['subjectId'],
      orderBy: [{ subjectId: 'asc' }],
      take: 100,
      select: { subjectId: true, labelZh: true, labelEn: true, textZh: true, textEn: true },
    }),
    db.publicText.findMany({
      where: { ...onItsSide, kind: 'PRACTICE' },
      orderBy: [{ publication: { startDate: 'desc' } }, { id: 'asc' }],
      take: 100,
      select: { id: true, labelZh: true, labelEn: true, textZh: true, textEn: true, publication: { select: { slug: true, titleZh: true, titleEn: true } } },
    }),
    followThroughOf(db, publicItemsWhere({ city: slug })),
    countByKind(db, publicationWhere({ city: slug })),
  ]);
  const partners = pairs.flatMap(({ cityIds, count }) => {
    if (!cityIds.includes(city.id)) return [];
    const partner = byId.get(cityIds[0] === city.id ? cityIds[1] : cityIds[0]);
    return partner ? [{ ...partner, pairCount: count }] : [];
  });
  return {
    city,
    exchangeCount: byId.get(city.id)?.exchangeCount ?? 0,
    partners,
    relationships: relationships.map((relationship) => seenFrom(city.id, relationship)),
    people: people.map(({ subjectId, ...person }) => ({ id: subjectId, ...person })),
    practices,
    followThrough,
    kinds,
  };
}

/** How many of the picked publications are of each kind, most first: a city's visits, meetings, forums… */
async function countByKind(db: Awaited<ReturnType<typeof getDb>>, where: Prisma.PublicationWhereInput) {
  const rows = await db.publication.groupBy({ by: ['kind'], where, _count: { _all: true } });
  return rows.map((row) => ({ kind: row.kind, count: row._count._all })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
}

/** How many of a pair's exchanges the pair page reads in full; pairs rarely meet more often. */
const pairRecordsShown = 50;

/**
 * A pair's page: their relationships, every published visit between the two, both ways, newest first,
 * as full records so that what each side said can be set side by side, and how the items they agreed
 * on stand. A pair with neither a published exchange nor a published relationship has no page.
 */
export async function getCityPair(viewer: Viewer, slug: string, partnerSlug: string) {
  const [city, partner] = await Promise.all([findCity(slug), findCity(partnerSlug)]);
  if (!city || !partner || city.id === partner.id) throw new AppError('NOT_FOUND', `No city pair "${slug}/${partnerSlug}"`);
  const db = await getDb();
  const where = publicationWhere({ city: slug, partner: partnerSlug });
  const [kinds, publications, followThrough, relationships] = await Promise.all([
    countByKind(db, where),
    db.publication.findMany({
      where,
      orderBy: [...newestFirst],
      take: pairRecordsShown,
      select: { ...storedRecordSelect, hostCityId: true },
    }),
    followThroughOf(db, publicItemsWhere({ city: slug, partner: partnerSlug })),
    listPublicRelationships(viewer, { city: slug, partner: partnerSlug }),
  ]);
  const total = kinds.reduce((sum, { count }) => sum + count, 0);
  if (total === 0 && relationships.length === 0) throw new AppError('NOT_FOUND', `Nothing published between "${slug}" and "${partnerSlug}"`);
  const records = publications.map(({ hostCityId, ...stored }) => ({
    record: readStoredRecord(stored),
    /** Which of the two cities went. */
    visitor: hostCityId === partner.id ? ('city' as const) : ('partner' as const),
  }));
  return { city, partner, total, kinds, records, followThrough, relationships: relationships.map((relationship) => seenFrom(city.id, relationship)) };
}

/** Published exchanges per year they took place, oldest year first. */
export async function countExchangesPerYear(_viewer: Viewer) {
  const db = await getDb();
  return db.$queryRaw<{ year: number; count: number }[]>`
    SELECT extract(year FROM "startDate")::int AS year, count(*)::int AS count
    FROM "Publication" WHERE "withdrawnAt" IS NULL GROUP BY 1 ORDER BY 1`;
}
