import 'server-only';
import { getDb } from '../db/client';
import { AppError, type ConflictingField } from '../errors';
import { Prisma, type PrismaClient } from '../generated/prisma/client';
import type { RevisionAction } from '../generated/prisma/enums';
import { decodeRecord, encodeRecord } from '../records/json-record';
import { firstFreeSlug } from '../records/slugs';
import { actorIdOf } from './access';
import { isId } from './validate';
import type { Viewer } from './viewer';

export type Tx = Prisma.TransactionClient;

/**
 * Runs a change in one transaction: either all of it is written or none of it. Database refusals
 * that a person can cause (a duplicate, a reference to something that is gone) come back as AppErrors;
 * a refused authorization is written to the audit log, outside the rolled-back transaction. A long
 * piece of work (an import) says how long it may hold the transaction open.
 */
export async function inTransaction<T>(viewer: Viewer, work: (tx: Tx) => Promise<T>, { timeout = 20_000 } = {}): Promise<T> {
  const db = await getDb();
  try {
    return await db.$transaction(work, { timeout, maxWait: 10_000 });
  } catch (error) {
    const refusal = asAppError(error);
    if (refusal.code === 'FORBIDDEN') {
      await db.auditEvent
        .create({ data: { kind: 'ACCESS_DENIED', actorId: actorIdOf(viewer), subject: refusal.message.slice(0, 500) } })
        .catch(() => undefined);
    }
    throw refusal;
  }
}

function asAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    switch (error.code) {
      case 'P2002':
        return new AppError('CONFLICT', `Unique constraint: ${JSON.stringify(error.meta)}`, { reason: 'duplicate' });
      case 'P2003':
        return new AppError('CONFLICT', `Foreign key: ${JSON.stringify(error.meta)}`, { reason: 'inUse' });
      case 'P2025':
        return new AppError('NOT_FOUND', error.message);
      // Two changes each waiting for a row the other holds (two people merged into each other at
      // once): the database gives up on one, which met someone else's change like any conflict.
      case 'P2034':
        return new AppError('CONFLICT', error.message);
    }
    // A rule the database holds besides the data-access layer's own checks (dates in order, a person
    // with a name): refused, never a crash, should a path ever reach it unchecked.
    if (postgresCode(error) === '23514') return new AppError('CONFLICT', error.message, { reason: 'brokenRule' });
  }
  throw error;
}

function postgresCode(error: Prisma.PrismaClientKnownRequestError): string | undefined {
  const adapterError = error.meta?.driverAdapterError as { cause?: { code?: string } } | undefined;
  return adapterError?.cause?.code;
}

/** The records whose readable key appears in addresses. */
type KeyedModel = 'exchange' | 'source' | 'city';

/** `base`, or `base-2`, `base-3`…: the first key no record of the model has yet. */
export async function freeSlug(tx: Tx, model: KeyedModel, base: string): Promise<string> {
  const where = { slug: { startsWith: base } };
  const select = { slug: true } as const;
  const rows =
    model === 'exchange' ? await tx.exchange.findMany({ where, select }) : model === 'city' ? await tx.city.findMany({ where, select }) : await tx.source.findMany({ where, select });
  return firstFreeSlug(base, new Set(rows.map((row) => row.slug)));
}

/** Fields that change with every save and say nothing about what was changed. */
const bookkeeping = new Set(['createdAt', 'updatedAt', 'version', 'workingVersion', 'keyZh', 'keyPinyin', 'keyEn']);

type Row = Record<string, unknown>;

/** { field: { from, to } } for every field whose value differs. */
export function diffRecords(before: Row | null, after: Row | null): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (bookkeeping.has(key)) continue;
    const from = encodeRecord(before?.[key] ?? null);
    const to = encodeRecord(after?.[key] ?? null);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}

