import 'server-only';
import { z } from 'zod';
import { getDb } from '../db/client';
import { AppError } from '../errors';
import type { Prisma } from '../generated/prisma/client';
import { fromIsoDate, isoDate } from '../i18n/format';
import { publishedAttachment } from '../records/published-record';
import { attachmentFields } from '../validation/schemas/parts';
import { relationshipClaimableFields } from '../validation/schemas/sources';
import { changeNote, publishing, sendingBack, versionedChange } from '../validation/schemas/change';
import { relationshipFilters } from '../validation/schemas/public';
import { type RelationshipFields, relationshipFields } from '../validation/schemas/relationship';
import { actorIdOf, canEditCities, citiesOfExchange, editableExchanges, editableRelationships, exchangeCitiesSelect, requireStaff, visibleCities } from './access';
import { changesSinceLastPublished, confirmSourcesOf, mayPublishRecord, requireReviewedVersion } from './exchange-editing';
import { citySelect, exchangeHeadingSelect, joinedCities } from './exchange-record';
import { inTransaction, latestReviewSteps, lockVersion, readRevisions, recordRevision, type Tx, updateVersioned } from './mutation';
import { shown } from './public-queries';
import { fieldError, isId, parseInput } from './validate';
import type { Viewer } from './viewer';

/*
 * Standing relationships between cities (sister cities, friendship-exchange cities, cooperation
 * agreements): what a foreign-affairs office is asked for most. Like an exchange, a relationship is
 * written as a draft by staff of either city, published by someone else (or an admin), and the public
 * reads the copy made when it was published (PublicRelationship).
 */

const entityType = 'CityRelationship' as const;
/** How a change to the relationship itself, or to one of its files, sources or claims, is filed in the history. */
export const inRelationshipHistory = (relationshipId: string) => ({ exchangeId: null, relationshipId });

/** The two cities a relationship joins. */
export const citiesOfRelationship = (relationship: { cityId: string; partnerCityId: string }) => [relationship.cityId, relationship.partnerCityId];


/**
 * The relationship, locked until the transaction ends, if it exists (`deleted`: if it is deleted) and
 * the viewer may edit it.
 */
export async function editableRelationship(tx: Tx, viewer: Viewer, id: string, { deleted = false } = {}) {
  requireStaff(viewer);
  if (isId(id)) await tx.$executeRaw`SELECT 1 FROM "CityRelationship" WHERE id = ${id}::uuid FOR UPDATE`;
  const relationship = isId(id) ? await tx.cityRelationship.findFirst({ where: { id, deletedAt: deleted ? { not: null } : null } }) : null;
  if (!relationship) throw new AppError('NOT_FOUND', `No relationship ${id}`);
  if (!canEditCities(viewer, citiesOfRelationship(relationship))) throw new AppError('FORBIDDEN', `Relationship ${id} is outside the viewer's cities`);
  return relationship;
}

/**
 * The two cities must be on record and one of them the viewer's; the signing exchange, when given,
 * must be one the viewer may see, between these two cities.
 */
async function checkReferences(tx: Tx, viewer: Viewer, fields: RelationshipFields): Promise<void> {
  if (!canEditCities(viewer, [fields.cityId, fields.partnerCityId])) throw new AppError('FORBIDDEN', 'Neither city is the viewer’s', { reason: 'cityOutOfScope' });
  const known = await tx.city.count({ where: { id: { in: [fields.cityId, fields.partnerCityId] }, ...visibleCities(viewer) } });
  if (known < 2) throw new AppError('NOT_FOUND', 'Unknown city');
  if (!fields.signingExchangeId) return;
  const exchange = await tx.exchange.findFirst({
    where: { id: fields.signingExchangeId, deletedAt: null },
    select: { ...exchangeCitiesSelect, publication: { select: { withdrawnAt: true } } },
  });
  const cities = exchange ? citiesOfExchange(exchange) : [];
  const visible = exchange && ((exchange.publication && !exchange.publication.withdrawnAt) || canEditCities(viewer, cities));
  if (!visible) throw fieldError('signingExchangeId', 'invalidId');
  if (!cities.includes(fields.cityId) || !cities.includes(fields.partnerCityId)) throw fieldError('signingExchangeId', 'notBetweenTheCities');
}

