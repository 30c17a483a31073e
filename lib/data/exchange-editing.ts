import 'server-only';
import { AppError } from '../errors';
import { fromIsoDate } from '../i18n/format';
import { type ExchangeFields, exchangeFields } from '../validation/schemas/exchange';
import { changeNote, versionedChange } from '../validation/schemas/change';
import { actorIdOf, canEditCities, isAdmin, requireStaff } from './access';
import { freeSlug, inTransaction, recordRevision, type Tx, updateVersioned } from './mutation';
import { writePublication } from './publication';
import { fieldError, isId, parseInput } from './validate';
import type { Viewer } from './viewer';

/*
 * Writing an exchange and moving it through review. The record's own state says where its working
 * copy stands (DRAFT → IN_REVIEW → PUBLISHED, or WITHDRAWN); what the public sees is its publication,
 * which only publishing replaces.
 */

/** The exchange, if it exists and the viewer may edit it; "forbidden" if it exists but is not theirs. */
export async function editableExchange(tx: Tx, viewer: Viewer, exchangeId: string, options: { deleted?: boolean } = {}) {
  requireStaff(viewer);
  // The row stays locked until the transaction ends, so that two people publishing, withdrawing or
  // deleting one record at once take turns, and the second is checked against what the first did.
  if (isId(exchangeId)) await tx.$executeRaw`SELECT 1 FROM "Exchange" WHERE id = ${exchangeId}::uuid FOR UPDATE`;
  const exchange = isId(exchangeId) ? await tx.exchange.findUnique({ where: { id: exchangeId } }) : null;
  if (!exchange || (options.deleted ? !exchange.deletedAt : exchange.deletedAt)) {
    throw new AppError('NOT_FOUND', `No exchange ${exchangeId}`);
  }
  if (!canEditCities(viewer, [exchange.visitingCityId, exchange.hostCityId])) {
    throw new AppError('FORBIDDEN', `Exchange ${exchangeId} is outside the viewer's cities`);
  }
  return exchange;
}

/**
 * A change to any part of an exchange makes its working copy a draft again: it needs another review
 * before the public sees it. The publication itself is untouched.
 */
export async function markChanged(tx: Tx, exchangeId: string): Promise<void> {
  await tx.exchange.updateMany({
    where: { id: exchangeId, publicationState: { not: 'DRAFT' } },
    data: { publicationState: 'DRAFT' },
  });
}

/** The sending and receiving bodies must be on record, each of its own side's city or of none. */
async function checkOrganizations(tx: Tx, fields: ExchangeFields): Promise<void> {
  const sides = [
    ['visitingOrganizationId', fields.visitingOrganizationId, fields.visitingCityId],
    ['hostOrganizationId', fields.hostOrganizationId, fields.hostCityId],
  ] as const;
  for (const [field, organizationId, cityId] of sides) {
    if (!organizationId) continue;
    const organization = await tx.organization.findUnique({ where: { id: organizationId }, select: { cityId: true } });
    if (!organization || (organization.cityId !== null && organization.cityId !== cityId)) throw fieldError(field, 'invalidId');
  }
}

function toColumns(fields: ReturnType<typeof exchangeFields.parse>) {
  return { ...fields, startDate: fromIsoDate(fields.startDate), endDate: fields.endDate ? fromIsoDate(fields.endDate) : null };
}

/** A new exchange, as a draft. Staff may only record exchanges that involve one of their cities. */
export async function createExchange(viewer: Viewer, input: unknown): Promise<{ id: string; slug: string }> {
  requireStaff(viewer);
  const fields = parseInput(exchangeFields, input);
  return inTransaction(viewer, async (tx) => {
    if (!canEditCities(viewer, [fields.visitingCityId, fields.hostCityId])) {
      throw new AppError('FORBIDDEN', 'Neither city is the viewer’s', { reason: 'cityOutOfScope' });
    }
    const cities = await tx.city.findMany({ where: { id: { in: [fields.visitingCityId, fields.hostCityId] } }, select: { id: true, slug: true } });
    const slugOf = (id: string) => cities.find((c) => c.id === id)?.slug;
    const [from, to] = [slugOf(fields.visitingCityId), slugOf(fields.hostCityId)];
    if (!from || !to) throw new AppError('NOT_FOUND', 'Unknown city');
    await checkOrganizations(tx, fields);
    const slug = await freeSlug(tx, 'exchange', `${fields.startDate.slice(0, 7)}-${from}-to-${to}`);
    const exchange = await tx.exchange.create({
      data: { ...toColumns(fields), slug, publicationState: 'DRAFT', createdById: actorIdOf(viewer) },
    });
    await recordRevision(tx, viewer, {
      entityType: 'Exchange',
      entityId: exchange.id,
      exchangeId: exchange.id,
      action: 'CREATE',
      version: exchange.version,
      before: null,
      after: exchange,
    });
    return { id: exchange.id, slug: exchange.slug };
  });
}