export interface RevisionInput {
  entityType: EntityType;
  entityId: string;
  exchangeId: string | null;
  /** The relationship between cities the row belongs to, when it is one's. */
  relationshipId?: string | null;
  action: RevisionAction;
  version: number;
  before: Row | null;
  after: Row | null;
  note?: string | null;
  /** What changed beyond the row's own columns, such as the entry a merge took in. */
  alsoChanged?: Record<string, { from: unknown; to: unknown }>;
}

/** The record a change is filed under in the history: its exchange, or its relationship between cities. */
export type FiledUnder = Pick<RevisionInput, 'exchangeId' | 'relationshipId'>;

/** Who changed what, field by field, with the record as it now stands (as it stood, for a delete). */
export function revisionData(viewer: Viewer, revision: RevisionInput) {
  return {
    entityType: revision.entityType,
    entityId: revision.entityId,
    exchangeId: revision.exchangeId,
    relationshipId: revision.relationshipId ?? null,
    action: revision.action,
    version: revision.version,
    actorId: actorIdOf(viewer),
    changes: encodeRecord({ ...diffRecords(revision.before, revision.after), ...revision.alsoChanged }) as Prisma.InputJsonValue,
    snapshot: encodeRecord(revision.after ?? revision.before) as Prisma.InputJsonValue,
    note: revision.note?.trim() || null,
  } satisfies Prisma.RevisionUncheckedCreateInput;
}

/** Writes a change to the history, and who translated which of the record's texts. */
export async function recordRevision(tx: Tx, viewer: Viewer, revision: RevisionInput): Promise<void> {
  await tx.revision.create({ data: revisionData(viewer, revision) });
  await noteTextTranslations(tx, viewer, revision);
}

/**
 * Keeps, per text of a record written in one language first, how its other language came about: a
 * text whose translation was written or changed in this change was translated now, by the viewer, as
 * the form says (by a person or by machine); one whose translation was emptied has none. The record's
 * `originalLanguage` says which of a text's two columns is the translation.
 */
async function noteTextTranslations(tx: Tx, viewer: Viewer, { entityType, entityId, before, after }: RevisionInput): Promise<void> {
  if (!after || (after.originalLanguage !== 'zh' && after.originalLanguage !== 'en')) return;
  const suffix = after.originalLanguage === 'zh' ? 'En' : 'Zh';
  const texts = Object.keys(after).flatMap((column) => (column.endsWith('Zh') && `${column.slice(0, -2)}En` in after ? [column.slice(0, -2)] : []));
  for (const field of texts) {
    const translated = after[`${field}${suffix}`];
    const key = { entityType_entityId_field: { entityType, entityId, field } };
    if (!translated) {
      if (before?.[`${field}${suffix}`]) await tx.textTranslation.deleteMany({ where: { entityType, entityId, field } });
      continue;
    }
    if (before && before.originalLanguage === after.originalLanguage && before[`${field}${suffix}`] === translated) continue;
    const provenance = { kind: after.translation === 'MACHINE' ? 'MACHINE' : 'HUMAN', translatedById: actorIdOf(viewer), translatedAt: new Date() } as const;
    await tx.textTranslation.upsert({ where: key, create: { entityType, entityId, field, ...provenance }, update: provenance });
  }
}

/** Revisions matching `where`, newest first, with their changes decoded: who, when, what and why. */
export async function readRevisions(db: PrismaClient | Tx, where: Prisma.RevisionWhereInput) {
  const revisions = await db.revision.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 500,
    select: {
      id: true,
      entityType: true,
      entityId: true,
      action: true,
      version: true,
      changes: true,
      note: true,
      createdAt: true,
      actor: { select: { name: true, email: true } },
    },
  });
  const decoded = revisions.map((revision) => ({
    ...revision,
    changes: decodeRecord<Record<string, { from: unknown; to: unknown }>>(revision.changes),
  }));
  const names = await namesOfIds(db, decoded.flatMap((revision) => Object.values(revision.changes).flatMap(({ from, to }) => [from, to])));
  return decoded.map((revision) => ({ ...revision, names }));
}

