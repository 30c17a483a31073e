import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { callRoute, cookieHeader } from '../testing/next-request';
import { GET, POST } from './handlers';

/* next-auth's endpoints answer what a client gets wrong as the client's fault: never a 500. */

setupTestDatabase();

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

it('refuses a callback address it cannot use, in the query or in its cookie, as a bad request', async () => {
  for (const path of ['/api/auth/session?callbackUrl=x', '/api/auth/providers?callbackUrl=javascript%3Aalert(1)', '/api/auth/csrf?callbackUrl=%00']) {
    const answer = await callRoute({ path, method: 'GET' }, GET);
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  }
  // next-auth reads the last of several.
  expect((await callRoute({ path: '/api/auth/session?callbackUrl=%2Fzh&callbackUrl=javascript%3Aalert(1)', method: 'GET' }, GET)).status).toBe(400);
  const cookie = 'authjs.callback-url=javascript%3Aalert(1)';
  expect((await callRoute({ path: '/api/auth/session', method: 'GET', cookie }, GET)).status).toBe(400);
  expect((await callRoute({ path: '/api/auth/session?callbackUrl=%2Fzh%2Fmanage', method: 'GET' }, GET)).status).toBe(200);
});

it('goes to the site’s home after signing out when the address asked for is not one', async () => {
  const csrf = await callRoute({ path: '/api/auth/csrf', method: 'GET' }, GET);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  for (const callbackUrl of ['\u0000', 'https://evil.example/', '//evil.example']) {
    const answer = await callRoute(
      {
        path: '/api/auth/signout',
        method: 'POST',
        cookie: cookieHeader(csrf.headers.getSetCookie()),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ csrfToken, callbackUrl }).toString(),
      },
      POST,
    );
    expect(answer.headers.get('location')).toBe('http://localhost:3000');
  }
  expect(console.error).not.toHaveBeenCalled();
});

it('refuses an error name that is not a word, which next-auth would put in the error page’s address as it is', async () => {
  expect((await callRoute({ path: '/api/auth/error?error=%E6%B7%84%E5%8D%9A', method: 'GET' }, GET)).status).toBe(400);
  expect((await callRoute({ path: '/api/auth/error?error=AccessDenied', method: 'GET' }, GET)).headers.get('location')).toBe('/zh/sign-in?error=AccessDenied');
  expect(console.error).not.toHaveBeenCalled();
});