export async function updateExchange(viewer: Viewer, exchangeId: string, input: unknown): Promise<void> {
  requireStaff(viewer);
  const fields = parseInput(exchangeFields, input);
  const { version, note } = parseInput(versionedChange, input);
  await inTransaction(viewer, async (tx) => {
    await editableExchange(tx, viewer, exchangeId);
    // Moving a record to other cities needs rights over the new pair too.
    if (!canEditCities(viewer, [fields.visitingCityId, fields.hostCityId])) {
      throw new AppError('FORBIDDEN', 'Neither new city is the viewer’s', { reason: 'cityOutOfScope' });
    }
    await checkOrganizations(tx, fields);
    if (fields.kind === 'VIRTUAL_MEETING' && (await tx.eventOrganization.count({ where: { event: { exchangeId } } }))) {
      throw fieldError('kind', 'sitesInVirtualMeeting');
    }
    const { before, after } = await updateVersioned(tx, 'Exchange', exchangeId, version, toColumns(fields));
    await markChanged(tx, exchangeId);
    await recordRevision(tx, viewer, {
      entityType: 'Exchange',
      entityId: exchangeId,
      exchangeId,
      action: 'UPDATE',
      version: after.version as number,
      before,
      after,
      note,
    });
  });
}

/** Records a change of state: the state and version move on, and the history says who did it and why. */
async function changeState(
  tx: Tx,
  viewer: Viewer,
  exchangeId: string,
  action: 'SUBMIT' | 'PUBLISH' | 'WITHDRAW' | 'DELETE' | 'RESTORE',
  data: Record<string, unknown>,
  note: string | null,
) {
  const before = await tx.exchange.findUniqueOrThrow({ where: { id: exchangeId } });
  const after = await tx.exchange.update({ where: { id: exchangeId }, data: { ...data, version: { increment: 1 } } });
  await recordRevision(tx, viewer, { entityType: 'Exchange', entityId: exchangeId, exchangeId, action, version: after.version, before, after, note });
}

/** Hands a draft to reviewers. */
export async function submitExchange(viewer: Viewer, exchangeId: string, input: unknown = {}): Promise<void> {
  const { note } = parseInput(changeNote, input);
  await inTransaction(viewer, async (tx) => {
    const exchange = await editableExchange(tx, viewer, exchangeId);
    if (exchange.publicationState !== 'DRAFT') throw new AppError('CONFLICT', 'Not a draft', { reason: 'nothingToPublish' });
    await changeState(tx, viewer, exchangeId, 'SUBMIT', { publicationState: 'IN_REVIEW' }, note);
  });
}

