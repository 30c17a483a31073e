import 'server-only';
import { getDb } from '../db/client';
import { AppError } from '../errors';
import { decodeRecord } from '../records/json-record';
import { changeNote } from '../validation/schemas/change';
import { editableExchanges, requireStaff } from './access';
import { editableExchange, markChanged } from './exchange-editing';
import { partKinds, type PartKindName } from './exchange-parts';
import { inTransaction, recordRevision } from './mutation';
import { recreatePart, restorableDeletions, snapshotOfPart, standingDeletions } from './part-deletions';
import { isId, parseInput } from './validate';
import type { Viewer } from './viewer';

/*
 * What staff have deleted, and bringing it back. A deleted exchange is only marked deleted (restoring
 * it is restoreDeletedExchange); a deleted part is gone from its table and lives on in its DELETE
 * revision (lib/data/part-deletions.ts). Staff see and restore what belongs to their cities.
 */

type Row = Record<string, unknown>;

const partKindNames = new Map(Object.entries(partKinds).map(([name, kind]) => [kind.entity as string, name as PartKindName]));

const deletedBy = { select: { name: true, email: true } } as const;
const newestFirst = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];

/** Deleted exchanges and deleted parts of live exchanges that the viewer may restore, newest first. */
export async function listDeletedRecords(viewer: Viewer) {
  requireStaff(viewer);
  const db = await getDb();

  const deletedExchanges = await db.exchange.findMany({
    where: editableExchanges(viewer, { deleted: true }),
    orderBy: [{ deletedAt: 'desc' }, { id: 'desc' }],
    take: 200,
    select: { id: true, titleZh: true, titleEn: true, deletedAt: true },
  });
  const exchangeDeletions = await db.revision.findMany({
    where: { entityType: 'Exchange', action: 'DELETE', entityId: { in: deletedExchanges.map((e) => e.id) } },
    orderBy: newestFirst,
    distinct: ['entityId'],
    select: { entityId: true, actor: deletedBy },
  });
  const exchanges = deletedExchanges.map((exchange) => ({
    ...exchange,
    deletedAt: exchange.deletedAt!,
    deletedBy: exchangeDeletions.find((d) => d.entityId === exchange.id)?.actor ?? null,
  }));

  // Parts of a deleted exchange come back with it, so only live exchanges' parts are listed.
  const live = await db.exchange.findMany({ where: editableExchanges(viewer), select: { id: true, titleZh: true, titleEn: true } });
  const liveById = new Map(live.map((exchange) => [exchange.id, exchange]));
  const partDeletions = await db.revision.findMany({
    where: { action: 'DELETE', entityType: { in: [...partKindNames.keys()] }, exchangeId: { in: [...liveById.keys()] } },
    orderBy: newestFirst,
    take: 500,
    select: { id: true, action: true, entityType: true, entityId: true, exchangeId: true, createdAt: true, snapshot: true, actor: deletedBy },
  });
  const standing = await restorableDeletions(db, partDeletions);
  const kept = new Map(partDeletions.map((deletion) => [deletion.id, decodeRecord<Row>(deletion.snapshot)]));
  // Participants are known by their person's name.
  const people = await db.person.findMany({
    where: { id: { in: [...kept.values()].map((row) => row.personId).filter((id): id is string => typeof id === 'string') } },
    select: { id: true, nameZh: true, nameEn: true },
  });
  const personById = new Map(people.map((person) => [person.id, person]));
  const parts = partDeletions
    .filter((deletion) => standing.has(deletion.id))
    .map((deletion) => {
      const row = kept.get(deletion.id)!;
      const person = personById.get(row.personId as string);
      // Questions and statements are known by their text, documents and photos by their caption, the other parts by their title.
      const [titleZh, titleEn] =
        'personId' in row
          ? [person?.nameZh ?? person?.nameEn, person?.nameEn ?? person?.nameZh]
          : 'captionZh' in row
            ? [row.captionZh ?? row.captionEn, row.captionEn ?? row.captionZh]
            : 'titleZh' in row
              ? [row.titleZh, row.titleEn]
              : [row.textZh, row.textEn];
      return {
        revisionId: deletion.id,
        kind: partKindNames.get(deletion.entityType)!,
        id: deletion.entityId,
        titleZh: String(titleZh),
        titleEn: String(titleEn),
        exchange: liveById.get(deletion.exchangeId!)!,
        deletedAt: deletion.createdAt,
        deletedBy: deletion.actor,
      };
    });

  return { exchanges, parts };
}
export type DeletedRecords = Awaited<ReturnType<typeof listDeletedRecords>>;

/**
 * Brings a deleted part back as its DELETE revision kept it, with the same id, as a change to its
 * exchange that needs review again. Links to what is gone since are left empty; the result names them.
 */
export async function restoreDeletedPart(
  viewer: Viewer,
  revisionId: string,
  input: unknown = {},
): Promise<{ kind: PartKindName; id: string; exchangeId: string; cleared: string[] }> {
  requireStaff(viewer);
  const { note } = parseInput(changeNote, input);
  return inTransaction(viewer, async (tx) => {
    const deletion = isId(revisionId) ? await tx.revision.findUnique({ where: { id: revisionId } }) : null;
    const kindName = deletion && partKindNames.get(deletion.entityType);
    if (!deletion || deletion.action !== 'DELETE' || !kindName || !deletion.exchangeId) {
      throw new AppError('NOT_FOUND', `No deletion of a part ${revisionId}`);
    }
    const { exchangeId, entityId } = deletion;
    const exchange = await tx.exchange.findUnique({ where: { id: exchangeId }, select: { deletedAt: true } });
    if (exchange?.deletedAt) {
      // Whether the viewer may restore the exchange decides whether they may hear that it is deleted.
      await editableExchange(tx, viewer, exchangeId, { deleted: true });
      throw new AppError('CONFLICT', `Exchange ${exchangeId} is deleted`, { reason: 'exchangeDeleted' });
    }
    await editableExchange(tx, viewer, exchangeId);
    if (!(await standingDeletions(tx, [deletion])).has(deletion.id)) {
      throw new AppError('CONFLICT', `${deletion.entityType} ${entityId} is no longer deleted as of ${revisionId}`, { reason: 'alreadyRestored' });
    }
    const kind = partKinds[kindName];
    const { row, cleared } = await recreatePart(tx, kind.entity, decodeRecord<Row>(deletion.snapshot));
    await markChanged(tx, exchangeId);
    await recordRevision(tx, viewer, {
      entityType: kind.entity,
      entityId,
      exchangeId,
      action: 'RESTORE',
      version: row.version as number,
      before: null,
      after: await snapshotOfPart(tx, kind.entity, kind.recordKind, row),
      note,
    });
    return { kind: kindName, id: entityId, exchangeId, cleared };
  });
}
