import 'server-only';
import { z } from 'zod';
import { hashPassword } from '../auth/password';
import { getDb } from '../db/client';
import { AppError } from '../errors';
import type { Prisma } from '../generated/prisma/client';
import type { AuditEventKind } from '../generated/prisma/enums';
import { accountChange, newAccount, passwordChange } from '../validation/schemas/account';
import { actorIdOf, requireAdmin } from './access';
import { openSessions } from './authentication';
import { inTransaction, type Tx } from './mutation';
import { listCityChoices } from './workspace';
import { isId, parseInput } from './validate';
import type { Viewer } from './viewer';

/*
 * Accounts are managed by admins only. Every change is written to the audit log. Staff rights are a
 * role plus cities; the session reads them afresh on every request (lib/auth/config.ts), so a change
 * here applies to a signed-in person's next click.
 */

const accountSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabledAt: true,
  lastSignInAt: true,
  version: true,
  createdAt: true,
  cities: { select: { city: { select: { id: true, slug: true, nameZh: true, nameEn: true } } } },
} as const;

function audit(tx: Tx, viewer: Viewer, kind: AuditEventKind, subject: string, detail?: Prisma.InputJsonObject) {
  return tx.auditEvent.create({ data: { kind, actorId: actorIdOf(viewer), subject, detail } });
}

export async function listAccounts(viewer: Viewer) {
  requireAdmin(viewer);
  const db = await getDb();
  const accounts = await db.user.findMany({ orderBy: [{ disabledAt: { sort: 'asc', nulls: 'first' } }, { email: 'asc' }], select: accountSelect });
  return accounts.map(({ cities, ...account }) => ({ ...account, cities: cities.map((c) => c.city) }));
}

export async function getAccount(viewer: Viewer, accountId: string) {
  requireAdmin(viewer);
  const db = await getDb();
  const account = isId(accountId)
    ? await db.user.findUnique({
        where: { id: accountId },
        select: { ...accountSelect, _count: { select: { sessions: { where: openSessions() } } } },
      })
    : null;
  if (!account) throw new AppError('NOT_FOUND', `No account ${accountId}`);
  const { _count, cities, ...rest } = account;
  return { ...rest, openSessions: _count.sessions, cities: cities.map((c) => c.city) };
}

/** The cities an account can be given, for the account forms. */
export async function listAccountCityChoices(viewer: Viewer) {
  requireAdmin(viewer);
  return listCityChoices(viewer);
}

async function checkCities(tx: Tx, cityIds: readonly string[]) {
  const found = await tx.city.count({ where: { id: { in: [...cityIds] } } });
  if (found !== new Set(cityIds).size) throw new AppError('NOT_FOUND', 'Unknown city');
}

export async function createAccount(viewer: Viewer, input: unknown): Promise<{ id: string; email: string }> {
  requireAdmin(viewer);
  const account = parseInput(newAccount, input);
  const passwordHash = await hashPassword(account.password);
  return inTransaction(viewer, async (tx) => {
    if (await tx.user.findUnique({ where: { email: account.email }, select: { id: true } })) {
      throw new AppError('CONFLICT', `Account ${account.email} exists`, { reason: 'emailTaken' });
    }
    await checkCities(tx, account.cityIds);
    const user = await tx.user.create({
      data: {
        email: account.email,
        name: account.name,
        role: account.role,
        passwordHash,
        cities: { create: account.cityIds.map((cityId) => ({ cityId })) },
      },
    });
    await audit(tx, viewer, 'ACCOUNT_CREATED', user.email, { role: user.role, cityIds: account.cityIds });
    return { id: user.id, email: user.email };
  });
}

/**
 * Refuses a change that would leave nobody able to manage accounts. The enabled admins stay locked
 * until the transaction ends: two admins taking each other's rights at once take turns, and the
 * second finds the first already gone.
 */
