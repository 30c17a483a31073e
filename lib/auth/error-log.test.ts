import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { signInAction, signOutAction } from '../../app/[locale]/sign-in/actions';
import { getViewer } from '../data/current-viewer';
import { setupTestDatabase } from '../testing/database';
import { callRoute, callServerAction } from '../testing/next-request';
import { idleForm } from '../validation/form';
import { GET, POST } from './handlers';
import { hashPassword } from './password';

/* The server's error log is for faults; what any visitor can send is not one. */

const database = setupTestDatabase();
const errors = vi.spyOn(console, 'error');
const warnings = vi.spyOn(console, 'warn');

beforeEach(() => {
  errors.mockImplementation(() => undefined);
  warnings.mockImplementation(() => undefined);
});
afterEach(() => {
  errors.mockReset();
  warnings.mockReset();
});

it('logs no error for a refused password', async () => {
  await database.db.user.create({ data: { email: 'staff@example.org', role: 'STAFF', passwordHash: await hashPassword('correct horse battery staple') } });
  const form = new FormData();
  form.set('email', 'staff@example.org');
  form.set('password', 'a wrong password');
  const { outcome } = await callServerAction({ path: '/en/sign-in' }, () => signInAction('en', idleForm, form));
  expect(outcome).toMatchObject({ kind: 'returned', value: { status: 'error' } });
  expect(errors).not.toHaveBeenCalled();
});

it('reads a session cookie it cannot read as signed out, with a one-line warning rather than an error', async () => {
  const cookie = 'authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..forged.forged.forged';
  expect((await callServerAction({ path: '/en/manage', cookie }, () => getViewer())).outcome).toEqual({ kind: 'returned', value: { kind: 'anonymous' } });
  expect((await callServerAction({ path: '/en/manage', cookie }, () => signOutAction('en'))).outcome).toMatchObject({ kind: 'redirected' });
  expect(errors).not.toHaveBeenCalled();
  expect(warnings).toHaveBeenCalledTimes(2);
});

it('logs a request for an unknown address or provider, one called the wrong way, or one without its CSRF token, as one line rather than an error', async () => {
  expect((await callRoute({ path: '/api/auth/nothing-here', method: 'GET' }, GET)).status).toBe(400);
  expect((await callRoute({ path: '/api/auth/signin/nobody', method: 'GET' }, GET)).status).toBe(302);
  expect((await callRoute({ path: '/api/auth/callback/credentials', method: 'GET' }, GET)).status).toBe(302);
  expect((await callRoute({ path: '/api/auth/callback/credentials', method: 'POST', body: 'email=a%40b.c' }, POST)).status).toBe(302);
  expect(errors).not.toHaveBeenCalled();
  expect(warnings).toHaveBeenCalledTimes(4);
});
