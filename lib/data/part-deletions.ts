import 'server-only';
import { AppError, type ErrorReason } from '../errors';
import type { Prisma } from '../generated/prisma/client';
import type { RecordKind } from '../generated/prisma/enums';
import { delegateFor, entityModels, type EntityType, type Tx } from './mutation';

/*
 * A part of an exchange is deleted from its table, and its DELETE revision keeps it: the row as it
 * stood and the rows that went with it (its citations and claims, an event's sites visited, a
 * cooperation item's parties and progress log). Restoring puts them all back from there, with their
 * own ids, so links to the part from outside the record (bookmarks, its history) hold again.
 */

type Row = Record<string, unknown>;
type ModelName = (typeof entityModels)[EntityType] | 'user' | 'cooperationUpdate';

/** What each kind of part links to besides its exchange, by column. */
const partLinks = {
  Participant: { personId: 'person', personRoleId: 'personRole' },
  Event: {},
  Topic: { eventId: 'event' },
  Question: { topicId: 'topic', askedById: 'person' },
  Statement: { eventId: 'event', speakerId: 'person', speakerRoleId: 'personRole' },
  Practice: { cityId: 'city' },
  CooperationItem: { originStatementId: 'statement', originTopicId: 'topic', proposedById: 'person' },
  // Its files stay in the store when it is deleted, so the row is all there is to put back.
  Attachment: { eventId: 'event', cooperationUpdateId: 'cooperationUpdate', uploadedById: 'user' },
  ExchangeLink: { targetId: 'exchange' },
} as const satisfies Partial<Record<EntityType, Record<string, ModelName>>>;
export type PartEntity = keyof typeof partLinks;

const isPartEntity = (entityType: string): entityType is PartEntity => entityType in partLinks;

/** Links a part cannot be without, and why restoring it is refused when what they name is gone. */
const requiredLinks: Partial<Record<PartEntity, Record<string, ErrorReason>>> = {
  // A practice is something a city does; without the city there is nothing to put back.
  Practice: { cityId: 'cityGone' },
  // A participant is a person's part in the exchange; with the person gone (merged into another entry,
  // say) the entry would name nobody.
  Participant: { personId: 'personGone' },
  // A link says how two exchanges relate; with the other gone there is nothing to say.
  ExchangeLink: { targetId: 'linkTargetGone' },
};

interface IdLookup {
  findMany(args: { where: { id: { in: string[] } }; select: { id: true } }): Promise<{ id: string }[]>;
}

/** Which of these ids name a row of the model. */
async function existing(tx: Tx, model: ModelName, ids: readonly unknown[]): Promise<Set<string>> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  if (!wanted.length) return new Set();
  const lookup = (tx as unknown as Record<ModelName, IdLookup>)[model];
  const rows = await lookup.findMany({ where: { id: { in: wanted } }, select: { id: true } });
  return new Set(rows.map((row) => row.id));
}

/** The rows with every link to a row that is gone since emptied, and the columns that were. */
async function withoutLinksToGone(tx: Tx, rows: readonly Row[], links: Readonly<Record<string, ModelName>>) {
  const cleared = new Set<string>();
  let result = [...rows];
  for (const [column, model] of Object.entries(links)) {
    const found = await existing(tx, model, result.map((row) => row[column]));
    result = result.map((row) => {
      const id = row[column];
      if (typeof id !== 'string' || found.has(id)) return row;
      cleared.add(column);
      return { ...row, [column]: null };
    });
  }
  return { rows: result, cleared: [...cleared] };
}

/** Rows that belong to a part and go when it goes. */
interface Belonging {
  read(tx: Tx, partId: string, recordKind: RecordKind): Promise<Row[]>;
  write(tx: Tx, rows: Row[]): Promise<unknown>;
  links: Readonly<Record<string, ModelName>>;
  /** Whether a row still says something once its links to what is gone are emptied. */
  complete?: (row: Row) => boolean;
}

