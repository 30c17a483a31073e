import 'server-only';
import { AppError } from '../errors';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { fromIsoDate } from '../i18n/format';
import { type ExchangeFields, exchangeFields } from '../validation/schemas/exchange';
import { changeNote, publishing, sendingBack, versionedChange } from '../validation/schemas/change';
import { actorIdOf, canEditCities, citiesOfExchange, isAdmin, requireStaff, visibleCities, visibleOrganizations } from './access';
import { freeSlug, inTransaction, recordRevision, reviewSteps, type Tx, updateVersioned } from './mutation';
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
  const exchange = isId(exchangeId) ? await tx.exchange.findUnique({ where: { id: exchangeId }, include: { joiningCities: { select: { cityId: true } } } }) : null;
  if (!exchange || (options.deleted ? !exchange.deletedAt : exchange.deletedAt)) {
    throw new AppError('NOT_FOUND', `No exchange ${exchangeId}`);
  }
  if (!canEditCities(viewer, citiesOfExchange(exchange))) {
    throw new AppError('FORBIDDEN', `Exchange ${exchangeId} is outside the viewer's cities`);
  }
  return exchange;
}

/**
 * A change to any part of an exchange makes its working copy a draft again: it needs another review
 * before the public sees it, and its working version moves on. The publication itself is untouched.
 */
export async function markChanged(tx: Tx, exchangeId: string): Promise<void> {
  await tx.exchange.update({ where: { id: exchangeId }, data: { publicationState: 'DRAFT', workingVersion: { increment: 1 } } });
}

/** Every city the form names must be on record and the viewer's to name; returns their keys by id, for the record's address. */
async function knownCities(tx: Tx, viewer: Viewer, fields: ExchangeFields): Promise<(id: string) => string> {
  const named = citiesNamed(fields);
  const cities = await tx.city.findMany({ where: { id: { in: named }, ...visibleCities(viewer) }, select: { id: true, slug: true } });
  const slugs = new Map(cities.map((city) => [city.id, city.slug]));
  const unknown = named.find((id) => !slugs.has(id));
  if (unknown) {
    const field = unknown === fields.visitingCityId ? 'visitingCityId' : unknown === fields.hostCityId ? 'hostCityId' : 'otherVisitingCityIds';
    throw fieldError(field, 'invalidId');
  }
  return (id) => slugs.get(id)!;
}

/** The sending and receiving bodies must be on record (and the viewer's to name), each of its own side's city or of none. */
async function checkOrganizations(tx: Tx, viewer: Viewer, fields: ExchangeFields): Promise<void> {
  const sides = [
    ['visitingOrganizationId', fields.visitingOrganizationId, fields.visitingCityId],
    ['hostOrganizationId', fields.hostOrganizationId, fields.hostCityId],
  ] as const;
  for (const [field, organizationId, cityId] of sides) {
    if (!organizationId) continue;
    const organization = await tx.organization.findFirst({ where: { id: organizationId, ...visibleOrganizations(viewer) }, select: { cityId: true } });
    if (!organization || (organization.cityId !== null && organization.cityId !== cityId)) throw fieldError(field, 'invalidId');
  }
}

function toColumns({ otherVisitingCityIds: _joining, ...fields }: ExchangeFields) {
  return { ...fields, startDate: fromIsoDate(fields.startDate), endDate: fields.endDate ? fromIsoDate(fields.endDate) : null };
}

/** Every city the form names, the leading visitor first. */
const citiesNamed = (fields: ExchangeFields) => [fields.visitingCityId, fields.hostCityId, ...fields.otherVisitingCityIds];

/**
 * Replaces the cities that joined the visit with those the form names, in its order. The history keeps
 * them with the exchange's own fields, so that a change of visitors reads as one.
 */
async function saveJoiningCities(tx: Tx, exchangeId: string, cityIds: readonly string[]): Promise<void> {
  await tx.exchangeJoiningCity.deleteMany({ where: { exchangeId } });
  await tx.exchangeJoiningCity.createMany({ data: cityIds.map((cityId, position) => ({ exchangeId, cityId, position })) });
}

/** The joining cities as the history shows them beside the exchange's columns. */
async function joiningCityIds(tx: Tx, exchangeId: string): Promise<string[]> {
  const rows = await tx.exchangeJoiningCity.findMany({ where: { exchangeId }, orderBy: { position: 'asc' }, select: { cityId: true } });
  return rows.map((row) => row.cityId);
}