/** Who changed the exchange, or any part of it, since it was last published. */
async function authorsSinceLastPublished(tx: Tx, exchangeId: string): Promise<Set<string | null>> {
  const lastPublished = await tx.revision.findFirst({
    where: { exchangeId, entityType: 'Exchange', action: 'PUBLISH' },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  const revisions = await tx.revision.findMany({
    where: {
      exchangeId,
      action: { notIn: ['SUBMIT', 'PUBLISH', 'WITHDRAW'] },
      ...(lastPublished && { createdAt: { gt: lastPublished.createdAt } }),
    },
    select: { actorId: true },
    distinct: ['actorId'],
  });
  return new Set(revisions.map((r) => r.actorId));
}

/** Whether the viewer may publish the exchange's working copy: not their own changes, unless an admin. */
export async function mayPublish(tx: Tx, viewer: Viewer, exchangeId: string): Promise<boolean> {
  if (isAdmin(viewer)) return true;
  return !(await authorsSinceLastPublished(tx, exchangeId)).has(actorIdOf(viewer));
}

/** Makes the working copy public, replacing what the public saw before. */
export async function publishExchange(viewer: Viewer, exchangeId: string, input: unknown = {}): Promise<void> {
  const { note } = parseInput(changeNote, input);
  await inTransaction(viewer, async (tx) => {
    const exchange = await editableExchange(tx, viewer, exchangeId);
    if (exchange.publicationState === 'PUBLISHED') throw new AppError('CONFLICT', 'Already published', { reason: 'nothingToPublish' });
    if (!(await mayPublish(tx, viewer, exchangeId))) throw new AppError('FORBIDDEN', 'Own changes', { reason: 'ownChanges' });
    await writePublishing(tx, viewer, exchangeId, note);
  });
}

/** Publishes an exchange the caller has checked may be published: its state, its history, its public copy. */
export async function writePublishing(tx: Tx, viewer: Viewer, exchangeId: string, note: string | null): Promise<void> {
  await changeState(tx, viewer, exchangeId, 'PUBLISH', { publicationState: 'PUBLISHED' }, note);
  await writePublication(tx, exchangeId, actorIdOf(viewer));
}

/** Takes a record off the public site; its publication is kept, so it can be put back as it was. */
export async function withdrawExchange(viewer: Viewer, exchangeId: string, input: unknown = {}): Promise<void> {
  const { note } = parseInput(changeNote, input);
  await inTransaction(viewer, async (tx) => {
    await editableExchange(tx, viewer, exchangeId);
    const { count } = await tx.publication.updateMany({ where: { exchangeId, withdrawnAt: null }, data: { withdrawnAt: new Date() } });
    if (count === 0) throw new AppError('CONFLICT', 'Not on the public site', { reason: 'notPublished' });
    await changeState(tx, viewer, exchangeId, 'WITHDRAW', { publicationState: 'WITHDRAWN' }, note);
  });
}

/** Puts a withdrawn record back on the public site as it was when withdrawn. */
export async function reinstateExchange(viewer: Viewer, exchangeId: string, input: unknown = {}): Promise<void> {
  const { note } = parseInput(changeNote, input);
  await inTransaction(viewer, async (tx) => {
    const exchange = await editableExchange(tx, viewer, exchangeId);
    const { count } = await tx.publication.updateMany({ where: { exchangeId, withdrawnAt: { not: null } }, data: { withdrawnAt: null } });
    if (count === 0) throw new AppError('CONFLICT', 'Not withdrawn', { reason: 'notWithdrawn' });
    // Edits made while it was withdrawn stay a draft; the public gets back what it had.
    const state = exchange.publicationState === 'WITHDRAWN' ? 'PUBLISHED' : exchange.publicationState;
    await changeState(tx, viewer, exchangeId, 'RESTORE', { publicationState: state }, note);
  });
}

/** Deletes a record: it leaves the public site and the workspace, and stays restorable from its history. */
export async function deleteExchange(viewer: Viewer, exchangeId: string, input: unknown = {}): Promise<void> {
  const { note } = parseInput(changeNote, input);
  await inTransaction(viewer, async (tx) => {
    await editableExchange(tx, viewer, exchangeId);
    await tx.publication.updateMany({ where: { exchangeId, withdrawnAt: null }, data: { withdrawnAt: new Date() } });
    await changeState(tx, viewer, exchangeId, 'DELETE', { deletedAt: new Date(), publicationState: 'DRAFT' }, note);
  });
}

/** Brings a deleted record back, as a draft. */
export async function restoreDeletedExchange(viewer: Viewer, exchangeId: string, input: unknown = {}): Promise<void> {
  const { note } = parseInput(changeNote, input);
  await inTransaction(viewer, async (tx) => {
    await editableExchange(tx, viewer, exchangeId, { deleted: true });
    await changeState(tx, viewer, exchangeId, 'RESTORE', { deletedAt: null }, note);
  });
}