const byId = { id: 'asc' } as const;
const namesASource = (row: Row) => row.sourceId !== null;

const citations: Belonging = {
  read: (tx, subjectId, subjectKind) => tx.citation.findMany({ where: { subjectKind, subjectId }, orderBy: byId }),
  write: (tx, rows) => tx.citation.createMany({ data: rows as Prisma.CitationCreateManyInput[] }),
  links: { sourceId: 'source' },
  complete: namesASource,
};

const claims: Belonging = {
  read: (tx, subjectId, subjectKind) => tx.claim.findMany({ where: { subjectKind, subjectId }, orderBy: byId }),
  write: (tx, rows) => tx.claim.createMany({ data: rows as Prisma.ClaimCreateManyInput[] }),
  links: { sourceId: 'source' },
  complete: namesASource,
};

const sitesVisited: Belonging = {
  read: (tx, eventId) => tx.eventSite.findMany({ where: { eventId }, orderBy: { position: 'asc' } }),
  write: (tx, rows) => tx.eventSite.createMany({ data: rows as Prisma.EventSiteCreateManyInput[] }),
  links: { organizationId: 'organization' },
  // A site named as text links to nothing; one whose organization is gone says nothing more.
  complete: (row) => row.organizationId !== null || row.nameZh !== null || row.nameEn !== null,
};

const parties: Belonging = {
  read: (tx, itemId) => tx.cooperationParty.findMany({ where: { itemId }, orderBy: byId }),
  write: (tx, rows) => tx.cooperationParty.createMany({ data: rows as Prisma.CooperationPartyCreateManyInput[] }),
  links: { cityId: 'city', organizationId: 'organization' },
  complete: (row) => row.cityId !== null || row.organizationId !== null,
};

/** An entry of the progress log comes back without its author when their account is gone. */
const updates: Belonging = {
  read: (tx, itemId) => tx.cooperationUpdate.findMany({ where: { itemId }, orderBy: [{ occurredOn: 'asc' }, byId] }),
  write: (tx, rows) => tx.cooperationUpdate.createMany({ data: rows as Prisma.CooperationUpdateCreateManyInput[] }),
  links: { authorId: 'user' },
};

const evidence: Belonging = {
  read: (tx, itemId) => tx.cooperationEvidence.findMany({ where: { update: { itemId } }, orderBy: byId }),
  write: (tx, rows) => tx.cooperationEvidence.createMany({ data: rows as Prisma.CooperationEvidenceCreateManyInput[] }),
  links: { sourceId: 'source' },
  complete: (row) => row.sourceId !== null || row.url !== null,
};

const ofEveryPart = { citations, claims };
/** By the key each is kept under in the snapshot, in the order they are written back (evidence after its entries). */
const belongings: Record<PartEntity, Readonly<Record<string, Belonging>>> = {
  Participant: ofEveryPart,
  Event: { ...ofEveryPart, sitesVisited },
  Topic: ofEveryPart,
  Question: ofEveryPart,
  Statement: ofEveryPart,
  Practice: ofEveryPart,
  CooperationItem: { ...ofEveryPart, parties, updates, evidence },
  Attachment: ofEveryPart,
  ExchangeLink: ofEveryPart,
};

/** The part as a revision keeps it: its row, and the rows that belong to it. */
export async function snapshotOfPart(tx: Tx, entity: PartEntity, recordKind: RecordKind, row: Row): Promise<Row> {
  const snapshot: Row = { ...row };
  for (const [key, belonging] of Object.entries(belongings[entity])) snapshot[key] = await belonging.read(tx, row.id as string, recordKind);
  return snapshot;
}

/**
 * Writes a deleted part back from its DELETE snapshot, as its next version. A link to something gone
 * since (an event deleted meanwhile, a person merged into another) is emptied rather than refused:
 * the part is still true, and staff can link it again; the result names those links (and the
 * belongings that did not all come back). Only a link the part cannot be without refuses the restore.
 */
