import { beforeEach, expect, it } from 'vitest';
import { setAccountDisabledAction } from '../../app/[locale]/admin/accounts/actions';
import { createReferenceAction, deletePersonRoleAction, type ReferenceKind } from '../../app/[locale]/admin/reference-actions';
import { addPartAction, createExchangeAction, deletePartAction, removeCitationAction, workflowAction, type WorkflowStep } from '../../app/[locale]/manage/actions';
import type { PartKindName } from '../data/exchange-parts';
import { signInAction } from '../../app/[locale]/sign-in/actions';
import { hashPassword } from '../auth/password';
import type { Locale } from '../i18n/locales';
import { databaseFingerprint, setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { callServerAction, cookieHeader } from '../testing/next-request';
import { idleForm } from '../validation/form';

/*
 * What a page binds to a server action (the locale, ids, a kind of record) comes back from the
 * browser with the form, so a tampered value is bad input like any other: refused with a message,
 * never an error page.
 */

const database = setupTestDatabase();
const make = testFactories(() => database.db);
const password = 'correct horse battery staple';
const notFound = '找不到该记录，它可能已被移动或撤回。';
let cookie: string;
let exchangeId: string;

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  return data;
}

beforeEach(async () => {
  await database.db.user.create({ data: { email: 'admin@example.org', role: 'ADMIN', passwordHash: await hashPassword(password) } });
  const signedIn = await callServerAction({ path: '/zh/sign-in' }, () => signInAction('zh', idleForm, form({ email: 'admin@example.org', password })));
  cookie = cookieHeader(signedIn.setCookies);
  const [zibo, liuzhou] = [await make.city({ slug: 'zibo' }), await make.city({ slug: 'liuzhou' })];
  exchangeId = (await make.exchange(zibo.id, liuzhou.id, { publicationState: 'DRAFT' })).id;
});

/** Calls an action as the signed-in admin; it must answer with a form error, and change nothing. */
async function refused(action: () => Promise<unknown>) {
  const before = await databaseFingerprint(database.db);
  const { outcome } = await callServerAction({ path: '/zh/manage', cookie }, action);
  expect(await databaseFingerprint(database.db)).toBe(before);
  return outcome.kind === 'returned' ? outcome.value : outcome;
}

it('answers in the default language when the bound locale is not one of ours', async () => {
  for (const locale of ['fr', '__proto__', { toString: 'en' }, null]) {
    const { outcome } = await callServerAction({ path: '/zh/manage', cookie }, () => createExchangeAction(locale as Locale, idleForm, form({ titleEn: 'A visit' })));
    expect(outcome).toMatchObject({ kind: 'returned', value: { status: 'error', fieldErrors: { kind: '必填' } } });
  }
  const { outcome } = await callServerAction({ path: '/zh/sign-in' }, () =>
    signInAction('(' as Locale, idleForm, form({ email: 'admin@example.org', password, returnTo: '/(/manage' })),
  );
  expect(outcome).toEqual({ kind: 'redirected', location: 'http://localhost:3000/zh/manage' });
});

it('refuses a workflow step that is not one', async () => {
  for (const step of ['constructor', '__proto__', 'toString', 'publish ']) {
    expect(await refused(() => workflowAction('zh', exchangeId, step as WorkflowStep, idleForm, form({})))).toMatchObject({ status: 'error', message: notFound });
  }
});

it('reads an id or a kind that is not text as naming nothing', async () => {
  // What the browser can encode; the last breaks any template string it reaches.
  for (const tampered of [null, 7, ['zibo'], { id: exchangeId }, { toString: 'x' }] as unknown as string[]) {
    const answers = [
      await refused(() => workflowAction('zh', tampered, 'submit', idleForm, form({}))),
      await refused(() => addPartAction('zh', tampered as PartKindName, exchangeId, idleForm, form({}))),
      await refused(() => removeCitationAction('zh', tampered, idleForm, form({}))),
      await refused(() => createReferenceAction('zh', tampered as ReferenceKind, idleForm, form({}))),
    ];
    expect(answers).toEqual(answers.map(() => expect.objectContaining({ status: 'error', message: notFound })));
  }
});

it('goes back to the exchange or person a change was made to, which the data layer names, not the page', async () => {
  const event = await database.db.event.create({ data: { exchangeId, kind: 'MEETING', titleZh: '会见', titleEn: 'Meeting', originalLanguage: 'zh', translation: 'HUMAN' } });
  const deleted = await callServerAction({ path: '/zh/manage', cookie }, () => deletePartAction('zh', 'event', event.id, idleForm, form({ version: '1' })));
  expect(deleted.outcome).toEqual({ kind: 'redirected', location: `/zh/manage/exchanges/${exchangeId}#event` });

  const person = await database.db.person.create({ data: { nameZh: '赵庆文', roles: { create: [{ titleZh: '市长', titleEn: 'Mayor' }] } }, include: { roles: true } });
  const removed = await callServerAction({ path: '/zh/admin', cookie }, () => deletePersonRoleAction('zh', person.roles[0]!.id, idleForm, form({ version: '1' })));
  expect(removed.outcome).toEqual({ kind: 'redirected', location: `/zh/admin/people/${person.id}#posts` });
});

it('disables or enables an account only when told so with true or false', async () => {
  const staff = await make.account('STAFF');
  for (const tampered of ['false', '\u0000', 1, null] as unknown as boolean[]) {
    expect(await refused(() => setAccountDisabledAction('zh', staff.id, tampered, idleForm, form({})))).toMatchObject({ status: 'error' });
  }
  await callServerAction({ path: '/zh/admin', cookie }, () => setAccountDisabledAction('zh', staff.id, true, idleForm, form({})));
  expect(await database.db.user.findUniqueOrThrow({ where: { id: staff.id } })).toMatchObject({ disabledAt: expect.any(Date) });
});
