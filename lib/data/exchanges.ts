import 'server-only';
import { cache } from 'react';
import { z } from 'zod';
import { getDb } from '../db/client';
import { AppError } from '../errors';
import { readStoredRecord, storedRecordSelect } from './publication';
import { exchangeFilters } from '../validation/schemas/public';
import type { Prisma } from '../generated/prisma/client';
import { citySelect, type ExchangeRecord } from './exchange-record';
import { listExchangeLinks } from './exchange-links';
import { listPublicCities } from './public-cities';
import { newestFirst, publicationSummarySelect, publicationWhere, requireKnownCities, shown, withOtherVisitingCities } from './public-queries';
import { parseInput } from './validate';
import type { Viewer } from './viewer';

/*
 * What the public reads. Everyone, signed in or not, reads the same thing here: the published copy of
 * each record (see Publication in the schema) and the read model derived from it (public-index.ts).
 * Staff read their drafts through lib/data/workspace.ts. The viewer is still taken, so that every
 * read of the data-access layer has one.
 */

export const timelinePageSize = 20;

/**
 * Published exchanges, newest first, a page at a time, narrowed by the filters in `input` (an
 * address's query). A filter that cannot be used is refused as invalid input; a city that has no
 * published exchanges is refused by name, so a mistyped address says what is wrong.
 *
 * The cities of each exchange come from the list of public cities, which the timeline's filters show
 * anyway (and React's cache reads once per request): four statements in all (the count, the page, the
 * further visitors of its joint visits, the cities) rather than a further two for the cities' names.
 */
export async function listTimeline(viewer: Viewer, input: unknown) {
  const filters = parseInput(exchangeFilters, input);
  const page = filters.page ?? 1;
  const db = await getDb();
  const where = publicationWhere(filters);
  const { visitingCity: _visiting, visitingCities: _joined, hostCity: _host, ...columns } = publicationSummarySelect;
  const [total, publications, publicCities] = await Promise.all([
    db.publication.count({ where }),
    db.publication.findMany({
      where,
      orderBy: [...newestFirst],
      skip: (page - 1) * timelinePageSize,
      take: timelinePageSize,
      select: {
        ...columns,
        visitingCityId: true,
        hostCityId: true,
        visitingCities: { where: { position: { gt: 0 } }, orderBy: { position: 'asc' }, select: { cityId: true } },
      },
    }),
    listPublicCities(viewer),
  ]);
  if (total === 0) await requireKnownCities(db, filters);
  const cities = new Map<string, City>(publicCities.map((city) => [city.id, city]));
  // A city whose first exchange was published between the two reads is not in the list yet.
  const unlisted = publications
    .flatMap((p) => [p.visitingCityId, p.hostCityId, ...p.visitingCities.map((joined) => joined.cityId)])
    .filter((id) => !cities.has(id));
  if (unlisted.length) {
    for (const city of await db.city.findMany({ where: { id: { in: unlisted } }, select: { id: true, ...citySelect } })) cities.set(city.id, city);
  }
  return {
    filters,
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / timelinePageSize)),
    exchanges: publications.map(({ exchangeId, visitingCityId, visitingCities, hostCityId, ...rest }) => ({
      id: exchangeId,
      ...rest,
      visitingCity: cities.get(visitingCityId)!,
      otherVisitingCities: visitingCities.map((joined) => cities.get(joined.cityId)!),
      hostCity: cities.get(hostCityId)!,
    })),
  };
}
type City = Prisma.CityGetPayload<{ select: typeof citySelect }>;
export type TimelineEntry = Awaited<ReturnType<typeof listTimeline>>['exchanges'][number];

const slugSchema = z.string().min(1).max(120).regex(/^[a-z0-9-]+$/);

/** Which publication a public address names; "not found" alike for missing, unpublished and withdrawn. */
function shownPublication(slug: string) {
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) throw new AppError('NOT_FOUND', `No exchange "${slug}"`);
  return { ...shown, slug: parsed.data };
}

/** The published record behind a public address. */
export const getExchangeRecord = cache(async (_viewer: Viewer, slug: string): Promise<ExchangeRecord> => {
  const db = await getDb();
  const publication = await db.publication.findFirst({ where: shownPublication(slug), select: storedRecordSelect });
  if (!publication) throw new AppError('NOT_FOUND', `No exchange "${slug}"`);
  return readStoredRecord(publication);
});

/** A published exchange for programs: its listing (counts, when it was published and changed) and its record. */
export async function getPublishedExchange(_viewer: Viewer, slug: string) {
  const db = await getDb();
  const publication = await db.publication.findFirst({ where: shownPublication(slug), select: { ...publicationSummarySelect, ...storedRecordSelect } });
  if (!publication) throw new AppError('NOT_FOUND', `No exchange "${slug}"`);
  const { record, recordVersion, ...summary } = publication;
  return { summary: withOtherVisitingCities(summary), record: readStoredRecord({ record, recordVersion }), links: await listExchangeLinks(_viewer, summary.exchangeId) };
}
