import 'server-only';
import { getDb } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import { apiExchangeQuery, exchangeFilters, itemFilters } from '../validation/schemas/public';
import { citySelect } from './exchange-record';
import { isStale, newestFirst, publicationSummarySelect, publicationWhere, publicItemsWhere, requireKnownCities, staleCutoff } from './public-queries';
import { parseInput } from './validate';
import type { Viewer } from './viewer';

/*
 * Published records for programs: downloads and feeds of any filtered view of the timeline or the
 * tracker. Everything here is public, read from the publications as the pages read them.
 */

const batchSize = 1000;
/** Feeds carry the newest entries only; a reader that wants all of them downloads the CSV or uses the API. */
export const feedLength = 100;

export type ExchangeRow = Prisma.PublicationGetPayload<{ select: typeof publicationSummarySelect }>;

/** Filters from an address, the page left out: a download or a feed is of the whole filtered view. */
function exchangeWhere(input: unknown) {
  const { page: _page, ...filters } = parseInput(exchangeFilters, input);
  return publicationWhere(filters);
}

/**
 * Checks the filters before anything is sent (so a bad one is refused with a message rather than a
 * broken download), then reads the matching exchanges a batch at a time, newest first.
 */
export function exportExchanges(_viewer: Viewer, input: unknown): AsyncIterable<ExchangeRow[]> {
  const where = exchangeWhere(input);
  return batches(
    async (cursor) => {
      const db = await getDb();
      return db.publication.findMany({
        where,
        orderBy: [...newestFirst],
        take: batchSize,
        ...(cursor ? { cursor: { exchangeId: cursor }, skip: 1 } : {}),
        select: publicationSummarySelect,
      });
    },
    (row) => row.exchangeId,
  );
}

/** The newest exchanges of a filtered view, for a calendar or news feed. */
export async function listFeedExchanges(_viewer: Viewer, input: unknown): Promise<ExchangeRow[]> {
  const where = exchangeWhere(input);
  const db = await getDb();
  return db.publication.findMany({ where, orderBy: [...newestFirst], take: feedLength, select: publicationSummarySelect });
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
  return { page, pageCount: Math.max(1, Math.ceil(total / apiPageSize)), total, exchanges };
}

const itemRowSelect = {
  id: true,
  titleZh: true,
  titleEn: true,
  status: true,
  progress: true,
  dueDate: true,
  lastUpdatedOn: true,
  originStatementNumber: true,
  publication: { select: { slug: true, titleZh: true, titleEn: true, startDate: true, visitingCity: { select: citySelect }, hostCity: { select: citySelect } } },
} as const satisfies Prisma.PublicItemSelect;

export type ItemRow = Prisma.PublicItemGetPayload<{ select: typeof itemRowSelect }> & { stale: boolean };

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
        orderBy: [{ publication: { startDate: 'desc' } }, { exchangeId: 'desc' }, { position: 'asc' }, { id: 'asc' }],
        take: batchSize,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
        select: itemRowSelect,
      });
      return rows.map((row) => ({ ...row, stale: isStale(row, row.publication.startDate, cutoff) }));
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
