import 'server-only';
import { z } from 'zod';
import { AppError } from '../errors';
import { fromIsoDate } from '../i18n/format';
import { enumOf } from '../validation/fields';
import { changeNote, versionedChange } from '../validation/schemas/change';
import { type ClaimableField, claimableFields, claimFields, claimValueOf } from '../validation/schemas/sources';
import { editableExchange, markChanged } from './exchange-editing';
import { requireCitableSource } from './sources';
import type { Prisma } from '../generated/prisma/client';
import { type FiledUnder, inTransaction, lockVersion, recordRevision, type Tx, updateVersioned } from './mutation';
import { fieldError, isId, parseInput } from './validate';
import type { Viewer } from './viewer';

/*
 * When sources disagree on a fact of an exchange (the founding record's date: 5 May in one report,
 * 15 May in two others), each source's value is a claim. The field stays disputed, and the public
 * page says so, until staff accept one claim; accepting copies its value into the record. Leaving it
 * disputed again takes the acceptance back and keeps the record's value as it is.
 */

const claimedField = z.object({ field: enumOf(claimableFields) });

export async function addClaim(viewer: Viewer, exchangeId: string, input: unknown): Promise<{ id: string; exchangeId: string }> {
  const parsed = parseInput(claimFields, input);
  const fields = { ...parsed, value: claimValueOf(parsed.field, parsed.value) };
  const { note } = parseInput(changeNote, input);
  return inTransaction(viewer, async (tx) => {
    const exchange = await editableExchange(tx, viewer, exchangeId);
    if (fields.field === 'delegationSize' && exchange.kind === 'VIRTUAL_MEETING') throw fieldError('field', 'notForVirtualMeeting');
    await requireCitableSource(tx, viewer, fields.sourceId);
    const subject = { subjectKind: 'EXCHANGE', subjectId: exchangeId, field: fields.field } as const;
    if (await tx.claim.count({ where: { ...subject, sourceId: fields.sourceId } })) throw fieldError('sourceId', 'oneClaimPerSource');
    const claim = await tx.claim.create({ data: { ...fields, ...subject, exchangeId } });
    await recordRevision(tx, viewer, { entityType: 'Claim', entityId: claim.id, exchangeId, action: 'CREATE', version: claim.version, before: null, after: claim, note });
    await markChanged(tx, exchangeId);
    return { id: claim.id, exchangeId };
  });
}

/** An exchange's claim, once the viewer's right to edit the exchange is checked; a relationship's is not one. */
async function editableClaim(tx: Tx, viewer: Viewer, claimId: string) {
  const claim = isId(claimId) ? await tx.claim.findUnique({ where: { id: claimId } }) : null;
  const { exchangeId } = claim ?? {};
  if (!claim || !exchangeId) throw new AppError('NOT_FOUND', `No claim ${claimId}`);
  return { claim: { ...claim, exchangeId }, exchange: await editableExchange(tx, viewer, exchangeId) };
}

/** Takes back the acceptance of every claim on the field (`onField`) but `keep`, each change in the history. */
async function unsettle(tx: Tx, viewer: Viewer, onField: Prisma.ClaimWhereInput, filedUnder: FiledUnder, note: string | null, keep?: string): Promise<void> {
  const accepted = await tx.claim.findMany({ where: { ...onField, accepted: true, id: keep ? { not: keep } : undefined } });
  for (const claim of accepted) {
    const { before, after } = await updateVersioned(tx, 'Claim', claim.id, claim.version, { accepted: false });
    await recordRevision(tx, viewer, { entityType: 'Claim', entityId: claim.id, ...filedUnder, action: 'UPDATE', version: after.version as number, before, after, note });
  }
}

/**
 * Makes `claim` the accepted one of its field (`onField`, the claims it is among) and no other; an
 * exchange's and a relationship's claims are settled alike. Accepting the accepted claim again changes
 * no claim: its caller copies its value back, should the field have been edited since.
 */
export async function settleClaim(
  tx: Tx,
  viewer: Viewer,
  claim: { id: string; version: number; accepted: boolean },
  onField: Prisma.ClaimWhereInput,
  filedUnder: FiledUnder,
  note: string | null,
): Promise<void> {
  await unsettle(tx, viewer, onField, filedUnder, note, claim.id);
  if (claim.accepted) return;
  const { before, after } = await updateVersioned(tx, 'Claim', claim.id, claim.version, { accepted: true });
  await recordRevision(tx, viewer, { entityType: 'Claim', entityId: claim.id, ...filedUnder, action: 'UPDATE', version: after.version as number, before, after, note });
}

