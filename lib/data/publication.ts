import type { Prisma } from '../generated/prisma/client';
import { AppError } from '../errors';
import {
  encodePublishedRecord,
  type ExchangeRecord,
  publishedRecordVersion,
  readPublishedRecord,
  upgradePublishedRecord,
} from '../records/published-record';
import { claimGroupOf } from '../records/claims';
import { loadExchangeRecord } from './exchange-record';
import { refreshPublicItem, writePublicIndex } from './public-index';

/*
 * The one module that writes a publication's stored record, and the one way to read it back: the record
 * is checked against its declared schema (lib/records/published-record.ts) on the way in and out.
 */

type Tx = Prisma.TransactionClient;

/** The columns to select with a publication's record so that it can be read. */
export const storedRecordSelect = { record: true, recordVersion: true } as const;

/** A stored record as its page shows it; a copy that does not match its schema is an error, never shown half-read. */
export function readStoredRecord(row: { record: Prisma.JsonValue; recordVersion: number }): ExchangeRecord {
  return readPublishedRecord(row.record, row.recordVersion);
}

/**
 * Copies an exchange as it stands into its publication, replacing the copy the public saw before.
 * Runs inside the transaction that publishes, so the copy, the search and tracker rows derived from it
 * (lib/data/public-index.ts) and the record's state change together.
 */
export async function writePublication(tx: Tx, exchangeId: string, publishedById: string | null) {
  const working = await loadExchangeRecord(tx, exchangeId);
  if (!working) throw new AppError('NOT_FOUND', `No exchange ${exchangeId}`);
  // An internal file (logistics, a contact sheet) never reaches the public, in any form.
  const record = {
    ...working,
    attachments: working.attachments.filter((attachment) => attachment.visibility === 'PUBLIC'),
    // The other exchange is named by id alone: it may be a draft, whose title is not the public's.
    links: working.links.map((link) => ({ ...link, target: null })),
  };
  const exchange = await tx.exchange.findUniqueOrThrow({
    where: { id: exchangeId },
    select: { visitingCityId: true, hostCityId: true, joiningCities: { orderBy: { position: 'asc' }, select: { cityId: true } } },
  });
  const data = {
    slug: record.slug,
    version: record.version,
    kind: record.kind,
    visitingCityId: exchange.visitingCityId,
    hostCityId: exchange.hostCityId,
    startDate: record.startDate,
    endDate: record.endDate,
    datePrecision: record.datePrecision,
    dateDisputed: claimGroupOf(record, 'startDate').state === 'disputed',
    titleZh: record.titleZh,
    titleEn: record.titleEn,
    summaryZh: record.summaryZh,
    summaryEn: record.summaryEn,
    eventCount: record.events.length,
    itemCount: record.cooperationItems.length,
    record: encodePublishedRecord(record) as Prisma.InputJsonValue,
    recordVersion: publishedRecordVersion,
    publishedAt: new Date(),
    publishedById,
    withdrawnAt: null,
  };
  await tx.publication.upsert({ where: { exchangeId }, create: { exchangeId, ...data }, update: data });
  const visitors = [exchange.visitingCityId, ...exchange.joiningCities.map((joined) => joined.cityId)];
  await tx.publicationVisitingCity.deleteMany({ where: { publicationId: exchangeId } });
  await tx.publicationVisitingCity.createMany({ data: visitors.map((cityId, position) => ({ publicationId: exchangeId, cityId, position })) });
  await writePublicIndex(tx, record, exchange);
}

/** The fields of an item that progress reports change; the rest of the published copy is left alone. */
const progressFields = ['status', 'progress', 'outcomeKnown', 'lastUpdatedOn', 'updates'] as const;

/**
 * Progress reaches the public at once, without a new review: it reports what happened rather than
 * changing what the record says. Only the item's progress is copied into the published record.
 */
