'use server';

import type { Route } from 'next';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import {
  createExchange,
  deleteExchange,
  publishExchange,
  reinstateExchange,
  restoreDeletedExchange,
  sendBackExchange,
  submitExchange,
  updateExchange,
  withdrawExchange,
} from '@/lib/data/exchange-editing';
import { acceptClaim, addClaim, deleteClaim, leaveClaimDisputed } from '@/lib/data/claims';
import { restoreDeletedPart } from '@/lib/data/deleted-records';
import { saveExchangeDraft } from '@/lib/data/exchange-drafts';
import { proposePersonMerge } from '@/lib/data/people';
import { addPart, deletePart, type PartKindName, recordProgress, updatePart } from '@/lib/data/exchange-parts';
import {
  createRelationship,
  deleteRelationship,
  deleteRelationshipFile,
  restoreRelationship,
  publishRelationship,
  sendBackRelationship,
  submitRelationship,
  updateRelationship,
  updateRelationshipFile,
  withdrawRelationship,
} from '@/lib/data/relationships';
import {
  acceptRelationshipClaim,
  addRelationshipClaim,
  addRelationshipSource,
  citeRelationshipSource,
  deleteRelationshipClaim,
  removeRelationshipCitation,
} from '@/lib/data/relationship-sources';
import { addSource, citeSource, removeCitation, updateSource } from '@/lib/data/sources';
import { AppError } from '@/lib/errors';
import { attempt, boundText } from '@/lib/forms/respond';
import { type Locale, localeOf } from '@/lib/i18n/locales';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';
import type { Viewer } from '@/lib/data/viewer';
import { type DraftSaveState, type FormState, formSuccess, type FormValues } from '@/lib/validation/form';

/*
 * Every export here is a public endpoint: each one hands the submission to lib/data, which checks
 * the viewer's rights and the input. Locale and ids are bound when the page renders, but come back
 * from the browser with the form like the rest of it: the locale is read through localeOf, and
 * lib/data refuses ids that name nothing the viewer may change.
 */

const workspacePath = (locale: Locale, exchangeId: string) => `/${locale}/manage/exchanges/${exchangeId}` as Route;

/**
 * After a restore, the list of deleted records says what came back, which of its links could not,
 * and where it is now. A redirect rather than a message on the button: the button goes with the
 * restored record.
 */
function restoredPath(locale: Locale, restored: { kind: 'exchange' | PartKindName; exchangeId: string; id?: string; cleared?: string[] }) {
  const query = new URLSearchParams({ restored: restored.kind, exchange: restored.exchangeId });
  if (restored.id) query.set('part', restored.id);
  for (const link of restored.cleared ?? []) query.append('cleared', link);
  return `/${locale}/manage/deleted?${query}` as Route;
}

function refresh(locale: Locale, exchangeId?: string) {
  revalidatePath(`/${locale}/manage`, 'layout');
  revalidatePath(`/${locale}`, 'layout');
  if (exchangeId) revalidatePath(workspacePath(locale, exchangeId));
}

export async function createExchangeAction(locale: Locale, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  const result = await attempt(locale, formData, (viewer, values) => createExchange(viewer, values));
  if (!result.ok) return result.state;
  refresh(locale);
  redirect(workspacePath(locale, result.value.id));
}

export async function updateExchangeAction(locale: Locale, exchangeId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  const result = await attempt(locale, formData, (viewer, values) => updateExchange(viewer, boundText(exchangeId), values));
  if (!result.ok) return result.state;
  refresh(locale, exchangeId);
  redirect(workspacePath(locale, exchangeId));
}

/**
 * Saves the one-page editor's whole draft: the exchange `exchangeId`, or a new one when it is ''.
 */
export async function saveExchangeDraftAction(locale: Locale, exchangeId: string, _previous: DraftSaveState, formData: FormData): Promise<DraftSaveState> {
  locale = localeOf(locale);
  const result = await attempt(locale, formData, (viewer, values) => saveExchangeDraft(viewer, boundText(exchangeId) || null, values));
  // The draft is in the editor already: it is not sent back.
  if (!result.ok) return { ...result.state, values: {} };
  const { id } = result.value;
  refresh(locale, id);
  revalidatePath(`${workspacePath(locale, id)}/editor`);
  // A new record is shown whole once saved; a record on record stays in its editor.
  const href = boundText(exchangeId) ? `${workspacePath(locale, id)}/editor` : workspacePath(locale, id);
  return { status: 'saved', message: getWorkspaceMessages(locale).editor.saved, href };
}

/** Staff propose that two entries are one person; an admin decides. */
export async function proposePersonMergeAction(locale: Locale, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  const result = await attempt(locale, formData, (viewer, values) => proposePersonMerge(viewer, values));
  if (!result.ok) return result.state;
  revalidatePath(`/${locale}/admin/people`);
  return formSuccess(getWorkspaceMessages(locale).editor.duplicateProposed);
}