/** An exchange's claims on one of its own fields. */
const exchangeClaimsOn = (exchangeId: string, field: string) => ({ exchangeId, subjectKind: 'EXCHANGE', subjectId: exchangeId, field }) as const;

/**
 * Settles a disputed field on one claim and copies its value into the exchange. The form names the
 * exchange's version it was read from, so a date someone changed meanwhile is not overwritten unseen.
 * Returns the claim's exchange.
 */
export async function acceptClaim(viewer: Viewer, claimId: string, input: unknown): Promise<{ exchangeId: string }> {
  const { version, note } = parseInput(versionedChange, input);
  return inTransaction(viewer, async (tx) => {
    const { claim, exchange } = await editableClaim(tx, viewer, claimId);
    const { field } = parseInput(claimedField, claim);
    const columns = await acceptedColumns(tx, field, claim);
    const startDate = columns.startDate ?? exchange.startDate;
    const endDate = columns.endDate === undefined ? exchange.endDate : columns.endDate;
    if (endDate && endDate < startDate) throw new AppError('CONFLICT', 'End before start', { reason: 'datesOutOfOrder' });
    await settleClaim(tx, viewer, claim, exchangeClaimsOn(claim.exchangeId, field), { exchangeId: claim.exchangeId }, note);
    const { before, after } = await updateVersioned(tx, 'Exchange', claim.exchangeId, version, columns);
    await recordRevision(tx, viewer, { entityType: 'Exchange', entityId: claim.exchangeId, exchangeId: claim.exchangeId, action: 'UPDATE', version: after.version as number, before, after, note });
    await markChanged(tx, claim.exchangeId);
    return { exchangeId: claim.exchangeId };
  });
}

/**
 * What accepting a claim writes into the exchange: a date or a size as it is; a place into the column of
 * the source's language; who led into none, since the people of an exchange are its participants.
 */
async function acceptedColumns(tx: Tx, field: ClaimableField, claim: { value: string; sourceId: string }): Promise<{ startDate?: Date; endDate?: Date | null; delegationSize?: number; locationZh?: string; locationEn?: string }> {
  switch (field) {
    case 'startDate':
    case 'endDate':
      return { [field]: fromIsoDate(claim.value) };
    case 'delegationSize':
      return { delegationSize: Number(claim.value) };
    case 'location': {
      const { language } = await tx.source.findUniqueOrThrow({ where: { id: claim.sourceId }, select: { language: true } });
      return { [language === 'zh' ? 'locationZh' : 'locationEn']: claim.value };
    }
    case 'leader':
      return {};
  }
}

/**
 * Leaves a field disputed again: no claim is accepted, and the public page shows every claim. Like
 * accepting, it names the exchange's version it was read from, so it cannot undo unseen a settlement
 * made meanwhile.
 */
export async function leaveClaimDisputed(viewer: Viewer, exchangeId: string, input: unknown): Promise<{ exchangeId: string }> {
  const { field } = parseInput(claimedField, input);
  const { version, note } = parseInput(versionedChange, input);
  return inTransaction(viewer, async (tx) => {
    await editableExchange(tx, viewer, exchangeId);
    await updateVersioned(tx, 'Exchange', exchangeId, version, {});
    await unsettle(tx, viewer, exchangeClaimsOn(exchangeId, field), { exchangeId }, note);
    await markChanged(tx, exchangeId);
    return { exchangeId };
  });
}

/** Deletes a claim; returns its exchange. */
export async function deleteClaim(viewer: Viewer, claimId: string, input: unknown): Promise<{ exchangeId: string }> {
  const { version, note } = parseInput(versionedChange, input);
  return inTransaction(viewer, async (tx) => {
    const { claim } = await editableClaim(tx, viewer, claimId);
    await lockVersion(tx, 'Claim', claimId, version);
    await tx.claim.delete({ where: { id: claimId } });
    await recordRevision(tx, viewer, { entityType: 'Claim', entityId: claimId, exchangeId: claim.exchangeId, action: 'DELETE', version: claim.version, before: claim, after: null, note });
    await markChanged(tx, claim.exchangeId);
    return { exchangeId: claim.exchangeId };
  });
}
