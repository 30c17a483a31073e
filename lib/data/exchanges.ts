import 'server-only';
import { cache } from 'react';
import { z } from 'zod';
import { getDb } from '../db/client';
import { AppError } from '../errors';
import { citySelect, type ExchangeRecord } from './exchange-record';
import { decodeRecord } from '../records/json-record';
import type { Viewer } from './viewer';

/*
 * What the public reads. Everyone, signed in or not, reads the same thing here: the published copy of
 * each record (see Publication in the schema). Staff read their drafts through lib/data/workspace.ts.
 * The viewer is still taken, so that every read of the data-access layer has one.
 */

export const timelineQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TimelineQuery = z.infer<typeof timelineQuery>;

const pageSize = 20;
const shown = { withdrawnAt: null } as const;

/** Published exchanges, newest first, with whether each one's date is disputed. */
export async function listTimeline(_viewer: Viewer, query: TimelineQuery) {
  const db = await getDb();
  const [total, publications] = await Promise.all([
    db.publication.count({ where: shown }),
    db.publication.findMany({
      where: shown,
      // The id breaks ties, so that pages neither repeat nor skip records that share a date.
      orderBy: [{ startDate: 'desc' }, { exchangeId: 'desc' }],
      skip: (query.page - 1) * pageSize,
      take: pageSize,
      select: {
        exchangeId: true,
        slug: true,
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
        visitingCity: { select: citySelect },
        hostCity: { select: citySelect },
      },
    }),
  ]);
  return {
    total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    exchanges: publications.map(({ exchangeId, ...rest }) => ({ id: exchangeId, ...rest })),
  };
}

const slugSchema = z.string().min(1).max(120).regex(/^[a-z0-9-]+$/);

/** The published record behind a public address; "not found" alike for missing, unpublished and withdrawn. */
export const getExchangeRecord = cache(async (_viewer: Viewer, slug: string): Promise<ExchangeRecord> => {
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) throw new AppError('NOT_FOUND', `No exchange "${slug}"`);
  const db = await getDb();
  const publication = await db.publication.findFirst({ where: { ...shown, slug: parsed.data }, select: { record: true } });
  if (!publication) throw new AppError('NOT_FOUND', `No exchange "${slug}"`);
  return decodeRecord<ExchangeRecord>(publication.record);
});