export async function publishItemProgress(tx: Tx, exchangeId: string, itemId: string): Promise<void> {
  const publication = await tx.publication.findUnique({ where: { exchangeId }, select: storedRecordSelect });
  if (!publication) return;
  const published = readStoredRecord(publication);
  const live = (await loadExchangeRecord(tx, exchangeId))?.cooperationItems.find((item) => item.id === itemId);
  const target = published.cooperationItems.find((item) => item.id === itemId);
  // An item added since the record was published reaches the public with the next publication.
  if (!live || !target) return;
  for (const field of progressFields) (target as Record<string, unknown>)[field] = live[field];
  await tx.publication.update({ where: { exchangeId }, data: { record: encodePublishedRecord(published) as Prisma.InputJsonValue } });
  await refreshPublicItem(tx, live);
}

/**
 * A public file that is evidence of a progress report joins the published record at once, as the
 * report did. An internal one, or one of a report the public does not have yet (of an item added since
 * the record was published), waits for the next publication.
 */
export async function publishProgressEvidence(tx: Tx, exchangeId: string, attachmentId: string): Promise<void> {
  const publication = await tx.publication.findUnique({ where: { exchangeId }, select: storedRecordSelect });
  if (!publication) return;
  const published = readStoredRecord(publication);
  const evidence = (await loadExchangeRecord(tx, exchangeId))?.attachments.find((attachment) => attachment.id === attachmentId);
  const reportIsPublic = published.cooperationItems.some((item) => item.updates.some((update) => update.id === evidence?.cooperationUpdateId));
  if (!evidence || evidence.visibility !== 'PUBLIC' || !reportIsPublic || published.attachments.some((attachment) => attachment.id === attachmentId)) return;
  published.attachments.push(evidence);
  await tx.publication.update({ where: { exchangeId }, data: { record: encodePublishedRecord(published) as Prisma.InputJsonValue } });
}

/**
 * A file deleted or made internal leaves the public copy at once, without waiting for the next review:
 * what staff take back from the public (a contact sheet uploaded as public by mistake) must not stay
 * listed there, caption and all.
 */
export async function withdrawPublishedFile(tx: Tx, exchangeId: string, attachmentId: string): Promise<void> {
  const publication = await tx.publication.findUnique({ where: { exchangeId }, select: storedRecordSelect });
  if (!publication) return;
  const published = readStoredRecord(publication);
  const attachments = published.attachments.filter((attachment) => attachment.id !== attachmentId);
  if (attachments.length === published.attachments.length) return;
  await tx.publication.update({ where: { exchangeId }, data: { record: encodePublishedRecord({ ...published, attachments }) as Prisma.InputJsonValue } });
}

const upgradeBatch = 200;

/**
 * Rewrites every publication stored under an older version of the record's schema, as a migration
 * would, so that the app never reads an old copy as if it were new. Each batch is one transaction;
 * an interrupted run leaves whole records of either version and the next start finishes it.
 */
export async function upgradeStoredPublications(db: { $transaction<R>(fn: (tx: Tx) => Promise<R>, options?: { timeout?: number }): Promise<R> }) {
  let upgraded = 0;
  for (;;) {
    const count = await db.$transaction(
      async (tx) => {
        const stale = await tx.publication.findMany({
          where: { recordVersion: { lt: publishedRecordVersion } },
          select: { exchangeId: true, visitingCityId: true, hostCityId: true, ...storedRecordSelect },
          take: upgradeBatch,
        });
        for (const { exchangeId, record, recordVersion, ...cities } of stale) {
          const upgradedRecord = upgradePublishedRecord(record, recordVersion);
          await tx.publication.update({
            where: { exchangeId },
            data: { record: upgradedRecord as Prisma.InputJsonValue, recordVersion: publishedRecordVersion },
          });
          await writePublicIndex(tx, readPublishedRecord(upgradedRecord, publishedRecordVersion), cities);
        }
        return stale.length;
      },
      { timeout: 120_000 },
    );
    upgraded += count;
    if (count < upgradeBatch) return upgraded;
  }
}
