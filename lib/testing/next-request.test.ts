import { notFound, redirect } from 'next/navigation';
import { expect, it } from 'vitest';
import { signInAction } from '../../app/[locale]/sign-in/actions';
import { hashPassword } from '../auth/password';
import { getViewer } from '../data/current-viewer';
import { idleForm } from '../validation/form';
import { setupTestDatabase } from './database';
import { callRoute, callServerAction, cookieHeader } from './next-request';

const database = setupTestDatabase();

it('signs in through the sign-in action and reads the session from the cookie it set', async () => {
  const admin = await database.db.user.create({ data: { email: 'admin@example.org', role: 'ADMIN', passwordHash: await hashPassword('correct horse battery staple') } });
  const form = new FormData();
  form.set('email', 'admin@example.org');
  form.set('password', 'correct horse battery staple');
  const signedIn = await callServerAction({ path: '/en/sign-in' }, () => signInAction('en', idleForm, form));
  expect(signedIn.outcome).toEqual({ kind: 'redirected', location: 'http://localhost:3000/en/manage' });

  const cookie = cookieHeader(signedIn.setCookies);
  expect((await callServerAction({ path: '/en/manage', cookie }, () => getViewer())).outcome).toMatchObject({ kind: 'returned', value: { id: admin.id, role: 'ADMIN' } });
  expect((await callServerAction({ path: '/en/manage' }, () => getViewer())).outcome).toEqual({ kind: 'returned', value: { kind: 'anonymous' } });
});

it('reads redirect() and notFound() as Next does, and anything else thrown as a 500', async () => {
  expect((await callServerAction({ path: '/zh' }, async () => redirect('/zh/manage'))).outcome).toEqual({ kind: 'redirected', location: '/zh/manage' });
  expect((await callServerAction({ path: '/zh' }, async () => notFound())).outcome).toEqual({ kind: 'http-error', status: 404 });
  const answer = await callRoute({ path: '/api/broken', method: 'GET' }, async () => {
    throw new Error('broken');
  });
  expect(answer.status).toBe(500);
});
