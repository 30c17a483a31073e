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
import { restoreDeletedPart } from '@/lib/data/deleted-records';
import { addPart, deletePart, type PartKindName, recordProgress, updatePart } from '@/lib/data/exchange-parts';
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

export async function recordProgressAction(
  locale: Locale,
  exchangeId: string,
  itemId: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const result = await attempt(locale, formData, (viewer, values) => recordProgress(viewer, itemId, values));
  if (!result.ok) return result.state;
  refresh(locale, exchangeId);
  return formSuccess(getWorkspaceMessages(locale).progress.recorded);
}

export async function restorePartAction(locale: Locale, revisionId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const result = await attempt(locale, formData, (viewer, values) => restoreDeletedPart(viewer, revisionId, values));
  if (!result.ok) return result.state;
  refresh(locale, result.value.exchangeId);
  redirect(restoredPath(locale, result.value));
}
