import type { Prisma } from '../generated/prisma/client';
import { AppError } from '../errors';
import { encodeRecord } from '../records/json-record';
import { loadExchangeRecord } from './exchange-record';
import { writePublicIndex } from './public-index';

/**
 * Copies an exchange as it stands into its publication, replacing the copy the public saw before.
 * Runs inside the transaction that publishes, so the copy, the search and tracker rows derived from it
 * (lib/data/public-index.ts) and the record's state change together.
 */
export async function writePublication(tx: Prisma.TransactionClient, exchangeId: string, publishedById: string | null) {
  const record = await loadExchangeRecord(tx, exchangeId);
  if (!record) throw new AppError('NOT_FOUND', `No exchange ${exchangeId}`);
  const exchange = await tx.exchange.findUniqueOrThrow({
    where: { id: exchangeId },
    select: { visitingCityId: true, hostCityId: true },
  });
  const data = {
    slug: record.slug,
    version: record.version,
    visitingCityId: exchange.visitingCityId,
    hostCityId: exchange.hostCityId,
    startDate: record.startDate,
    endDate: record.endDate,
    datePrecision: record.datePrecision,
    dateDisputed: record.dateClaims.state === 'disputed',
    titleZh: record.titleZh,
    titleEn: record.titleEn,
    summaryZh: record.summaryZh,
    summaryEn: record.summaryEn,
    eventCount: record.events.length,
    itemCount: record.cooperationItems.length,
    record: encodeRecord(record) as Prisma.InputJsonValue,
    publishedAt: new Date(),
    publishedById,
    withdrawnAt: null,
  };
  await tx.publication.upsert({ where: { exchangeId }, create: { exchangeId, ...data }, update: data });
  await writePublicIndex(tx, record, exchange);
}