/** A new exchange, as a draft. Staff may only record exchanges that involve one of their cities. */
export async function insertExchange(tx: Tx, viewer: Viewer, fields: ExchangeFields): Promise<{ id: string; slug: string }> {
  requireStaff(viewer);
  if (!canEditCities(viewer, citiesNamed(fields))) {
    throw new AppError('FORBIDDEN', 'Neither city is the viewer’s', { reason: 'cityOutOfScope' });
  }
  const slugOf = await knownCities(tx, viewer, fields);
  const [from, to] = [slugOf(fields.visitingCityId), slugOf(fields.hostCityId)];
  await checkOrganizations(tx, viewer, fields);
  const slug = await freeSlug(tx, 'exchange', `${fields.startDate.slice(0, 7)}-${from}-to-${to}`);
  const exchange = await tx.exchange.create({
    data: { ...toColumns(fields), slug, publicationState: 'DRAFT', createdById: actorIdOf(viewer) },
  });
  await saveJoiningCities(tx, exchange.id, fields.otherVisitingCityIds);
  await recordRevision(tx, viewer, {
    entityType: 'Exchange',
    entityId: exchange.id,
    exchangeId: exchange.id,
    action: 'CREATE',
    version: exchange.version,
    before: null,
    after: { ...exchange, otherVisitingCityIds: fields.otherVisitingCityIds },
  });
  return { id: exchange.id, slug: exchange.slug };
}

export async function createExchange(viewer: Viewer, input: unknown): Promise<{ id: string; slug: string }> {
  requireStaff(viewer);
  const fields = parseInput(exchangeFields, input);
  return inTransaction(viewer, (tx) => insertExchange(tx, viewer, fields));
}

/** Saves `fields` over `version` of an exchange the viewer may edit (editableExchange has been called in this transaction). */
export async function changeExchange(tx: Tx, viewer: Viewer, exchangeId: string, version: number, fields: ExchangeFields, note: string | null): Promise<void> {
  // Moving a record to other cities needs rights over the new pair too.
  if (!canEditCities(viewer, citiesNamed(fields))) {
    throw new AppError('FORBIDDEN', 'Neither new city is the viewer’s', { reason: 'cityOutOfScope' });
  }
  await knownCities(tx, viewer, fields);
  await checkOrganizations(tx, viewer, fields);
  if (fields.kind === 'VIRTUAL_MEETING' && (await tx.eventSite.count({ where: { event: { exchangeId } } }))) {
    throw fieldError('kind', 'sitesInVirtualMeeting');
  }
  const joinedBefore = await joiningCityIds(tx, exchangeId);
  const { before, after } = await updateVersioned(tx, 'Exchange', exchangeId, version, toColumns(fields));
  await saveJoiningCities(tx, exchangeId, fields.otherVisitingCityIds);
  await markChanged(tx, exchangeId);
  await recordRevision(tx, viewer, {
    entityType: 'Exchange',
    entityId: exchangeId,
    exchangeId,
    action: 'UPDATE',
    version: after.version as number,
    before: { ...before, otherVisitingCityIds: joinedBefore },
    after: { ...after, otherVisitingCityIds: fields.otherVisitingCityIds },
    note,
  });
}

export async function updateExchange(viewer: Viewer, exchangeId: string, input: unknown): Promise<void> {
  requireStaff(viewer);
  const fields = parseInput(exchangeFields, input);
  const { version, note } = parseInput(versionedChange, input);
  await inTransaction(viewer, async (tx) => {
    await editableExchange(tx, viewer, exchangeId);
    await changeExchange(tx, viewer, exchangeId, version, fields, note);
  });
}