export async function recreatePart(tx: Tx, entity: PartEntity, snapshot: Row): Promise<{ row: Row; cleared: string[] }> {
  // The restore is a change made now, so the row's updatedAt is set afresh.
  const own = Object.fromEntries(Object.entries(snapshot).filter(([key]) => !(key in belongings[entity]) && key !== 'updatedAt'));
  const { rows, cleared } = await withoutLinksToGone(tx, [own], partLinks[entity]);
  const columns = rows[0]!;
  for (const [column, reason] of Object.entries(requiredLinks[entity] ?? {})) {
    if (cleared.includes(column)) throw new AppError('CONFLICT', `${entity} ${String(own.id)}: ${column} is gone`, { reason });
  }
  const row = await delegateFor(tx, entity).create({ data: { ...columns, version: (columns.version as number) + 1 } });
  for (const [key, belonging] of Object.entries(belongings[entity])) {
    // Snapshots written before parts kept their belongings hold the row alone.
    const kept = (snapshot[key] as Row[] | undefined) ?? [];
    const restored = await withoutLinksToGone(tx, kept, belonging.links);
    const complete = restored.rows.filter(belonging.complete ?? (() => true));
    if (complete.length) await belonging.write(tx, complete);
    if (restored.cleared.length) cleared.push(key);
  }
  return { row, cleared };
}

/**
 * Of these revisions, the deletions of parts that still stand: nothing has happened to the part since
 * (it was not restored, nor restored and deleted again), and no row has its id.
 */
export async function standingDeletions(
  tx: Tx,
  revisions: readonly { id: string; action: string; entityType: string; entityId: string }[],
): Promise<Set<string>> {
  const deletions = revisions.filter((r) => r.action === 'DELETE' && isPartEntity(r.entityType));
  if (!deletions.length) return new Set();
  const latest = await tx.revision.findMany({
    where: { entityId: { in: deletions.map((d) => d.entityId) } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    distinct: ['entityId'],
    select: { id: true },
  });
  const latestIds = new Set(latest.map((r) => r.id));
  const candidates = deletions.filter((d) => latestIds.has(d.id));
  const present = new Set<string>();
  for (const entity of new Set(candidates.map((d) => d.entityType as PartEntity))) {
    const ids = candidates.filter((d) => d.entityType === entity).map((d) => d.entityId);
    for (const id of await existing(tx, entityModels[entity], ids)) present.add(id);
  }
  return new Set(candidates.filter((d) => !present.has(d.entityId)).map((d) => d.id));
}

/**
 * Of these revisions, the standing deletions whose part could be put back: every link it cannot be
 * without still names a row. A participant whose person was merged into another entry is gone for
 * good, and is not offered.
 */
export async function restorableDeletions(
  tx: Tx,
  revisions: readonly { id: string; action: string; entityType: string; entityId: string }[],
): Promise<Set<string>> {
  const standing = await standingDeletions(tx, revisions);
  const deletions = revisions.filter((r) => standing.has(r.id));
  const needing = deletions.filter((d) => requiredLinks[d.entityType as PartEntity]);
  if (!needing.length) return standing;
  const snapshots = await tx.revision.findMany({ where: { id: { in: needing.map((d) => d.id) } }, select: { id: true, snapshot: true } });
  const rowOf = new Map(snapshots.map((r) => [r.id, r.snapshot as Row]));
  const blocked = new Set<string>();
  for (const deletion of needing) {
    const entity = deletion.entityType as PartEntity;
    const row = rowOf.get(deletion.id) ?? {};
    for (const column of Object.keys(requiredLinks[entity] ?? {})) {
      const model = (partLinks[entity] as Readonly<Record<string, ModelName>>)[column]!;
      if (!(await existing(tx, model, [row[column]])).size) blocked.add(deletion.id);
    }
  }
  return new Set(deletions.filter((d) => !blocked.has(d.id)).map((d) => d.id));
}
