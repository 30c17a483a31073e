import 'server-only';
import { getDb } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import type { ExchangeLinkKind } from '../generated/prisma/enums';
import { readStoredRecord, storedRecordSelect } from './publication';
import { apiExchangeQuery, exchangeFilters, itemFilters } from '../validation/schemas/public';
import { citySelect } from './exchange-record';
import { listOutgoingLinks } from './exchange-links';
import {
  isStale,
  itemsNewestFirst,
  newestFirst,
  publicationSummarySelect,
  publicationWhere,
  publicItemsWhere,
  requireKnownCities,
  staleCutoff,
  trackedItemSelect,
  withOtherVisitingCities,
} from './public-queries';
import { listPublicRelationships } from './relationships';
import { parseInput } from './validate';
import type { Viewer } from './viewer';

/*
 * Published records for programs: downloads and feeds of any filtered view of the timeline or the
 * tracker. Everything here is public, read from the publications as the pages read them.
 */

const batchSize = 1000;
/** Feeds carry the newest entries only; a reader that wants all of them downloads the CSV or uses the API. */
export const feedLength = 100;

/** A published exchange as lists give it: its summary, and its cities with the leading visitor's companions. */
export type ExchangeRow = ReturnType<typeof withOtherVisitingCities<Prisma.PublicationGetPayload<{ select: typeof publicationSummarySelect }>>>;

/** Filters from an address, the page left out: a download or a feed is of the whole filtered view. */
function exchangeWhere(input: unknown) {
  const { page: _page, ...filters } = parseInput(exchangeFilters, input);
  return publicationWhere(filters);
}

/**
 * Checks the filters before anything is sent (so a bad one is refused with a message rather than a
 * broken download), then reads the matching exchanges a batch at a time, newest first.
 */
export function exportExchanges(viewer: Viewer, input: unknown): AsyncIterable<ExportedExchange[]> {
  const where = exchangeWhere(input);
  return batches(
    async (cursor) => {
      const db = await getDb();
      const rows = await db.publication.findMany({
        where,
        orderBy: [...newestFirst],
        take: batchSize,
        ...(cursor ? { cursor: { exchangeId: cursor }, skip: 1 } : {}),
        select: publicationSummarySelect,
      });
      const links = await listOutgoingLinks(viewer, rows.map((row) => row.exchangeId));
      return rows.map((row) => ({
        ...withOtherVisitingCities(row),
        links: links.filter((link) => link.exchangeId === row.exchangeId).map((link) => ({ kind: link.kind, slug: link.other.slug })),
      }));
    },
    (row) => row.exchangeId,
  );
}
/** An exchange as the download has it: its listing, and what it returns, follows up or shares a series with. */
export type ExportedExchange = ExchangeRow & { links: { kind: ExchangeLinkKind; slug: string }[] };

/** The newest exchanges of a filtered view, for a calendar or news feed. */
export async function listFeedExchanges(_viewer: Viewer, input: unknown): Promise<ExchangeRow[]> {
  const where = exchangeWhere(input);
  const db = await getDb();
  const rows = await db.publication.findMany({ where, orderBy: [...newestFirst], take: feedLength, select: publicationSummarySelect });
  return rows.map(withOtherVisitingCities);
}

/** Exchanges on a page of the JSON API. */
export const apiPageSize = 100;

/**
 * A page of the API's list of exchanges. With `modified_since`, it is a mirror's sync instead: every
 * exchange whose public record changed at or after that moment, oldest change first, with those
 * withdrawn since (`withdrawnAt` set) for the mirror to delete. "At or after" means a record changed
 * in the very millisecond of the last sync is sent again rather than missed.
 */
export async function listApiExchanges(_viewer: Viewer, input: unknown) {
  const { page: requested, modified_since: since, ...filters } = parseInput(apiExchangeQuery, input);
  const page = requested ?? 1;
  const where: Prisma.PublicationWhereInput = since
    ? { AND: [publicationWhere(filters, { withdrawn: true }), { updatedAt: { gte: since } }] }
    : publicationWhere(filters);
  const db = await getDb();
  const [total, exchanges] = await Promise.all([
    db.publication.count({ where }),
    db.publication.findMany({
      where,
      orderBy: since ? [{ updatedAt: 'asc' }, { exchangeId: 'asc' }] : [...newestFirst],
      skip: (page - 1) * apiPageSize,
      take: apiPageSize,
      select: { ...publicationSummarySelect, withdrawnAt: true },
    }),
  ]);
  if (total === 0) await requireKnownCities(db, filters);
  return { page, pageCount: Math.max(1, Math.ceil(total / apiPageSize)), total, exchanges: exchanges.map(withOtherVisitingCities) };
}

type TrackedItem = Prisma.PublicItemGetPayload<{ select: typeof trackedItemSelect }>;
export type ItemRow = Omit<TrackedItem, 'publication'> & { publication: ReturnType<typeof withOtherVisitingCities<TrackedItem['publication']>>; stale: boolean };

/** The tracker's items of a filtered view, a batch at a time, newest exchange first. */
export function exportItems(_viewer: Viewer, input: unknown): AsyncIterable<ItemRow[]> {
  const { page: _page, ...filters } = parseInput(itemFilters, input);
  const cutoff = staleCutoff();
  const where = publicItemsWhere(filters, cutoff);
  return batches(
    async (cursor) => {
      const db = await getDb();
      const rows = await db.publicItem.findMany({
        where,
        orderBy: [...itemsNewestFirst],
        take: batchSize,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
        select: trackedItemSelect,
      });
      return rows.map((row) => ({ ...row, publication: withOtherVisitingCities(row.publication), stale: isStale(row, row.publication.startDate, cutoff) }));
    },
    (row) => row.id,
  );
}

