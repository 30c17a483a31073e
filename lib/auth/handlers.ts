import 'server-only';
import type { NextRequest } from 'next/server';
import { problemResponse, requestLocale } from '../open-data/respond';
import { handlers } from './config';

/** Whether next-auth can use a callback address: a path on this site or an http(s) address. */
function usableCallback(address: string | null | undefined, origin: string): boolean {
  if (!address) return true;
  try {
    return /^https?:$/.test(new URL(address, address.startsWith('/') ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

/**
 * What next-auth answers as a fault of its own: a callback address it cannot use, in the query (any
 * of them, since it reads the last) or in its cookie, is a 500; an error name that is not a word
 * cannot go into the address of the error page. Both are the request's fault, refused here as such.
 */
function unusable(request: NextRequest): boolean {
  const { searchParams, origin } = request.nextUrl;
  const cookies = request.cookies.getAll().filter(({ name }) => name.endsWith('authjs.callback-url'));
  const callbacks = [...searchParams.getAll('callbackUrl'), ...cookies.map(({ value }) => value)];
  return !callbacks.every((address) => usableCallback(address, origin)) || !searchParams.getAll('error').every((name) => /^\w*$/.test(name));
}

function refusingUnusable(handler: (request: NextRequest) => Promise<Response>) {
  return async (request: NextRequest): Promise<Response> => (unusable(request) ? problemResponse(400, 'INVALID', requestLocale(request)) : handler(request));
}

/** next-auth's own endpoints (/api/auth/session, /api/auth/callback/…), where next-auth expects them. */
export const GET = refusingUnusable(handlers.GET);
export const POST = refusingUnusable(handlers.POST);
