import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { isAdmin } from '../data/access';
import { getViewer } from '../data/current-viewer';
import type { UserViewer } from '../data/viewer';
import { isPartKind, type PartKindName } from '../data/exchange-parts';
import { AppError, isAppError } from '../errors';
import { isLocale, type Locale } from '../i18n/locales';

/**
 * The signed-in viewer of a workspace page, or a redirect to sign in. A convenience for the reader:
 * every read and write below checks the viewer's rights again in lib/data.
 */
export async function workspaceViewer(locale: string, returnTo: string): Promise<{ locale: Locale; viewer: UserViewer }> {
  if (!isLocale(locale)) notFound();
  const viewer = await getViewer();
  if (viewer.kind !== 'user') redirect(`/${locale}/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  return { locale, viewer };
}

export type AdminPageViewer = { ok: true; locale: Locale; viewer: UserViewer } | { ok: false; locale: Locale; refusal: AppError };

/**
 * The signed-in admin of an admin page. Anyone else signed in is told the page is for administrators
 * (lib/data refuses them in any case); visitors are sent to sign in.
 */
export async function adminViewer(locale: string, returnTo: string): Promise<AdminPageViewer> {
  const signedIn = await workspaceViewer(locale, returnTo);
  if (!isAdmin(signedIn.viewer)) return { ok: false, locale: signedIn.locale, refusal: new AppError('FORBIDDEN', 'Administrators only') };
  return { ok: true, ...signedIn };
}

/** A search parameter as one string: the first when it is repeated, undefined when it is absent. */
export function searchParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function partKindOf(kind: string): PartKindName {
  if (!isPartKind(kind)) notFound();
  return kind;
}

/** A record the viewer may not open reads as missing, as it does on the public side. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (isAppError(error) && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) notFound();
    throw error;
  }
}

export type Explained<T> = { ok: true; value: T } | { ok: false; refusal: AppError };

/**
 * A read whose refusal the page explains rather than hides: a staff member who follows a link into
 * the admin section is told it is for administrators, a filter that cannot be one is named. A record
 * that is not there is "not found", as everywhere.
 */
export async function explainRefusal<T>(read: Promise<T>): Promise<Explained<T>> {
  try {
    return { ok: true, value: await read };
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === 'NOT_FOUND') notFound();
    return { ok: false, refusal: error };
  }
}