/** Records a change of state: the state and version move on, and the history says who did it and why. */
async function changeState(
  tx: Tx,
  viewer: Viewer,
  exchangeId: string,
  action: 'SUBMIT' | 'PUBLISH' | 'WITHDRAW' | 'SEND_BACK' | 'DELETE' | 'RESTORE',
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

/**
 * The changes to a record since it was last published, as a query condition: `changes` picks its
 * revisions (an exchange's cover its parts too), `published` its publishing. Review steps are not changes.
 */
export async function changesSinceLastPublished(db: Tx | PrismaClient, changes: Prisma.RevisionWhereInput, published: Prisma.RevisionWhereInput): Promise<Prisma.RevisionWhereInput> {
  const lastPublished = await db.revision.findFirst({ where: { ...published, action: 'PUBLISH' }, orderBy: { createdAt: 'desc' }, select: { createdAt: true } });
  return { ...changes, action: { notIn: reviewSteps }, ...(lastPublished && { createdAt: { gt: lastPublished.createdAt } }) };
}

/** Who changed a record since it was last published. */
async function authorsSinceLastPublished(tx: Tx, changes: Prisma.RevisionWhereInput, published: Prisma.RevisionWhereInput): Promise<Set<string | null>> {
  const revisions = await tx.revision.findMany({ where: await changesSinceLastPublished(tx, changes, published), select: { actorId: true }, distinct: ['actorId'] });
  return new Set(revisions.map((r) => r.actorId));
}

/** Whether the viewer may publish a record's working copy: not their own changes, unless an admin. */
export async function mayPublishRecord(tx: Tx, viewer: Viewer, changes: Prisma.RevisionWhereInput, published: Prisma.RevisionWhereInput): Promise<boolean> {
  if (isAdmin(viewer)) return true;
  return !(await authorsSinceLastPublished(tx, changes, published)).has(actorIdOf(viewer));
}

/** An exchange's changes (its parts' included) and its own publications, as `changes` and `published` above. */
export const exchangeChanges = (exchangeId: string) => [{ exchangeId }, { exchangeId, entityType: 'Exchange' }] as const;

/** Whether the viewer may publish the exchange's working copy. */
export const mayPublish = (tx: Tx, viewer: Viewer, exchangeId: string) => mayPublishRecord(tx, viewer, ...exchangeChanges(exchangeId));

/**
 * Makes the working copy public, replacing what the public saw before: the working version the
 * reviewer looked at, and refused if the record has moved on since.
 */
export async function publishExchange(viewer: Viewer, exchangeId: string, input: unknown = {}): Promise<void> {
  const { note, workingVersion } = parseInput(publishing, input);
  await inTransaction(viewer, async (tx) => {
    const exchange = await editableExchange(tx, viewer, exchangeId);
    if (exchange.publicationState === 'PUBLISHED') throw new AppError('CONFLICT', 'Already published', { reason: 'nothingToPublish' });
    if (!(await mayPublish(tx, viewer, exchangeId))) throw new AppError('FORBIDDEN', 'Own changes', { reason: 'ownChanges' });
    requireReviewedVersion(exchange, workingVersion);
    await writePublishing(tx, viewer, exchangeId, note);
  });
}

/** The record as it stands must be the one reviewed (when the caller says which one that was). */
export function requireReviewedVersion(record: { workingVersion: number }, reviewed: number | null): void {
  if (reviewed !== null && record.workingVersion !== reviewed) {
    throw new AppError('CONFLICT', `Working version ${record.workingVersion}, reviewed ${reviewed}`, { reason: 'changedSinceReview' });
  }
}

/**
 * Returns a record in review to its authors, with what needs doing: it is a draft again, and the
 * comment stays in its history, where the authors read it. Whoever may publish the record may send it back.
 */
export async function sendBackExchange(viewer: Viewer, exchangeId: string, input: unknown): Promise<void> {
  const { note } = parseInput(sendingBack, input);
  await inTransaction(viewer, async (tx) => {
    const exchange = await editableExchange(tx, viewer, exchangeId);
    if (exchange.publicationState !== 'IN_REVIEW') throw new AppError('CONFLICT', 'Not in review', { reason: 'notInReview' });
    if (!(await mayPublish(tx, viewer, exchangeId))) throw new AppError('FORBIDDEN', 'Own changes', { reason: 'ownChanges' });
    await changeState(tx, viewer, exchangeId, 'SEND_BACK', { publicationState: 'DRAFT' }, note);
  });
}

/** Publishes an exchange the caller has checked may be published: its state, its history, its public copy. */
export async function writePublishing(tx: Tx, viewer: Viewer, exchangeId: string, note: string | null): Promise<void> {
  await changeState(tx, viewer, exchangeId, 'PUBLISH', { publicationState: 'PUBLISHED' }, note);
  await writePublication(tx, exchangeId, actorIdOf(viewer));
  // What a published record names is on the public record now: the people, sources, cities and
  // organizations added with it are no longer pending, and every city's staff may name them.
  const named = { exchangeId };
  const exchange = { id: exchangeId };
  await tx.city.updateMany({
    where: { pending: true, OR: [{ exchangesVisiting: { some: exchange } }, { exchangesHosting: { some: exchange } }, { exchangesJoined: { some: named } }] },
    data: { pending: false },
  });
  await tx.organization.updateMany({
    where: {
      pending: true,
      OR: [{ visitingExchanges: { some: exchange } }, { hostingExchanges: { some: exchange } }, { eventVisits: { some: { event: named } } }, { cooperationRoles: { some: { item: named } } }],
    },
    data: { pending: false },
  });
  await tx.person.updateMany({
    where: { pending: true, OR: [{ participations: { some: named } }, { statements: { some: named } }, { questionsAsked: { some: named } }, { itemsProposed: { some: named } }] },
    data: { pending: false },
  });
  await confirmSourcesOf(tx, named);
}

/** The sources a record cites or takes claims from, once it is published, are on the public record: no longer pending. */
export async function confirmSourcesOf(tx: Tx, record: { exchangeId: string } | { relationshipId: string }): Promise<void> {
  await tx.source.updateMany({ where: { pending: true, OR: [{ citations: { some: record } }, { claims: { some: record } }] }, data: { pending: false } });
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