function toColumns(fields: RelationshipFields) {
  return {
    ...fields,
    establishedOn: fields.establishedOn ? fromIsoDate(fields.establishedOn) : null,
    endedOn: fields.endedOn ? fromIsoDate(fields.endedOn) : null,
  };
}

/** A new relationship, as a draft. */
export async function createRelationship(viewer: Viewer, input: unknown): Promise<{ id: string }> {
  requireStaff(viewer);
  const fields = parseInput(relationshipFields, input);
  const { note } = parseInput(changeNote, input);
  return inTransaction(viewer, async (tx) => {
    await checkReferences(tx, viewer, fields);
    const relationship = await tx.cityRelationship.create({ data: { ...toColumns(fields), createdById: actorIdOf(viewer) } });
    await recordRevision(tx, viewer, { entityType, ...inRelationshipHistory(relationship.id), entityId: relationship.id, action: 'CREATE', version: relationship.version, before: null, after: relationship, note });
    return { id: relationship.id };
  });
}

/** Saves a change; the relationship becomes a draft again, to be reviewed before the public sees it. */
export async function updateRelationship(viewer: Viewer, id: string, input: unknown): Promise<void> {
  requireStaff(viewer);
  const fields = parseInput(relationshipFields, input);
  const { version, note } = parseInput(versionedChange, input);
  await inTransaction(viewer, async (tx) => {
    await editableRelationship(tx, viewer, id);
    await checkReferences(tx, viewer, fields);
    const { before, after } = await updateVersioned(tx, entityType, id, version, toColumns(fields));
    await markRelationshipChanged(tx, id);
    await recordRevision(tx, viewer, { entityType, ...inRelationshipHistory(id), entityId: id, action: 'UPDATE', version: after.version as number, before, after, note });
  });
}

async function changeState(tx: Tx, viewer: Viewer, id: string, action: 'SUBMIT' | 'PUBLISH' | 'WITHDRAW' | 'SEND_BACK' | 'DELETE' | 'RESTORE', data: Prisma.CityRelationshipUpdateInput, note: string | null) {
  const before = await tx.cityRelationship.findUniqueOrThrow({ where: { id } });
  const after = await tx.cityRelationship.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
  await recordRevision(tx, viewer, { entityType, ...inRelationshipHistory(id), entityId: id, action, version: after.version, before, after, note });
  return after;
}

/** A change to one of its files, like a change to its fields, waits for review. */
export async function markRelationshipChanged(tx: Tx, id: string): Promise<void> {
  await tx.cityRelationship.update({ where: { id }, data: { publicationState: 'DRAFT', workingVersion: { increment: 1 } } });
}

/** Every change to the relationship and its files, and (the second) its own publications. */
const changesOf = (id: string) => ({ relationshipId: id });
const publicationsOf = (id: string) => ({ relationshipId: id, entityType });

/** Whether the viewer may publish the relationship's working copy: not their own changes, unless an admin. */
export const mayPublishRelationship = (tx: Tx, viewer: Viewer, id: string) => mayPublishRecord(tx, viewer, changesOf(id), publicationsOf(id));

/** Hands a draft to reviewers. */
export async function submitRelationship(viewer: Viewer, id: string, input: unknown = {}): Promise<void> {
  const { note } = parseInput(changeNote, input);
  await inTransaction(viewer, async (tx) => {
    const relationship = await editableRelationship(tx, viewer, id);
    if (relationship.publicationState !== 'DRAFT') throw new AppError('CONFLICT', 'Not a draft', { reason: 'nothingToPublish' });
    await changeState(tx, viewer, id, 'SUBMIT', { publicationState: 'IN_REVIEW' }, note);
  });
}

