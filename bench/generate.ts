import { writePublication } from '../lib/data/publication';
import type { PrismaClient } from '../lib/generated/prisma/client';
import { BulkInsert } from './bulk-insert';
import { BatchRows, KeyRegistry, planExchange } from './exchange-plan';
import { Random } from './random';
import { planReferenceData, writeReferenceData } from './reference-data';

/*
 * Fills a database with realistic bilingual exchanges for measuring the app at scale: all of China's
 * prefecture-level cities, their governments and the people who held their posts, and exchanges
 * between them with everything the app records of one. One seed always gives the same records.
 *
 * The working rows are written a batch of exchanges per transaction, one statement a table
 * (./bulk-insert.ts). What the public reads (the publication, and the search and tracker rows derived
 * from it) is written by the app's own `writePublication`, in the same transaction, so it is exactly
 * what publishing would have written.
 */

export interface GenerateOptions {
  exchanges: number;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
  /** Exchanges per transaction. */
  batchSize?: number;
  /** Transactions written at once: more than one only on a server, as the embedded database has one connection. */
  concurrency?: number;
}

export interface GenerateReport {
  exchanges: number;
  publications: number;
  /** Searchable texts (PublicText rows) written. */
  texts: number;
  ms: number;
  /**
   * Where the time went: cities, organizations and people; the working rows; publishing; VACUUM and ANALYZE.
   * The working rows and publishing are summed over batches, which overlap when several are written at once.
   */
  phases: { referenceMs: number; rowsMs: number; publicationMs: number; analyzeMs: number };
}

export const defaultSeed = 20_230_505;

/** Generous: a batch on a busy machine can take a minute. */
const batchTimeout = 10 * 60_000;

export async function generateExchanges(db: PrismaClient, options: GenerateOptions): Promise<GenerateReport> {
  const total = options.exchanges;
  if (!Number.isInteger(total) || total < 1) throw new Error('The number of exchanges must be a whole number above zero.');
  const batchSize = options.batchSize ?? 500;
  const concurrency = options.concurrency ?? 1;
  const started = performance.now();
  const random = new Random(options.seed ?? defaultSeed);

  const insert = await BulkInsert.open(db);
  const reference = planReferenceData(random, total);
  await writeReferenceData(db, insert, reference);
  const referenceMs = performance.now() - started;

  const [publicationsBefore, textsBefore, exchangeSlugs, sourceSlugs] = await Promise.all([
    db.publication.count(),
    db.publicText.count(),
    db.exchange.findMany({ select: { slug: true } }),
    db.source.findMany({ select: { slug: true } }),
  ]);
  const keys = {
    exchanges: new KeyRegistry(new Set(exchangeSlugs.map((e) => e.slug))),
    sources: new KeyRegistry(new Set(sourceSlugs.map((s) => s.slug))),
  };

  let [rowsMs, publicationMs] = [0, 0];
  const writeBatch = (rows: BatchRows) =>
    db.$transaction(
      async (tx) => {
        const before = performance.now();
        await rows.write(tx, insert);
        const written = performance.now();
        for (const exchangeId of rows.published) await writePublication(tx, exchangeId, null);
        // As withdrawing does: the copy stays, hidden, and the record says it was withdrawn.
        if (rows.withdrawn.length) {
          await tx.publication.updateMany({ where: { exchangeId: { in: rows.withdrawn } }, data: { withdrawnAt: new Date() } });
          await tx.exchange.updateMany({ where: { id: { in: rows.withdrawn } }, data: { publicationState: 'WITHDRAWN' } });
        }
        rowsMs += written - before;
        publicationMs += performance.now() - written;
      },
      { timeout: batchTimeout, maxWait: 60_000 },
    );

  // Batches are planned one after another, so the records depend on the seed alone; several are
  // written at once, so the database works on one while this process builds the next one's copies.
  const writing = new Set<Promise<void>>();
  let done = 0;
  try {
    for (let planned = 0; planned < total; ) {
      const rows = new BatchRows();
      const size = Math.min(batchSize, total - planned);
      for (let i = 0; i < size; i++) planExchange(random, reference, keys, rows);
      planned += size;
      const batch: Promise<void> = writeBatch(rows).then(() => {
        writing.delete(batch);
        done += size;
        options.onProgress?.(done, total);
      });
      writing.add(batch);
      if (writing.size >= concurrency) await Promise.race(writing);
    }
    await Promise.all(writing);
  } finally {
    // A failed batch ends the run; the others still in flight finish or fail first.
    await Promise.allSettled(writing);
  }

  // Search chooses how to read hits from the planner's statistics of the public texts, and counts read
  // only indexes once VACUUM has marked the pages all-visible: the database is left as it would be
  // after the server's own autovacuum had passed, not as a bulk load leaves it.
  const analyzing = performance.now();
  await db.$executeRawUnsafe('VACUUM (ANALYZE)');
  const analyzeMs = performance.now() - analyzing;

  const [publications, texts] = await Promise.all([db.publication.count(), db.publicText.count()]);
  return {
    exchanges: total,
    publications: publications - publicationsBefore,
    texts: texts - textsBefore,
    ms: performance.now() - started,
    phases: { referenceMs, rowsMs, publicationMs, analyzeMs },
  };
}