const workflow = {
  submit: [submitExchange, 'submitted'],
  publish: [publishExchange, 'published'],
  sendBack: [sendBackExchange, 'sentBack'],
  withdraw: [withdrawExchange, 'withdrawnDone'],
  reinstate: [reinstateExchange, 'reinstated'],
  delete: [deleteExchange, 'deleted'],
  restore: [restoreDeletedExchange, 'restored'],
} as const;
export type WorkflowStep = keyof typeof workflow;

/** The change a workflow button names in `steps`; any other name (a tampered one) names none. */
function stepOf<Steps extends object>(steps: Steps, step: keyof Steps): Steps[keyof Steps] {
  if (typeof step !== 'string' || !Object.hasOwn(steps, step)) throw new AppError('NOT_FOUND', 'No such workflow step');
  return steps[step];
}

export async function workflowAction(
  locale: Locale,
  exchangeId: string,
  step: WorkflowStep,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  locale = localeOf(locale);
  const result = await attempt(locale, formData, async (viewer, values) => {
    const [change, done] = stepOf(workflow, step);
    await change(viewer, boundText(exchangeId), values);
    return done;
  });
  if (!result.ok) {
    // A refusal redraws the workspace too: a publish refused because the record moved on shows what changed.
    refresh(locale);
    return result.state;
  }
  refresh(locale, exchangeId);
  if (step === 'delete') redirect(`/${locale}/manage` as Route);
  if (step === 'restore') redirect(restoredPath(locale, { kind: 'exchange', exchangeId }));
  return formSuccess(getWorkspaceMessages(locale).review[result.value]);
}

/** A change to an exchange's records, which says which exchange it changed. */
type ExchangeChange = (viewer: Viewer, values: FormValues) => Promise<{ exchangeId: string }>;

/** After any change to a part, back to the exchange's page, at that part's list. */
async function changePart(locale: Locale, kind: PartKindName, formData: FormData, change: ExchangeChange) {
  const result = await attempt(locale, formData, change);
  if (!result.ok) return result.state;
  refresh(locale, result.value.exchangeId);
  redirect(`${workspacePath(locale, result.value.exchangeId)}#${kind}` as Route);
}

export async function addPartAction(locale: Locale, kind: PartKindName, exchangeId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  return changePart(locale, kind, formData, (viewer, values) => addPart(viewer, boundText(kind), boundText(exchangeId), values));
}

export async function updatePartAction(locale: Locale, kind: PartKindName, partId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  return changePart(locale, kind, formData, (viewer, values) => updatePart(viewer, boundText(kind), boundText(partId), values));
}

export async function deletePartAction(locale: Locale, kind: PartKindName, partId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  return changePart(locale, kind, formData, (viewer, values) => deletePart(viewer, boundText(kind), boundText(partId), values));
}

/** A change made where the person stands: the page shows the result and what came of it. */
async function changeInPlace(locale: Locale, formData: FormData, change: ExchangeChange, done: string) {
  const result = await attempt(locale, formData, change);
  if (!result.ok) return result.state;
  refresh(locale, result.value.exchangeId);
  return formSuccess(done);
}

export async function recordProgressAction(locale: Locale, itemId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  const done = getWorkspaceMessages(locale).progress.recorded;
  return changeInPlace(locale, formData, (viewer, values) => recordProgress(viewer, boundText(itemId), values), done);
}

/** After a source or claim is saved, back to the exchange's page, at that list. */
async function changeAndReturn(locale: Locale, section: 'sources' | 'claims', formData: FormData, change: ExchangeChange) {
  const result = await attempt(locale, formData, change);
  if (!result.ok) return result.state;
  refresh(locale, result.value.exchangeId);
  redirect(`${workspacePath(locale, result.value.exchangeId)}#${section}` as Route);
}

export async function addSourceAction(locale: Locale, exchangeId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  return changeAndReturn(locale, 'sources', formData, (viewer, values) => addSource(viewer, boundText(exchangeId), values));
}

export async function updateSourceAction(locale: Locale, exchangeId: string, sourceId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  return changeAndReturn(locale, 'sources', formData, (viewer, values) => updateSource(viewer, boundText(exchangeId), boundText(sourceId), values));
}

export async function citeSourceAction(locale: Locale, exchangeId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  const done = getWorkspaceMessages(locale).sources.cited;
  return changeInPlace(locale, formData, (viewer, values) => citeSource(viewer, boundText(exchangeId), values), done);
}

export async function removeCitationAction(locale: Locale, citationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  const done = getWorkspaceMessages(locale).sources.removed;
  return changeInPlace(locale, formData, (viewer) => removeCitation(viewer, boundText(citationId)), done);
}

export async function addClaimAction(locale: Locale, exchangeId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  return changeAndReturn(locale, 'claims', formData, (viewer, values) => addClaim(viewer, boundText(exchangeId), values));
}

export async function acceptClaimAction(locale: Locale, claimId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  const done = getWorkspaceMessages(locale).claims.acceptedDone;
  return changeInPlace(locale, formData, (viewer, values) => acceptClaim(viewer, boundText(claimId), values), done);
}