/** Returns a relationship in review to its authors with what needs doing, as for an exchange (sendBackExchange). */
export async function sendBackRelationship(viewer: Viewer, id: string, input: unknown): Promise<void> {
  const { note } = parseInput(sendingBack, input);
  await inTransaction(viewer, async (tx) => {
    const relationship = await editableRelationship(tx, viewer, id);
    if (relationship.publicationState !== 'IN_REVIEW') throw new AppError('CONFLICT', 'Not in review', { reason: 'notInReview' });
    if (!(await mayPublishRelationship(tx, viewer, id))) throw new AppError('FORBIDDEN', 'Own changes', { reason: 'ownChanges' });
    await changeState(tx, viewer, id, 'SEND_BACK', { publicationState: 'DRAFT' }, note);
  });
}

/** Makes the working copy public, replacing what the public saw before; never the author's own changes, unless an admin's. */
export async function publishRelationship(viewer: Viewer, id: string, input: unknown = {}): Promise<void> {
  const { note, workingVersion } = parseInput(publishing, input);
  await inTransaction(viewer, async (tx) => {
    const relationship = await editableRelationship(tx, viewer, id);
    if (relationship.publicationState === 'PUBLISHED') throw new AppError('CONFLICT', 'Already published', { reason: 'nothingToPublish' });
    if (!(await mayPublishRelationship(tx, viewer, id))) throw new AppError('FORBIDDEN', 'Own changes', { reason: 'ownChanges' });
    requireReviewedVersion(relationship, workingVersion);
    const published = await changeState(tx, viewer, id, 'PUBLISH', { publicationState: 'PUBLISHED' }, note);
    const { id: relationshipId, createdById: _author, createdAt: _created, updatedAt: _updated, deletedAt: _deleted, publicationState: _state, workingVersion: _working, ...copy } = published;
    // As with an exchange, an internal file (a contact sheet) never reaches the public, in any form.
    const files = await tx.attachment.findMany({ where: { relationshipId, visibility: 'PUBLIC' }, orderBy: [{ position: 'asc' }, { id: 'asc' }] });
    const attachments = files.map((file) => publishedAttachment.parse({ ...file, eventId: null, cooperationUpdateId: null, citations: [] }));
    // Its one text is its summary: the public is told how the summary's other language was written.
    const summary = await tx.textTranslation.findUnique({ where: { entityType_entityId_field: { entityType, entityId: relationshipId, field: 'summary' } }, select: { kind: true } });
    const data = { ...copy, translation: summary?.kind ?? copy.translation, attachments, ...(await evidenceOf(tx, relationshipId)), publishedAt: new Date() };
    await tx.publicRelationship.upsert({ where: { relationshipId }, create: { relationshipId, ...data }, update: data });
    // As with an exchange, the sources it cites and its two cities are on the public record now.
    await confirmSourcesOf(tx, { relationshipId });
    await tx.city.updateMany({ where: { pending: true, id: { in: [copy.cityId, copy.partnerCityId] } }, data: { pending: false } });
  });
}

/** Takes a relationship off the public record; it stays, as a draft, for its staff. */
export async function withdrawRelationship(viewer: Viewer, id: string, input: unknown = {}): Promise<void> {
  const { note } = parseInput(changeNote, input);
  await inTransaction(viewer, async (tx) => {
    await editableRelationship(tx, viewer, id);
    const { count } = await tx.publicRelationship.deleteMany({ where: { relationshipId: id } });
    if (count === 0) throw new AppError('CONFLICT', 'Not on the public site', { reason: 'notPublished' });
    await changeState(tx, viewer, id, 'WITHDRAW', { publicationState: 'DRAFT' }, note);
  });
}

/** Deletes a relationship: it leaves the public record and the workspace; its history keeps it. */
export async function deleteRelationship(viewer: Viewer, id: string, input: unknown = {}): Promise<void> {
  const { note } = parseInput(changeNote, input);
  await inTransaction(viewer, async (tx) => {
    await editableRelationship(tx, viewer, id);
    await tx.publicRelationship.deleteMany({ where: { relationshipId: id } });
    await changeState(tx, viewer, id, 'DELETE', { deletedAt: new Date(), publicationState: 'DRAFT' }, note);
  });
}