async function keepAnAdmin(tx: Tx, accountId: string) {
  const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM "User" WHERE role = 'ADMIN' AND "disabledAt" IS NULL ORDER BY id FOR UPDATE`;
  if (!admins.some((admin) => admin.id !== accountId)) throw new AppError('CONFLICT', 'Last admin', { reason: 'lastAdmin' });
}

export async function updateAccount(viewer: Viewer, accountId: string, input: unknown): Promise<void> {
  requireAdmin(viewer);
  const change = parseInput(accountChange, input);
  await inTransaction(viewer, async (tx) => {
    const current = isId(accountId) ? await tx.user.findUnique({ where: { id: accountId } }) : null;
    if (!current) throw new AppError('NOT_FOUND', `No account ${accountId}`);
    if (current.role === 'ADMIN' && change.role !== 'ADMIN' && !current.disabledAt) await keepAnAdmin(tx, accountId);
    await checkCities(tx, change.cityIds);
    const { count } = await tx.user.updateMany({
      where: { id: accountId, version: change.version },
      data: { name: change.name, role: change.role, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError('CONFLICT', `Account ${accountId} changed`);
    await tx.userCity.deleteMany({ where: { userId: accountId } });
    await tx.userCity.createMany({ data: change.cityIds.map((cityId) => ({ userId: accountId, cityId })) });
    await audit(tx, viewer, 'ACCOUNT_CHANGED', current.email, { role: { from: current.role, to: change.role }, cityIds: change.cityIds });
  });
}

/** A page binds whether its button disables or enables, and the browser sends that back: only true or false says which. */
const disabling = z.object({ disabled: z.boolean() });

/**
 * Disabling takes effect on the person's next request: their session is checked against this. It also
 * ends their sessions, so enabling the account again does not bring an old cookie back to life.
 */
export async function setAccountDisabled(viewer: Viewer, accountId: string, disable: boolean): Promise<void> {
  requireAdmin(viewer);
  const { disabled } = parseInput(disabling, { disabled: disable });
  await inTransaction(viewer, async (tx) => {
    const current = isId(accountId) ? await tx.user.findUnique({ where: { id: accountId } }) : null;
    if (!current) throw new AppError('NOT_FOUND', `No account ${accountId}`);
    if (disabled && current.role === 'ADMIN') await keepAnAdmin(tx, accountId);
    await tx.user.update({ where: { id: accountId }, data: { disabledAt: disabled ? new Date() : null, version: { increment: 1 } } });
    if (disabled) await tx.session.deleteMany({ where: { userId: accountId } });
    await audit(tx, viewer, disabled ? 'ACCOUNT_DISABLED' : 'ACCOUNT_CHANGED', current.email, { disabled });
  });
}

/**
 * Signs an account out everywhere, leaving it enabled: each of its browsers finds itself signed out
 * on its next request, and the person can sign in again. Returns how many sessions were open.
 */
export async function endAccountSessions(viewer: Viewer, accountId: string): Promise<number> {
  requireAdmin(viewer);
  return inTransaction(viewer, async (tx) => {
    const current = isId(accountId) ? await tx.user.findUnique({ where: { id: accountId }, select: { email: true } }) : null;
    if (!current) throw new AppError('NOT_FOUND', `No account ${accountId}`);
    const { count } = await tx.session.deleteMany({ where: { userId: accountId } });
    await audit(tx, viewer, 'SESSIONS_ENDED', current.email, { sessions: count });
    return count;
  });
}

/**
 * A new password ends the account's sessions, all but the one setting it when admins set their own:
 * whoever signed in with the old one is signed out.
 */
export async function setAccountPassword(viewer: Viewer, accountId: string, input: unknown): Promise<void> {
  requireAdmin(viewer);
  const { password } = parseInput(passwordChange, input);
  const passwordHash = await hashPassword(password);
  await inTransaction(viewer, async (tx) => {
    const current = isId(accountId) ? await tx.user.findUnique({ where: { id: accountId }, select: { email: true } }) : null;
    if (!current) throw new AppError('NOT_FOUND', `No account ${accountId}`);
    await tx.user.update({ where: { id: accountId }, data: { passwordHash, version: { increment: 1 } } });
    const ownSession = viewer.kind === 'user' && viewer.id === accountId ? viewer.sessionId : undefined;
    const { count } = await tx.session.deleteMany({ where: { userId: accountId, ...(ownSession ? { id: { not: ownSession } } : {}) } });
    await audit(tx, viewer, 'ACCOUNT_CHANGED', current.email, { password: 'changed', sessions: count });
  });
}
