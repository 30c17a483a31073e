import 'server-only';
import { AppError } from '../errors';
import { fromIsoDate } from '../i18n/format';
import { firstDayAs, typedPrecision } from '../validation/fields';
import { changeNote, versionedChange } from '../validation/schemas/change';
import { relationshipCitationFields, relationshipClaimFields, sourceFields } from '../validation/schemas/sources';
import { settleClaim } from './claims';
import { inTransaction, lockVersion, recordRevision, type Tx, updateVersioned } from './mutation';
import { editableRelationship, inRelationshipHistory, markRelationshipChanged } from './relationships';
import { requireCitableSource, writeSource } from './sources';
import { fieldError, isId, parseInput } from './validate';
import type { Viewer } from './viewer';

/*
 * Where a relationship between cities is known from: the sources cited for it and, when sources
 * disagree on when it was established or ended, each source's date as a claim. As with an exchange's
 * date, the field stays disputed, and the public sees every claim, until staff accept one; accepting
 * copies the date, as precisely as that source gives it, into the relationship. Every change makes
 * the relationship a draft again, to be reviewed before the public sees it.
 */

const subjectOf = (relationshipId: string) => ({ subjectKind: 'RELATIONSHIP', subjectId: relationshipId, relationshipId }) as const;

async function cite(tx: Tx, viewer: Viewer, relationshipId: string, { sourceId, locator }: { sourceId: string; locator: string | null }) {
  if (await tx.citation.count({ where: { ...subjectOf(relationshipId), sourceId } })) throw fieldError('sourceId', 'alreadyCited');
  const row = await tx.citation.create({ data: { ...subjectOf(relationshipId), sourceId, locator } });
  await recordRevision(tx, viewer, { entityType: 'Citation', entityId: row.id, ...inRelationshipHistory(relationshipId), action: 'CREATE', version: 1, before: null, after: row });
  await markRelationshipChanged(tx, relationshipId);
  return { id: row.id };
}

/** Cites a source on record for a relationship. */
export async function citeRelationshipSource(viewer: Viewer, relationshipId: string, input: unknown): Promise<{ id: string }> {
  const citation = parseInput(relationshipCitationFields, input);
  return inTransaction(viewer, async (tx) => {
    await editableRelationship(tx, viewer, relationshipId);
    await requireCitableSource(tx, viewer, citation.sourceId);
    return cite(tx, viewer, relationshipId, citation);
  });
}

/** A new source, cited for the relationship. */
export async function addRelationshipSource(viewer: Viewer, relationshipId: string, input: unknown): Promise<{ id: string }> {
  const fields = parseInput(sourceFields, input);
  const { note } = parseInput(changeNote, input);
  return inTransaction(viewer, async (tx) => {
    await editableRelationship(tx, viewer, relationshipId);
    const source = await writeSource(tx, viewer, fields, inRelationshipHistory(relationshipId), note);
    await cite(tx, viewer, relationshipId, { sourceId: source.id, locator: null });
    return { id: source.id };
  });
}

/** Takes a citation off a relationship; returns the relationship. */
export async function removeRelationshipCitation(viewer: Viewer, citationId: string): Promise<{ relationshipId: string }> {
  return inTransaction(viewer, async (tx) => {
    const citation = isId(citationId) ? await tx.citation.findUnique({ where: { id: citationId } }) : null;
    const { relationshipId } = citation ?? {};
    if (!citation || !relationshipId) throw new AppError('NOT_FOUND', `No relationship's citation ${citationId}`);
    await editableRelationship(tx, viewer, relationshipId);
    await tx.citation.delete({ where: { id: citationId } });
    await recordRevision(tx, viewer, { entityType: 'Citation', entityId: citationId, ...inRelationshipHistory(relationshipId), action: 'DELETE', version: 1, before: citation, after: null });
    await markRelationshipChanged(tx, relationshipId);
    return { relationshipId };
  });
}