/** The relationship a file belongs to, once the viewer's right to edit it is checked. */
async function editableFile(tx: Tx, viewer: Viewer, attachmentId: string) {
  const file = isId(attachmentId) ? await tx.attachment.findUnique({ where: { id: attachmentId } }) : null;
  if (!file?.relationshipId) throw new AppError('NOT_FOUND', `No relationship's file ${attachmentId}`);
  await editableRelationship(tx, viewer, file.relationshipId);
  return { file, relationshipId: file.relationshipId };
}

/**
 * Changes what is said of one of a relationship's files (its caption, credit, licence, whether the
 * public may have it); the file itself is replaced by deleting it and uploading another. Returns the
 * relationship.
 */
export async function updateRelationshipFile(viewer: Viewer, attachmentId: string, input: unknown): Promise<{ relationshipId: string }> {
  requireStaff(viewer);
  const fields = parseInput(attachmentFields, input);
  const { version, note } = parseInput(versionedChange, input);
  return inTransaction(viewer, async (tx) => {
    const { file, relationshipId } = await editableFile(tx, viewer, attachmentId);
    if (fields.eventId) throw fieldError('eventId', 'invalidId');
    if (fields.cooperationUpdateId) throw fieldError('cooperationUpdateId', 'invalidId');
    if (file.fileKind === 'IMAGE' && !fields.altZh && !fields.altEn) throw fieldError('altZh', 'altNeeded');
    const { before, after } = await updateVersioned(tx, 'Attachment', attachmentId, version, fields);
    await markRelationshipChanged(tx, relationshipId);
    await recordRevision(tx, viewer, { entityType: 'Attachment', entityId: attachmentId, ...inRelationshipHistory(relationshipId), action: 'UPDATE', version: after.version as number, before, after, note });
    return { relationshipId };
  });
}

/**
 * Takes a file off a relationship, and off its public copy at once: a file taken down is often one
 * that should never have been shown. Its bytes stay in the store and its DELETE revision keeps its
 * row. Returns the relationship.
 */
export async function deleteRelationshipFile(viewer: Viewer, attachmentId: string, input: unknown): Promise<{ relationshipId: string }> {
  requireStaff(viewer);
  const { version, note } = parseInput(versionedChange, input);
  return inTransaction(viewer, async (tx) => {
    const { file, relationshipId } = await editableFile(tx, viewer, attachmentId);
    await lockVersion(tx, 'Attachment', attachmentId, version);
    await tx.attachment.delete({ where: { id: attachmentId } });
    const publication = await tx.publicRelationship.findUnique({ where: { relationshipId }, select: { attachments: true } });
    if (publication) {
      const attachments = readPublishedFiles(publication.attachments).filter((published) => published.id !== attachmentId);
      await tx.publicRelationship.update({ where: { relationshipId }, data: { attachments } });
    }
    await markRelationshipChanged(tx, relationshipId);
    await recordRevision(tx, viewer, { entityType: 'Attachment', entityId: attachmentId, ...inRelationshipHistory(relationshipId), action: 'DELETE', version: file.version, before: file, after: null, note });
    return { relationshipId };
  });
}

/** Brings a deleted relationship back, with its files, sources and claims, as a draft to be reviewed again. */
export async function restoreRelationship(viewer: Viewer, id: string, input: unknown = {}): Promise<void> {
  const { note } = parseInput(changeNote, input);
  await inTransaction(viewer, async (tx) => {
    await editableRelationship(tx, viewer, id, { deleted: true });
    await changeState(tx, viewer, id, 'RESTORE', { deletedAt: null, publicationState: 'DRAFT' }, note);
  });
}

