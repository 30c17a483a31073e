import 'server-only';
import { AppError } from '../errors';
import { delegateFor, type EntityType, lockVersion, recordRevision, type Tx, updateVersioned } from './mutation';
import { containsText, isId } from './validate';
import type { Viewer } from './viewer';

/*
 * What cities, organizations, people and their posts have in common: admins write them, every change
 * is a revision, and none is deleted while another record still points at it, so deleting a city
 * can never quietly strip it from an exchange or from a staff member's rights.
 */

type Row = Record<string, unknown>;
export type ReferenceEntity = Extract<EntityType, 'City' | 'Organization' | 'Person' | 'PersonRole'>;

/** The kinds of record that can point at a reference entry; pages name each in the reader's language. */
export type UsageKind =
  | 'organizations'
  | 'exchanges'
  | 'practices'
  | 'cooperationItems'
  | 'staffAccounts'
  | 'roles'
  | 'units'
  | 'events'
  | 'sources'
  | 'participations'
  | 'statements'
  | 'questions'
  | 'proposals';

/** How many records of each kind point at an entry; only kinds with any are listed, so `{}` means unused. */
export type Usage = Partial<Record<UsageKind, number>>;

export function usageOf(counts: Usage): Usage {
  return Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0));
}

/** Ids in addresses and forms are UUIDs; anything else names no record. */
export function requireKnownId(entity: ReferenceEntity, id: string): void {
  if (!isId(id)) throw new AppError('NOT_FOUND', `No ${entity} ${id}`);
}

const listLimit = 200;

/** A list's first rows, and whether there are more than a page shows (the filter should narrow it). */
export async function firstRows<T>(read: (take: number) => Promise<T[]>): Promise<{ items: T[]; more: boolean }> {
  const rows = await read(listLimit + 1);
  return { items: rows.slice(0, listLimit), more: rows.length > listLimit };
}

/** Rows where any of `fields` contains the filter text, ignoring case; every row when it is empty. */
export function matching<F extends string>(query: string | undefined, fields: readonly F[]) {
  const text = query?.trim().slice(0, 200);
  if (!text) return {};
  return { OR: fields.map((field) => ({ [field]: containsText(text) }) as Partial<Record<F, ReturnType<typeof containsText>>>) };
}

export async function createRecorded(tx: Tx, viewer: Viewer, entity: ReferenceEntity, data: Row, note: string | null): Promise<{ id: string }> {
  const row = await delegateFor(tx, entity).create({ data });
  const id = row.id as string;
  await recordRevision(tx, viewer, { entityType: entity, entityId: id, exchangeId: null, action: 'CREATE', version: row.version as number, before: null, after: row, note });
  return { id };
}

export async function updateRecorded(
  tx: Tx,
  viewer: Viewer,
  entity: ReferenceEntity,
  id: string,
  version: number,
  data: Row,
  note: string | null,
): Promise<Row> {
  const { before, after } = await updateVersioned(tx, entity, id, version, data);
  await recordRevision(tx, viewer, { entityType: entity, entityId: id, exchangeId: null, action: 'UPDATE', version: after.version as number, before, after, note });
  return after;
}

/**
 * Deletes an entry that nothing points at; its last state stays in the history. `usage` counts what
 * points at it; the database would let some of those references quietly lapse to empty, so they are
 * counted rather than left to a foreign key. Returns the row as it was.
 */
export async function deleteUnused(
  tx: Tx,
  viewer: Viewer,
  entity: ReferenceEntity,
  id: string,
  version: number,
  note: string | null,
  usage: () => Promise<Usage>,
): Promise<Row> {
  const row = await delegateFor(tx, entity).findUnique({ where: { id } });
  if (!row) throw new AppError('NOT_FOUND', `No ${entity} ${id}`);
  await lockVersion(tx, entity, id, version);
  if (Object.keys(await usage()).length > 0) throw new AppError('CONFLICT', `${entity} ${id} is in use`, { reason: 'inUse' });
  await delegateFor(tx, entity).delete({ where: { id } });
  await recordRevision(tx, viewer, { entityType: entity, entityId: id, exchangeId: null, action: 'DELETE', version: row.version as number, before: row, after: null, note });
  return row;
}
