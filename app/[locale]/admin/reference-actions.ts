'use server';

import type { Route } from 'next';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createCity, deleteCity, updateCity } from '@/lib/data/cities';
import { createOrganization, deleteOrganization, updateOrganization } from '@/lib/data/organizations';
import { addPersonRole, createPerson, deletePerson, deletePersonRole, dismissMergeProposal, mergePeople, updatePerson, updatePersonRole } from '@/lib/data/people';
import type { Viewer } from '@/lib/data/viewer';
import { AppError } from '@/lib/errors';
import { attempt, boundText } from '@/lib/forms/respond';
import { type Locale, localeOf } from '@/lib/i18n/locales';
import { getReferenceMessages } from '@/lib/i18n/reference-messages';
import { type FormState, formSuccess, type FormValues } from '@/lib/validation/form';

/*
 * Every export here is a public endpoint: each hands the submission to lib/data, which checks that
 * the viewer is an admin and that the input is sound. Locale, kind and ids are bound when the page
 * renders, but come back from the browser with the form: the locale is read through localeOf, and
 * an unknown kind or id names no entry.
 */

const referenceKinds = {
  cities: { create: createCity, update: updateCity, remove: deleteCity },
  organizations: { create: createOrganization, update: updateOrganization, remove: deleteOrganization },
  people: { create: createPerson, update: updatePerson, remove: deletePerson },
} as const;
/** The kinds of reference entry, named as in their addresses (/admin/cities). */
export type ReferenceKind = keyof typeof referenceKinds;

function writerOf(kind: string) {
  if (!Object.hasOwn(referenceKinds, kind)) throw new AppError('NOT_FOUND', `No kind of entry ${kind}`);
  return referenceKinds[kind as ReferenceKind];
}

const entryPath = (locale: Locale, kind: ReferenceKind, id?: string) => `/${locale}/admin/${kind}${id ? `/${id}` : ''}` as Route;

/** Reference entries appear in the workspace's forms as well as here. */
function refresh(locale: Locale) {
  revalidatePath(`/${locale}/admin`, 'layout');
  revalidatePath(`/${locale}/manage`, 'layout');
}

type Work<T> = (viewer: Viewer, values: FormValues) => Promise<T>;

/** Runs a change; on success refreshes and goes to `destination` (or says so in place when there is none). */
async function change<T>(locale: Locale, formData: FormData, work: Work<T>, destination?: (value: T) => Route): Promise<FormState> {
  const result = await attempt(locale, formData, work);
  if (!result.ok) return result.state;
  refresh(locale);
  if (destination) redirect(destination(result.value));
  return formSuccess(getReferenceMessages(locale).common.saved);
}

export async function createReferenceAction(locale: Locale, kind: ReferenceKind, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  return change(locale, formData, (viewer, values) => writerOf(boundText(kind)).create(viewer, values), ({ id }) => entryPath(locale, kind, id));
}

export async function updateReferenceAction(
  locale: Locale,
  kind: ReferenceKind,
  id: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  locale = localeOf(locale);
  return change(locale, formData, (viewer, values) => writerOf(boundText(kind)).update(viewer, boundText(id), values));
}

export async function deleteReferenceAction(
  locale: Locale,
  kind: ReferenceKind,
  id: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  locale = localeOf(locale);
  return change(locale, formData, (viewer, values) => writerOf(boundText(kind)).remove(viewer, boundText(id), values), () => entryPath(locale, kind));
}

const postsOf = (locale: Locale, personId: string) => `${entryPath(locale, 'people', personId)}#posts` as Route;

export async function addPersonRoleAction(locale: Locale, personId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  return change(locale, formData, (viewer, values) => addPersonRole(viewer, boundText(personId), values), () => postsOf(locale, personId));
}

export async function updatePersonRoleAction(locale: Locale, roleId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  return change(locale, formData, (viewer, values) => updatePersonRole(viewer, boundText(roleId), values), ({ personId }) => postsOf(locale, personId));
}

export async function deletePersonRoleAction(locale: Locale, roleId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  return change(locale, formData, (viewer, values) => deletePersonRole(viewer, boundText(roleId), values), ({ personId }) => postsOf(locale, personId));
}

/** The entry whose page the merge was started from is the one kept. */
export async function mergePeopleAction(locale: Locale, keepId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  return change(
    locale,
    formData,
    (viewer, values) => mergePeople(viewer, { ...values, keepId }),
    () => `${entryPath(locale, 'people', keepId)}?merged=1` as Route,
  );
}

/** An admin decides that the two entries a proposal names are two people. */
export async function dismissMergeProposalAction(locale: Locale, proposalId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  locale = localeOf(locale);
  const result = await attempt(locale, formData, (viewer) => dismissMergeProposal(viewer, boundText(proposalId)));
  if (!result.ok) return result.state;
  refresh(locale);
  return formSuccess(getReferenceMessages(locale).people.proposals.dismissed);
}