/** Deleted relationships of the viewer's cities (every one, for an admin), most recently deleted first, with who deleted them. */
export async function listDeletedRelationships(viewer: Viewer) {
  requireStaff(viewer);
  const db = await getDb();
  const { deletedAt: _live, ...ofTheirCities } = editableRelationships(viewer);
  const deleted = await db.cityRelationship.findMany({
    where: { ...ofTheirCities, deletedAt: { not: null } },
    orderBy: [{ deletedAt: 'desc' }, { id: 'desc' }],
    take: 200,
    select: { id: true, kind: true, deletedAt: true, city: { select: citySelect }, partnerCity: { select: citySelect } },
  });
  const deletions = await db.revision.findMany({
    where: { entityType, action: 'DELETE', entityId: { in: deleted.map((relationship) => relationship.id) } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    distinct: ['entityId'],
    select: { entityId: true, actor: { select: { name: true, email: true } } },
  });
  return deleted.map((relationship) => ({
    ...relationship,
    deletedAt: relationship.deletedAt!,
    deletedBy: deletions.find((deletion) => deletion.entityId === relationship.id)?.actor ?? null,
  }));
}

const workingSelect = {
  id: true,
  kind: true,
  status: true,
  establishedOn: true,
  establishedPrecision: true,
  endedOn: true,
  endedPrecision: true,
  publicationState: true,
  updatedAt: true,
  city: { select: citySelect },
  partnerCity: { select: citySelect },
} as const;

/** The relationships of the viewer's cities (every one, for an admin), most recently changed first. */
export async function listWorkspaceRelationships(viewer: Viewer) {
  requireStaff(viewer);
  const db = await getDb();
  return db.cityRelationship.findMany({ where: editableRelationships(viewer), orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }], take: 200, select: workingSelect });
}

/** One relationship as it stands now, with its history and whether the viewer may publish it. */
export async function getWorkingRelationship(viewer: Viewer, id: string) {
  requireStaff(viewer);
  const db = await getDb();
  const relationship = isId(id)
    ? await db.cityRelationship.findFirst({
        where: { id, ...editableRelationships(viewer) },
        include: {
            city: { select: citySelect },
            partnerCity: { select: citySelect },
            signingExchange: { select: { id: true, titleZh: true, titleEn: true } },
            publication: { select: { publishedAt: true, version: true } },
            attachments: { orderBy: [{ position: 'asc' }, { id: 'asc' }] },
            citations: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], include: { source: { select: sourceColumns } } },
            claims: { orderBy: [{ field: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }], include: { source: { select: sourceColumns } } },
          },
        })
      : null;
  if (!relationship) {
    const exists = isId(id) && (await db.cityRelationship.count({ where: { id, deletedAt: null } }));
    throw exists ? new AppError('FORBIDDEN', `Relationship ${id} is outside the viewer's cities`) : new AppError('NOT_FOUND', `No relationship ${id}`);
  }
  const [revisions, unpublished, lastReview, translations, mayPublish] = await Promise.all([
    readRevisions(db, changesOf(id)),
    changesSinceLastPublished(db, changesOf(id), publicationsOf(id)).then((changes) => readRevisions(db, changes)),
    latestReviewSteps(db, 'relationshipId', [id]),
    db.textTranslation.findMany({
      where: { entityType, entityId: id },
      select: { entityId: true, field: true, kind: true, translatedAt: true, translatedBy: { select: { name: true, email: true } } },
    }),
    db.$transaction((tx) => mayPublishRelationship(tx, viewer, id)),
  ]);
  return { relationship, revisions, unpublished, lastReview: lastReview.get(id) ?? null, translations, mayPublish };
}

/** Exchanges a relationship may have been signed at: published ones, and drafts of the viewer's cities, newest first. */
export async function listSigningExchangeChoices(viewer: Viewer) {
  requireStaff(viewer);
  const db = await getDb();
  const exchanges = await db.exchange.findMany({
    where: { deletedAt: null, OR: [{ publication: { withdrawnAt: null } }, editableExchanges(viewer)] },
    orderBy: [{ startDate: 'desc' }, { id: 'desc' }],
    take: 300,
    select: exchangeHeadingSelect,
  });
  return exchanges.map(({ joiningCities, ...exchange }) => ({ ...exchange, otherVisitingCities: joinedCities(joiningCities) }));
}

const publishedFiles = z.array(publishedAttachment);

/** A source of a published relationship, numbered as the public sees it. */
const publishedSources = z.array(
  z.object({
    number: z.number().int(),
    publicationZh: z.string(),
    publicationEn: z.string(),
    titleZh: z.string().nullable(),
    titleEn: z.string().nullable(),
    publishedOn: z.iso.date().nullable(),
    url: z.string().nullable(),
    locator: z.string().nullable(),
  }),
);