export async function leaveClaimDisputedAction(locale: Locale, exchangeId: string, field: string, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  const done = getWorkspaceMessages(locale).claims.disputedDone;
  return changeInPlace(locale, formData, (viewer, values) => leaveClaimDisputed(viewer, boundText(exchangeId), { ...values, field }), done);
}

export async function deleteClaimAction(locale: Locale, claimId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  const done = getWorkspaceMessages(locale).claims.removed;
  return changeInPlace(locale, formData, (viewer, values) => deleteClaim(viewer, boundText(claimId), values), done);
}

export async function restorePartAction(locale: Locale, revisionId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  const result = await attempt(locale, formData, (viewer, values) => restoreDeletedPart(viewer, boundText(revisionId), values));
  if (!result.ok) return result.state;
  refresh(locale, result.value.exchangeId);
  redirect(restoredPath(locale, result.value));
}

const relationshipsPath = (locale: Locale, relationshipId?: string) => `/${locale}/manage/relationships${relationshipId ? `/${relationshipId}` : ''}` as Route;

export async function createRelationshipAction(locale: Locale, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  const result = await attempt(locale, formData, (viewer, values) => createRelationship(viewer, values));
  if (!result.ok) return result.state;
  refresh(locale);
  redirect(relationshipsPath(locale, result.value.id));
}

export async function updateRelationshipAction(locale: Locale, relationshipId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  const result = await attempt(locale, formData, (viewer, values) => updateRelationship(viewer, boundText(relationshipId), values));
  if (!result.ok) return result.state;
  refresh(locale);
  redirect(relationshipsPath(locale, relationshipId));
}

const relationshipFileChanges = { update: updateRelationshipFile, delete: deleteRelationshipFile } as const;
export type RelationshipFileChange = keyof typeof relationshipFileChanges;

/** Saves what is said of one of a relationship's files, or deletes it; either way back to the relationship. */
export async function changeRelationshipFileAction(
  locale: Locale,
  fileId: string,
  change: RelationshipFileChange,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  locale = localeOf(locale);
  const result = await attempt(locale, formData, (viewer, values) => stepOf(relationshipFileChanges, change)(viewer, boundText(fileId), values));
  if (!result.ok) return result.state;
  refresh(locale);
  redirect(`${relationshipsPath(locale, result.value.relationshipId)}#files` as Route);
}

const relationshipAdditions = { citation: citeRelationshipSource, source: addRelationshipSource, claim: addRelationshipClaim } as const;
export type RelationshipAddition = keyof typeof relationshipAdditions;

/** Cites a source on record for a relationship, adds a new source, or adds a claim; back to its sources. */
export async function addToRelationshipAction(
  locale: Locale,
  relationshipId: string,
  addition: RelationshipAddition,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  locale = localeOf(locale);
  const result = await attempt(locale, formData, (viewer, values) => stepOf(relationshipAdditions, addition)(viewer, boundText(relationshipId), values));
  if (!result.ok) return result.state;
  refresh(locale);
  redirect(`${relationshipsPath(locale, relationshipId)}#sources` as Route);
}

const relationshipEvidenceChanges = {
  uncite: (viewer: Viewer, citationId: string) => removeRelationshipCitation(viewer, citationId),
  accept: acceptRelationshipClaim,
  deleteClaim: deleteRelationshipClaim,
} as const;
export type RelationshipEvidenceChange = keyof typeof relationshipEvidenceChanges;

/** Takes a citation off a relationship, accepts one of its claims, or deletes one; back to its sources. */
export async function changeRelationshipEvidenceAction(
  locale: Locale,
  targetId: string,
  change: RelationshipEvidenceChange,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  locale = localeOf(locale);
  const result = await attempt(locale, formData, (viewer, values) => stepOf(relationshipEvidenceChanges, change)(viewer, boundText(targetId), values));
  if (!result.ok) return result.state;
  refresh(locale);
  redirect(`${relationshipsPath(locale, result.value.relationshipId)}#sources` as Route);
}

const relationshipWorkflow = {
  submit: [submitRelationship, 'submitted'],
  publish: [publishRelationship, 'published'],
  sendBack: [sendBackRelationship, 'sentBack'],
  withdraw: [withdrawRelationship, 'withdrawnDone'],
  delete: [deleteRelationship, 'deleted'],
  restore: [restoreRelationship, 'restored'],
} as const;
export type RelationshipStep = keyof typeof relationshipWorkflow;

export async function relationshipWorkflowAction(
  locale: Locale,
  relationshipId: string,
  step: RelationshipStep,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  locale = localeOf(locale);
  const result = await attempt(locale, formData, async (viewer, values) => {
    const [change, done] = stepOf(relationshipWorkflow, step);
    await change(viewer, boundText(relationshipId), values);
    return done;
  });
  // As for an exchange, a refusal redraws the page (the whole workspace is revalidated).
  refresh(locale);
  if (!result.ok) return result.state;
  if (step === 'delete') redirect(relationshipsPath(locale));
  if (step === 'restore') redirect(relationshipsPath(locale, relationshipId));
  revalidatePath(relationshipsPath(locale, relationshipId));
  return formSuccess(getWorkspaceMessages(locale).review[result.value]);
}
