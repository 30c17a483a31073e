import { actionAsyncStorage } from 'next/dist/server/app-render/action-async-storage.external';
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external';
import { workUnitAsyncStorage } from 'next/dist/server/app-render/work-unit-async-storage.external';
import { createRequestStoreForAPI } from 'next/dist/server/async-storage/request-store';
import { createWorkStore } from 'next/dist/server/async-storage/work-store';
import { getAccessFallbackHTTPStatus, isHTTPAccessFallbackError } from 'next/dist/client/components/http-access-fallback/http-access-fallback';
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { getURLFromRedirectError } from 'next/dist/client/components/redirect';
import { NextRequest } from 'next/server';

/*
 * Server actions and route handlers run as Next runs them: inside the request's storage (so auth()
 * reads the session cookie from headers(), signIn() sets cookies, revalidatePath() records what to
 * refresh), and with redirect() and notFound() read as Next reads them. Only the page rendering
 * around them is left out. Needs ./next-environment.ts loaded first, as the test setup does.
 */

export const testOrigin = 'http://localhost:3000';

export interface RequestParts {
  /** The address the request was sent to (a page's, for an action), relative to the test origin. */
  path: string;
  method?: string;
  /** The Cookie header: a signed-in session, or anything a client might send. */
  cookie?: string;
  headers?: Record<string, string>;
  body?: BodyInit;
}

/** How Next answers what a server action or route handler did. */
export type Outcome<T> =
  | { kind: 'returned'; value: T }
  | { kind: 'redirected'; location: string }
  /** notFound(), forbidden(), unauthorized(): Next renders that page with this status. */
  | { kind: 'http-error'; status: number }
  /** Anything else thrown: Next answers 500. */
  | { kind: 'threw'; error: unknown };

export interface Exchange<T> {
  outcome: Outcome<T>;
  /** The Set-Cookie headers the answer carries. */
  setCookies: string[];
}

function nextRequest({ path, method = 'POST', cookie, headers = {}, body }: RequestParts): NextRequest {
  const url = new URL(path, testOrigin);
  // Next adds these to every request it serves; next-auth builds its own addresses from them.
  const forwarded = { host: url.host, 'x-forwarded-host': url.host, 'x-forwarded-proto': url.protocol.slice(0, -1) };
  return new NextRequest(url, { method, headers: { ...forwarded, ...(cookie ? { cookie } : {}), ...headers }, body });
}

/** Runs `work` inside the request: in an action's phase, where cookies may be set and paths revalidated. */
async function inRequest<T>(request: NextRequest, page: string, work: () => Promise<T>): Promise<Exchange<T>> {
  let setCookies: string[] = [];
  const requestStore = createRequestStoreForAPI(
    request as never,
    request.nextUrl as never,
    undefined as never,
    (cookies: string[]) => {
      setCookies = cookies;
    },
    undefined,
    undefined,
  );
  const workStore = createWorkStore({
    page,
    // revalidatePath() needs a cache to mark; what it marks is not under test here.
    renderOpts: { incrementalCache: {}, experimental: {}, cacheLifeProfiles: {} } as never,
    isPrefetchRequest: false,
    buildId: 'test',
    deploymentId: 'test',
    previouslyRevalidatedTags: [],
  });
  const outcome = await actionAsyncStorage.run({ isAction: true } as never, () =>
    workUnitAsyncStorage.run(requestStore, () => workAsyncStorage.run(workStore, () => settle(work))),
  );
  return { outcome, setCookies };
}

async function settle<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { kind: 'returned', value: await work() };
  } catch (error) {
    if (isRedirectError(error)) return { kind: 'redirected', location: getURLFromRedirectError(error) };
    if (isHTTPAccessFallbackError(error)) return { kind: 'http-error', status: getAccessFallbackHTTPStatus(error) };
    return { kind: 'threw', error };
  }
}

/** Calls a server action as a form on `page` (e.g. '/zh/manage') posts to it. */
export function callServerAction<T>(request: Omit<RequestParts, 'method' | 'body'>, action: () => Promise<T>): Promise<Exchange<T>> {
  return inRequest(nextRequest({ ...request, method: 'POST' }), request.path, action);
}

/** Calls a route handler with a request; `page` is the route's file path under app/ (for Next's bookkeeping). */
export async function callRoute(
  request: RequestParts,
  handler: (request: NextRequest) => Promise<Response>,
): Promise<{ status: number; headers: Headers; body: string }> {
  const incoming = nextRequest(request);
  const { outcome } = await inRequest(incoming, `${incoming.nextUrl.pathname}/route`, () => handler(incoming));
  switch (outcome.kind) {
    case 'returned':
      try {
        // The whole body, so that a download failing part-way shows here too.
        return { status: outcome.value.status, headers: outcome.value.headers, body: await outcome.value.text() };
      } catch (error) {
        // The status was sent before the body broke off; a client gets a truncated file, as bad as a 500.
        return { status: 500, headers: outcome.value.headers, body: String(error) };
      }
    case 'redirected':
      return { status: 307, headers: new Headers({ location: outcome.location }), body: '' };
    case 'http-error':
      return { status: outcome.status, headers: new Headers(), body: '' };
    case 'threw':
      return { status: 500, headers: new Headers(), body: String(outcome.error) };
  }
}

/** The Cookie header a browser would send back after these Set-Cookie headers. */
export function cookieHeader(setCookies: readonly string[]): string {
  return setCookies.map((cookie) => cookie.split(';')[0]).join('; ');
}
