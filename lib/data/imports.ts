import 'server-only';
import path from 'node:path';
import { getDb } from '../db/client';
import type { Locale } from '../i18n/locales';
import { planImport } from '../import/plan';
import type { ImportSummary } from '../import/protocol';
import { readImportFile } from '../import/read';
import { type CreationEntry, type Progress, writePlan } from '../import/write';
import { actorIdOf, requireAdmin } from './access';
import { writePublishing } from './exchange-editing';
import { inTransaction, revisionData } from './mutation';
import type { Viewer } from './viewer';

/*
 * Importing historical exchanges from a file (lib/import reads, checks and writes it). Only admins may
 * import: a file can name any city, and what it adds is everyone's reference data too.
 */

export interface ImportedFile {
  name: string;
  bytes: Uint8Array;
}

/** An import may run this long: ten thousand exchanges take seconds, but a slow disk should not fail one. */
const importTimeout = 30 * 60_000;

/** A dry run: what importing the file would add, and every problem with it. Nothing is written. */
export async function checkImport(viewer: Viewer, file: ImportedFile, locale: Locale): Promise<ImportSummary> {
  requireAdmin(viewer);
  const read = readImportFile(file.name, file.bytes, locale);
  const db = await getDb();
  return (await planImport(db, read, { locale, actorId: actorIdOf(viewer) })).summary;
}

/** Exchanges published between two reports of progress: each is a few dozen statements. */
const publishedPerReport = 50;

/**
 * Adds every exchange of the file that is not on record yet, as drafts, in one transaction: a file with
 * any problem adds nothing (the summary lists the problems), and neither does an import that fails or
 * is stopped part-way (`onProgress` may throw to stop it). The exchanges and everything made with
 * them have a history entry naming the file, and the import is in the audit log.
 *
 * With `publish`, the added exchanges are published in the same transaction: records already vetted
 * elsewhere (an archive brought over) need not be reviewed one by one. Only admins import, and an
 * admin may publish anything.
 */
export async function importExchanges(
  viewer: Viewer,
  file: ImportedFile,
  { locale, publish = false, onProgress }: { locale: Locale; publish?: boolean; onProgress?: (progress: Progress) => Promise<void> | void },
): Promise<{ imported: boolean; summary: ImportSummary }> {
  requireAdmin(viewer);
  const read = readImportFile(file.name, file.bytes, locale);
  const name = path.basename(file.name);
  return inTransaction(
    viewer,
    async (tx) => {
      const plan = await planImport(tx, read, { locale, actorId: actorIdOf(viewer) });
      const { summary } = plan;
      if (summary.problems.length > 0) return { imported: false, summary };
      const note = `Imported from ${name}`.slice(0, 2000);
      const history: CreationEntry = ({ entityType, entityId, exchangeId, after }) =>
        revisionData(viewer, { entityType, entityId, exchangeId, action: 'CREATE', version: 1, before: null, after, note });
      await writePlan(tx, plan, { history, onProgress });
      if (publish) {
        const total = plan.exchanges.length;
        for (const [i, exchange] of plan.exchanges.entries()) {
          await writePublishing(tx, viewer, exchange.rows.Exchange![0]!.id as string, note);
          if ((i + 1) % publishedPerReport === 0 || i + 1 === total) await onProgress?.({ phase: 'publishing', done: i + 1, total });
        }
      }
      const { problems: _none, ...counts } = summary;
      await tx.auditEvent.create({ data: { kind: 'IMPORT', actorId: actorIdOf(viewer), subject: name.slice(0, 500), detail: { ...counts, published: publish } } });
      return { imported: true, summary };
    },
    { timeout: importTimeout },
  );
}