/** A thing a change points at, by the name a person reads: a city, a body, a person, a source, an event… */
export type NamedThing = { zh: string | null; en: string | null };

const shortText = (text: string | null) => (text && text.length > 80 ? `${text.slice(0, 79)}…` : text);
const namedAs = (id: string, zh: string | null, en: string | null) => [id, { zh: shortText(zh), en: shortText(en) }] as const;

/**
 * The names of the records the values point at (ids, alone or in lists), so that a history says
 * "Sent by: Zibo Municipal People's Government", not an id. An id of something gone has no name.
 */
async function namesOfIds(db: PrismaClient | Tx, values: readonly unknown[]): Promise<Record<string, NamedThing>> {
  const ids = [...new Set(values.flat().filter((value): value is string => typeof value === 'string' && isId(value)))];
  if (ids.length === 0) return {};
  const where = { id: { in: ids } };
  const byName = { where, select: { id: true, nameZh: true, nameEn: true } };
  const byTitle = { where, select: { id: true, titleZh: true, titleEn: true } };
  const [cities, organizations, people, exchanges, events, topics, items, sources, statements] = await Promise.all([
    db.city.findMany(byName),
    db.organization.findMany(byName),
    db.person.findMany(byName),
    db.exchange.findMany(byTitle),
    db.event.findMany(byTitle),
    db.topic.findMany(byTitle),
    db.cooperationItem.findMany(byTitle),
    db.source.findMany({ where, select: { id: true, publicationZh: true, publicationEn: true, titleZh: true, titleEn: true } }),
    db.statement.findMany({ where, select: { id: true, textZh: true, textEn: true } }),
  ]);
  return Object.fromEntries([
    ...[...cities, ...organizations, ...people].map(({ id, nameZh, nameEn }) => namedAs(id, nameZh, nameEn)),
    ...[...exchanges, ...events, ...topics, ...items].map(({ id, titleZh, titleEn }) => namedAs(id, titleZh, titleEn)),
    ...sources.map(({ id, publicationZh, publicationEn, titleZh, titleEn }) =>
      namedAs(id, [publicationZh, titleZh].filter(Boolean).join('：'), [publicationEn, titleEn].filter(Boolean).join(': ')),
    ),
    ...statements.map(({ id, textZh, textEn }) => namedAs(id, textZh, textEn)),
  ]);
}
export type RevisionEntry = Awaited<ReturnType<typeof readRevisions>>[number];

/** What reviewing does to a record without changing what it says. */
export const reviewSteps: RevisionAction[] = ['SUBMIT', 'PUBLISH', 'WITHDRAW', 'SEND_BACK'];

/** A step of review a record went through: who took it, when, and what they said. */
export interface ReviewStep {
  action: RevisionAction;
  note: string | null;
  createdAt: Date;
  actor: { name: string | null; email: string } | null;
}

type Owner = 'exchangeId' | 'relationshipId';

/** The latest step of review of each record, by its id (records never reviewed have none). */
export async function latestReviewSteps(db: PrismaClient | Tx, owner: Owner, ids: readonly string[]): Promise<Map<string, ReviewStep>> {
  if (ids.length === 0) return new Map();
  const steps = await db.revision.findMany({
    where: { [owner]: { in: [...ids] }, entityType: owner === 'exchangeId' ? 'Exchange' : 'CityRelationship', action: { in: reviewSteps } },
    orderBy: [{ [owner]: 'asc' }, { createdAt: 'desc' }, { id: 'desc' }],
    distinct: [owner],
    select: { exchangeId: true, relationshipId: true, action: true, note: true, createdAt: true, actor: { select: { name: true, email: true } } },
  });
  return new Map(steps.map(({ exchangeId, relationshipId, ...step }) => [(owner === 'exchangeId' ? exchangeId : relationshipId)!, step]));
}