/** One source's date for when a relationship was established or ended. */
export async function addRelationshipClaim(viewer: Viewer, relationshipId: string, input: unknown): Promise<{ id: string }> {
  const fields = parseInput(relationshipClaimFields, input);
  const { note } = parseInput(changeNote, input);
  return inTransaction(viewer, async (tx) => {
    await editableRelationship(tx, viewer, relationshipId);
    await requireCitableSource(tx, viewer, fields.sourceId);
    const subject = { ...subjectOf(relationshipId), field: fields.field };
    if (await tx.claim.count({ where: { ...subject, sourceId: fields.sourceId } })) throw fieldError('sourceId', 'oneClaimPerSource');
    const claim = await tx.claim.create({ data: { ...fields, ...subject } });
    await recordRevision(tx, viewer, { entityType: 'Claim', entityId: claim.id, ...inRelationshipHistory(relationshipId), action: 'CREATE', version: claim.version, before: null, after: claim, note });
    await markRelationshipChanged(tx, relationshipId);
    return { id: claim.id };
  });
}

/** A relationship's claim, once the viewer's right to edit the relationship is checked. */
async function editableClaim(tx: Tx, viewer: Viewer, claimId: string) {
  const claim = isId(claimId) ? await tx.claim.findUnique({ where: { id: claimId } }) : null;
  const { relationshipId } = claim ?? {};
  if (!claim || !relationshipId) throw new AppError('NOT_FOUND', `No relationship's claim ${claimId}`);
  return { claim, relationship: await editableRelationship(tx, viewer, relationshipId), relationshipId };
}

/**
 * Settles a disputed date on one claim: the date and its precision are copied into the relationship,
 * and any other claim on the field is no longer the accepted one. The form names the relationship's
 * version it was read from, so a date someone changed meanwhile is not overwritten unseen.
 */
export async function acceptRelationshipClaim(viewer: Viewer, claimId: string, input: unknown): Promise<{ relationshipId: string }> {
  const { version, note } = parseInput(versionedChange, input);
  return inTransaction(viewer, async (tx) => {
    const { claim, relationship, relationshipId } = await editableClaim(tx, viewer, claimId);
    const precision = typedPrecision(claim.value);
    const date = fromIsoDate(firstDayAs(claim.value, precision));
    const columns = claim.field === 'endedOn' ? { endedOn: date, endedPrecision: precision } : { establishedOn: date, establishedPrecision: precision };
    const { establishedOn, endedOn } = { ...relationship, ...columns };
    if (establishedOn && endedOn && endedOn < establishedOn) throw new AppError('CONFLICT', 'Ends before it starts', { reason: 'datesOutOfOrder' });
    if (endedOn && (relationship.status === 'PROPOSED' || relationship.status === 'IN_FORCE')) throw new AppError('CONFLICT', 'Still current', { reason: 'stillCurrent' });
    await settleClaim(tx, viewer, claim, { relationshipId, field: claim.field }, inRelationshipHistory(relationshipId), note);
    const { before, after } = await updateVersioned(tx, 'CityRelationship', relationshipId, version, columns);
    await markRelationshipChanged(tx, relationshipId);
    await recordRevision(tx, viewer, { entityType: 'CityRelationship', entityId: relationshipId, ...inRelationshipHistory(relationshipId), action: 'UPDATE', version: after.version as number, before, after, note });
    return { relationshipId };
  });
}

/** Deletes a relationship's claim; returns the relationship. */
export async function deleteRelationshipClaim(viewer: Viewer, claimId: string, input: unknown): Promise<{ relationshipId: string }> {
  const { version, note } = parseInput(versionedChange, input);
  return inTransaction(viewer, async (tx) => {
    const { claim, relationshipId } = await editableClaim(tx, viewer, claimId);
    await lockVersion(tx, 'Claim', claimId, version);
    await tx.claim.delete({ where: { id: claimId } });
    await recordRevision(tx, viewer, { entityType: 'Claim', entityId: claimId, ...inRelationshipHistory(relationshipId), action: 'DELETE', version: claim.version, before: claim, after: null, note });
    await markRelationshipChanged(tx, relationshipId);
    return { relationshipId };
  });
}