/** One source's date for a published relationship, by the source's number. */
const publishedClaims = z.array(
  z.object({
    field: z.enum(relationshipClaimableFields),
    value: z.string(),
    sourceNumber: z.number().int(),
    quotation: z.string().nullable(),
    accepted: z.boolean(),
  }),
);

const sourceColumns = { id: true, publicationZh: true, publicationEn: true, titleZh: true, titleEn: true, publishedOn: true, url: true } as const;

/**
 * What the public copy says of where a relationship is known from: its cited sources, then those only
 * its claims name, numbered in that order, and each claim by its source's number.
 */
async function evidenceOf(tx: Tx, relationshipId: string) {
  const order = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];
  const [citations, claims] = await Promise.all([
    tx.citation.findMany({ where: { relationshipId }, orderBy: order, select: { locator: true, source: { select: sourceColumns } } }),
    tx.claim.findMany({ where: { relationshipId }, orderBy: order, select: { field: true, value: true, quotation: true, accepted: true, source: { select: sourceColumns } } }),
  ]);
  const numbers = new Map<string, number>();
  const sources = [...citations, ...claims.map(({ source }) => ({ source, locator: null }))].flatMap(({ source: { id, publishedOn, ...source }, locator }) => {
    if (numbers.has(id)) return [];
    numbers.set(id, numbers.size + 1);
    return [{ ...source, number: numbers.size, publishedOn: publishedOn && isoDate(publishedOn), locator }];
  });
  return {
    sources: publishedSources.parse(sources),
    claims: publishedClaims.parse(claims.map(({ source, ...claim }) => ({ ...claim, sourceNumber: numbers.get(source.id) }))),
  };
}

/** A relationship's published files, checked as they are read. */
export const readPublishedFiles = (stored: Prisma.JsonValue) => publishedFiles.parse(stored);

/**
 * Published relationships, picked by an address's filters: a city's, a pair's, of a kind or status.
 * Newest established first; those not yet dated last. The signing exchange is named only while its
 * own record is published.
 */
export async function listPublicRelationships(_viewer: Viewer, input: unknown) {
  const filters = parseInput(relationshipFilters, input);
  const conditions: Prisma.PublicRelationshipWhereInput[] = [];
  if (filters.city && filters.partner) {
    conditions.push({
      OR: [
        { city: { slug: filters.city }, partnerCity: { slug: filters.partner } },
        { city: { slug: filters.partner }, partnerCity: { slug: filters.city } },
      ],
    });
  } else if (filters.city) {
    conditions.push({ OR: [{ city: { slug: filters.city } }, { partnerCity: { slug: filters.city } }] });
  }
  if (filters.kind) conditions.push({ kind: filters.kind.toUpperCase() as Uppercase<typeof filters.kind> });
  if (filters.status) conditions.push({ status: filters.status.toUpperCase() as Uppercase<typeof filters.status> });
  const db = await getDb();
  const rows = await db.publicRelationship.findMany({
    where: { AND: conditions },
    orderBy: [{ establishedOn: { sort: 'desc', nulls: 'last' } }, { relationshipId: 'asc' }],
    take: 1000,
    include: { city: { select: citySelect }, partnerCity: { select: citySelect } },
  });
  const signingIds = rows.flatMap((row) => (row.signingExchangeId ? [row.signingExchangeId] : []));
  const signings = signingIds.length
    ? await db.publication.findMany({ where: { ...shown, exchangeId: { in: signingIds } }, select: { exchangeId: true, slug: true, titleZh: true, titleEn: true } })
    : [];
  const signingOf = new Map(signings.map(({ exchangeId, ...signing }) => [exchangeId, signing]));
  return rows.map(({ signingExchangeId, attachments, sources, claims, ...row }) => ({
    ...row,
    attachments: readPublishedFiles(attachments),
    sources: publishedSources.parse(sources),
    claims: publishedClaims.parse(claims),
    signingExchange: (signingExchangeId && signingOf.get(signingExchangeId)) || null,
  }));
}
export type PublicRelationshipEntry = Awaited<ReturnType<typeof listPublicRelationships>>[number];
