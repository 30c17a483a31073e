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
  submitExchange,
  updateExchange,
  withdrawExchange,
} from '@/lib/data/exchange-editing';
import { acceptClaim, addClaim, deleteClaim, leaveClaimDisputed } from '@/lib/data/claims';
import { restoreDeletedPart } from '@/lib/data/deleted-records';
import { addPart, deletePart, type PartKindName, recordProgress, updatePart } from '@/lib/data/exchange-parts';
import { addSource, citeSource, removeCitation, updateSource } from '@/lib/data/sources';
import { attempt } from '@/lib/forms/respond';
import type { Locale } from '@/lib/i18n/locales';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';
import { type FormState, formSuccess } from '@/lib/validation/form';

/*
 * Every export here is a public endpoint: each one hands the submission to lib/data, which checks
 * the viewer's rights and the input. Locale and ids are bound on the server when the page renders.
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
  const result = await attempt(locale, formData, (viewer, values) => createExchange(viewer, values));
  if (!result.ok) return result.state;
  refresh(locale);
  redirect(workspacePath(locale, result.value.id));
}

export async function updateExchangeAction(locale: Locale, exchangeId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const result = await attempt(locale, formData, (viewer, values) => updateExchange(viewer, exchangeId, values));
  if (!result.ok) return result.state;
  refresh(locale, exchangeId);
  redirect(workspacePath(locale, exchangeId));
}

const workflow = {
  submit: [submitExchange, 'submitted'],
  publish: [publishExchange, 'published'],
  withdraw: [withdrawExchange, 'withdrawnDone'],
  reinstate: [reinstateExchange, 'reinstated'],
  delete: [deleteExchange, 'deleted'],
  restore: [restoreDeletedExchange, 'restored'],
} as const;
export type WorkflowStep = keyof typeof workflow;

export async function workflowAction(
  locale: Locale,
  exchangeId: string,
  step: WorkflowStep,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const [change, done] = workflow[step];
  const result = await attempt(locale, formData, (viewer, values) => change(viewer, exchangeId, values));
  if (!result.ok) return result.state;
  refresh(locale, exchangeId);
  if (step === 'delete') redirect(`/${locale}/manage` as Route);
  if (step === 'restore') redirect(restoredPath(locale, { kind: 'exchange', exchangeId }));
  return formSuccess(getWorkspaceMessages(locale).review[done]);
}

/** After any change to a part, back to the exchange's page, at that part's list. */
async function changePart(locale: Locale, kind: PartKindName, exchangeId: string, formData: FormData, change: Parameters<typeof attempt>[2]) {
  const result = await attempt(locale, formData, change);
  if (!result.ok) return result.state;
  refresh(locale, exchangeId);
  redirect(`${workspacePath(locale, exchangeId)}#${kind}` as Route);
}

export async function addPartAction(locale: Locale, kind: PartKindName, exchangeId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return changePart(locale, kind, exchangeId, formData, (viewer, values) => addPart(viewer, kind, exchangeId, values));
}

export async function updatePartAction(
  locale: Locale,
  kind: PartKindName,
  exchangeId: string,
  partId: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return changePart(locale, kind, exchangeId, formData, (viewer, values) => updatePart(viewer, kind, partId, values));
}

export async function deletePartAction(
  locale: Locale,
  kind: PartKindName,
  exchangeId: string,
  partId: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return changePart(locale, kind, exchangeId, formData, (viewer, values) => deletePart(viewer, kind, partId, values));
}

/** A change made where the person stands: the page shows the result and what came of it. */
async function changeInPlace(locale: Locale, exchangeId: string, formData: FormData, change: Parameters<typeof attempt>[2], done: string) {
  const result = await attempt(locale, formData, change);
  if (!result.ok) return result.state;
  refresh(locale, exchangeId);
  return formSuccess(done);
}

export async function recordProgressAction(
  locale: Locale,
  exchangeId: string,
  itemId: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const done = getWorkspaceMessages(locale).progress.recorded;
  return changeInPlace(locale, exchangeId, formData, (viewer, values) => recordProgress(viewer, itemId, values), done);
}

/** After a source or claim is saved, back to the exchange's page, at that list. */
async function changeAndReturn(locale: Locale, exchangeId: string, section: 'sources' | 'claims', formData: FormData, change: Parameters<typeof attempt>[2]) {
  const result = await attempt(locale, formData, change);
  if (!result.ok) return result.state;
  refresh(locale, exchangeId);
  redirect(`${workspacePath(locale, exchangeId)}#${section}` as Route);
}

export async function addSourceAction(locale: Locale, exchangeId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return changeAndReturn(locale, exchangeId, 'sources', formData, (viewer, values) => addSource(viewer, exchangeId, values));
}

export async function updateSourceAction(locale: Locale, exchangeId: string, sourceId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return changeAndReturn(locale, exchangeId, 'sources', formData, (viewer, values) => updateSource(viewer, exchangeId, sourceId, values));
}

export async function citeSourceAction(locale: Locale, exchangeId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const done = getWorkspaceMessages(locale).sources.cited;
  return changeInPlace(locale, exchangeId, formData, (viewer, values) => citeSource(viewer, exchangeId, values), done);
}

export async function removeCitationAction(locale: Locale, exchangeId: string, citationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const done = getWorkspaceMessages(locale).sources.removed;
  return changeInPlace(locale, exchangeId, formData, (viewer) => removeCitation(viewer, citationId), done);
}

export async function addClaimAction(locale: Locale, exchangeId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return changeAndReturn(locale, exchangeId, 'claims', formData, (viewer, values) => addClaim(viewer, exchangeId, values));
}

export async function acceptClaimAction(locale: Locale, exchangeId: string, claimId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const done = getWorkspaceMessages(locale).claims.acceptedDone;
  return changeInPlace(locale, exchangeId, formData, (viewer, values) => acceptClaim(viewer, claimId, values), done);
}

export async function leaveClaimDisputedAction(locale: Locale, exchangeId: string, field: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const done = getWorkspaceMessages(locale).claims.disputedDone;
  return changeInPlace(locale, exchangeId, formData, (viewer, values) => leaveClaimDisputed(viewer, exchangeId, { ...values, field }), done);
}

export async function deleteClaimAction(locale: Locale, exchangeId: string, claimId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const done = getWorkspaceMessages(locale).claims.removed;
  return changeInPlace(locale, exchangeId, formData, (viewer, values) => deleteClaim(viewer, claimId, values), done);
}

export async function restorePartAction(locale: Locale, revisionId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const result = await attempt(locale, formData, (viewer, values) => restoreDeletedPart(viewer, revisionId, values));
  if (!result.ok) return result.state;
  refresh(locale, result.value.exchangeId);
  redirect(restoredPath(locale, result.value));
}