async function* batchesOf<T>(read: (cursor: string | null) => Promise<T[]>, keyOf: (row: T) => string): AsyncGenerator<T[]> {
  let cursor: string | null = null;
  for (;;) {
    const rows = await read(cursor);
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    cursor = keyOf(rows[rows.length - 1]!);
  }
}

function batches<T>(read: (cursor: string | null) => Promise<T[]>, keyOf: (row: T) => string): AsyncIterable<T[]> {
  return { [Symbol.asyncIterator]: () => batchesOf(read, keyOf) };
}

/**
 * Everything a Popolo / Open Civic Data export of a filtered view needs: its exchanges with their
 * people, events and organizations (from the published records), the people's posts, and the
 * organizations and cities these name. Only people who appear in a published record are included.
 */
export async function exportPopolo(viewer: Viewer, input: unknown) {
  const { page: _page, ...filters } = parseInput(exchangeFilters, input);
  const where = publicationWhere(filters);
  const db = await getDb();
  const exchanges = [];
  const read = (cursor: string | null) =>
    db.publication.findMany({
      where,
      orderBy: [...newestFirst],
      take: batchSize,
      ...(cursor ? { cursor: { exchangeId: cursor }, skip: 1 } : {}),
      select: {
        ...publicationSummarySelect,
        visitingCityId: true,
        hostCityId: true,
        visitingCities: { ...publicationSummarySelect.visitingCities, select: { cityId: true, city: { select: citySelect } } },
        ...storedRecordSelect,
      },
    });
  for await (const batch of batches(read, (row) => row.exchangeId)) {
    const links = await listOutgoingLinks(viewer, batch.map((row) => row.exchangeId));
    for (const { record, recordVersion, ...row } of batch) {
      // Only the parts the export uses are kept, so a large export does not hold every record whole.
      const { visitingOrganization, hostOrganization, participants, events, sources } = readStoredRecord({ record, recordVersion });
      const linked = links.filter((link) => link.exchangeId === row.exchangeId).map((link) => ({ kind: link.kind, slug: link.other.slug }));
      const { visitingCities, ...summary } = row;
      exchanges.push({
        ...withOtherVisitingCities({ ...summary, visitingCities }),
        otherVisitingCityIds: visitingCities.map((joined) => joined.cityId),
        visitingOrganization,
        hostOrganization,
        participants,
        events,
        sources,
        links: linked,
      });
    }
  }

  if (exchanges.length === 0) await requireKnownCities(db, filters);
  // The other filters are of exchanges; a relationship is picked by its cities alone.
  const relationships = await listPublicRelationships(viewer, { city: filters.city, partner: filters.partner });

  const personIds = [...new Set(exchanges.flatMap((exchange) => exchange.participants.map((participant) => participant.personId)))];
  const identifiers = { select: { scheme: true, value: true }, orderBy: [{ scheme: 'asc' as const }, { value: 'asc' as const }] };
  const [persons, posts] = await Promise.all([
    db.person.findMany({ where: { id: { in: personIds } }, orderBy: { id: 'asc' }, select: { id: true, nameZh: true, nameEn: true, identifiers } }),
    db.personRole.findMany({
      where: { personId: { in: personIds } },
      orderBy: [{ personId: 'asc' }, { startDate: { sort: 'asc', nulls: 'first' } }, { id: 'asc' }],
      select: { id: true, personId: true, organizationId: true, titleZh: true, titleEn: true, startDate: true, endDate: true, attestedOn: true },
    }),
  ]);

  const organizationSelect = { id: true, nameZh: true, nameEn: true, kind: true, cityId: true, parentId: true, identifiers } as const;
  const organizationIds = new Set<string>();
  for (const post of posts) if (post.organizationId) organizationIds.add(post.organizationId);
  for (const exchange of exchanges) {
    for (const organization of [exchange.visitingOrganization, exchange.hostOrganization, ...exchange.events.flatMap((event) => event.sitesVisited)]) {
      if (organization?.id) organizationIds.add(organization.id);
    }
  }
  const organizations = await db.organization.findMany({ where: { id: { in: [...organizationIds] } }, select: organizationSelect });
  // Parents too, so that every `parent_id` names an organization in the export.
  for (let missing = parentsMissing(organizations); missing.length > 0; missing = parentsMissing(organizations)) {
    organizations.push(...(await db.organization.findMany({ where: { id: { in: missing } }, select: organizationSelect })));
  }
  organizations.sort((a, b) => a.id.localeCompare(b.id));

  const cityIds = new Set([
    ...exchanges.flatMap((exchange) => [exchange.visitingCityId, exchange.hostCityId, ...exchange.otherVisitingCityIds]),
    ...relationships.flatMap((relationship) => [relationship.cityId, relationship.partnerCityId]),
  ]);
  for (const organization of organizations) if (organization.cityId) cityIds.add(organization.cityId);
  const cities = await db.city.findMany({
    where: { id: { in: [...cityIds] } },
    orderBy: { slug: 'asc' },
    select: { id: true, ...citySelect, latitude: true, longitude: true, identifiers },
  });
  return { exchanges, persons, posts, organizations, cities, relationships };
}
export type PopoloData = Awaited<ReturnType<typeof exportPopolo>>;

function parentsMissing(organizations: { id: string; parentId: string | null }[]): string[] {
  const known = new Set(organizations.map((organization) => organization.id));
  return [...new Set(organizations.flatMap((organization) => (organization.parentId && !known.has(organization.parentId) ? [organization.parentId] : [])))];
}