/** The models whose rows carry a version and a history. */
export const entityModels = {
  Exchange: 'exchange',
  Participant: 'participant',
  Event: 'event',
  Topic: 'topic',
  Question: 'question',
  Statement: 'statement',
  Practice: 'practice',
  CooperationItem: 'cooperationItem',
  Attachment: 'attachment',
  ExchangeLink: 'exchangeLink',
  Source: 'source',
  Citation: 'citation',
  Claim: 'claim',
  City: 'city',
  CityRelationship: 'cityRelationship',
  Organization: 'organization',
  Person: 'person',
  PersonRole: 'personRole',
} as const;
export type EntityType = keyof typeof entityModels;

/** The few delegate methods the generic paths use; every model above has them. */
interface VersionedDelegate {
  findUnique(args: { where: { id: string } }): Promise<Row | null>;
  findMany(args: { where: Row }): Promise<Row[]>;
  update(args: { where: { id: string }; data: Row }): Promise<Row>;
  create(args: { data: Row }): Promise<Row>;
  delete(args: { where: { id: string } }): Promise<Row>;
}

export function delegateFor(tx: Tx, entityType: EntityType): VersionedDelegate {
  return (tx as unknown as Record<string, VersionedDelegate>)[entityModels[entityType]]!;
}

/**
 * Saves a change made to `expectedVersion` of a row. When someone saved the row in the meantime,
 * nothing is written and the caller gets a conflict listing what they changed, so the editor can
 * compare it with their own (which the form still holds).
 */
export async function updateVersioned(
  tx: Tx,
  entityType: EntityType,
  id: string,
  expectedVersion: number,
  data: Row,
): Promise<{ before: Row; after: Row }> {
  await lockVersion(tx, entityType, id, expectedVersion);
  const delegate = delegateFor(tx, entityType);
  const before = await delegate.findUnique({ where: { id } });
  const after = await delegate.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
  return { before: before!, after };
}

/**
 * Holds the row at `expectedVersion` until the transaction ends, or refuses when it has moved on:
 * saving over, deleting or merging a state nobody has seen would lose someone's change unseen.
 * Checking and locking are one statement, so of people acting on the same version at once only the
 * first gets the row; the others wait for its commit and then find the version gone.
 */
export async function lockVersion(tx: Tx, entityType: EntityType, id: string, expectedVersion: number): Promise<void> {
  // The table is named after the model; entityType comes from the fixed list above, never from input.
  const locked = await tx.$queryRawUnsafe<unknown[]>(
    `SELECT 1 FROM "${entityType}" WHERE "id" = $1::uuid AND "version" = $2 FOR UPDATE`,
    id,
    expectedVersion,
  );
  if (locked.length === 0) throw await conflictSince(tx, entityType, id, expectedVersion);
}

async function conflictSince(tx: Tx, entityType: EntityType, id: string, version: number): Promise<AppError> {
  const current = await delegateFor(tx, entityType).findUnique({ where: { id } });
  const seen = await tx.revision.findFirst({ where: { entityType, entityId: id, version }, orderBy: { createdAt: 'desc' }, select: { snapshot: true } });
  if (!current) return new AppError('NOT_FOUND', `No ${entityType} ${id}`);
  const changed = seen ? diffRecords(decodeRecord<Row>(seen.snapshot), current) : {};
  // A deleted part's snapshot also holds the rows deleted with it; only the row's own fields can conflict.
  const conflict: ConflictingField[] = Object.entries(changed)
    .filter(([field]) => field in current)
    .map(([field, { to }]) => ({ field, theirs: displayValue(to) }));
  return new AppError('CONFLICT', `${entityType} ${id} changed since version ${version}`, { conflict });
}

function displayValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && '$date' in value) return String((value as { $date: string }).$date).slice(0, 10);
  return typeof value === 'string' ? value : JSON.stringify(value);
}
