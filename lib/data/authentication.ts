import 'server-only';
import { z } from 'zod';
import { decoyHash, verifyPassword } from '../auth/password';
import { sessionLimits } from '../auth/session-limits';
import { getDb } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import { isId } from './validate';

/** How many wrong passwords an address or a network address may try before it has to wait. */
export const signInLimits = { perAccount: 5, perAddress: 20, windowMinutes: 15 } as const;

export type SignInRefusal = 'invalid' | 'throttled' | 'disabled';

export class SignInRefused extends Error {
  constructor(readonly reason: SignInRefusal) {
    super(`Sign-in refused: ${reason}`);
  }
}

const credentials = z.object({
  email: z.string().trim().toLowerCase().min(3).max(320),
  password: z.string().min(1).max(1000),
});

/**
 * Checks an email and password. Every attempt is written to the audit log, and the log is what
 * throttles: after a handful of failures for one address (or many from one network address) within
 * the window, further attempts are refused until it has passed, even with the right password. The
 * counts live in the database, so they hold across restarts and across several app instances.
 * A wrong address and a wrong password get the same answer after the same work.
 */
export async function authenticateWithPassword(input: unknown, ipAddress: string | null): Promise<{ id: string }> {
  const parsed = credentials.safeParse(input);
  if (!parsed.success) throw new SignInRefused('invalid');
  const { email, password } = parsed.data;
  const db = await getDb();

  const since = new Date(Date.now() - signInLimits.windowMinutes * 60_000);
  const lastSuccess = await db.auditEvent.findFirst({
    where: { kind: 'SIGN_IN', subject: email, createdAt: { gte: since } },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  const [accountFailures, addressFailures] = await Promise.all([
    db.auditEvent.count({ where: { kind: 'SIGN_IN_FAILED', subject: email, createdAt: { gte: lastSuccess?.createdAt ?? since } } }),
    ipAddress ? db.auditEvent.count({ where: { kind: 'SIGN_IN_FAILED', ipAddress, createdAt: { gte: since } } }) : 0,
  ]);
  const fail = async (reason: SignInRefusal, actorId: string | null = null): Promise<never> => {
    await db.auditEvent.create({ data: { kind: 'SIGN_IN_FAILED', subject: email, actorId, ipAddress, detail: { reason } } });
    throw new SignInRefused(reason);
  };
  if (accountFailures >= signInLimits.perAccount || addressFailures >= signInLimits.perAddress) {
    return fail('throttled');
  }

  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, disabledAt: true } });
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  if (!user?.passwordHash || !matches) return fail('invalid', user?.id ?? null);
  // Said only to someone who knows the password, so it reveals nothing to a guesser.
  if (user.disabledAt) return fail('disabled', user.id);

  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } }),
    db.auditEvent.create({ data: { kind: 'SIGN_IN', subject: email, actorId: user.id, ipAddress } }),
  ]);
  return { id: user.id };
}

/**
 * Signing in through the city's identity provider: only an enabled account whose email the provider
 * has verified may sign in this way; nobody gets an account by merely having one at the provider.
 * The provider's account is linked on first use.
 */
export async function authenticateWithIdentityProvider(
  provider: string,
  providerAccountId: string,
  profile: { email?: string | null; email_verified?: boolean | null },
): Promise<{ id: string } | null> {
  const db = await getDb();
  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider, providerAccountId } },
    select: { user: { select: { id: true, disabledAt: true, email: true } } },
  });
  const email = profile.email?.trim().toLowerCase();
  const user =
    linked?.user ??
    (email && profile.email_verified !== false
      ? await db.user.findUnique({ where: { email }, select: { id: true, disabledAt: true, email: true } })
      : null);
  if (!user || user.disabledAt) {
    await db.auditEvent.create({ data: { kind: 'SIGN_IN_FAILED', subject: email ?? `${provider}:${providerAccountId}`, detail: { provider } } });
    return null;
  }
  await db.$transaction([
    ...(linked ? [] : [db.account.create({ data: { userId: user.id, type: 'oidc', provider, providerAccountId } })]),
    db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } }),
    db.auditEvent.create({ data: { kind: 'SIGN_IN', subject: user.email, actorId: user.id, detail: { provider } } }),
  ]);
  return { id: user.id };
}

const accessSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabledAt: true,
  cities: { select: { cityId: true } },
} as const satisfies Prisma.UserSelect;

function accessOf(user: Prisma.UserGetPayload<{ select: typeof accessSelect }> | null) {
  if (!user || user.disabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, cityIds: user.cities.map((c) => c.cityId) };
}

/** What an account may do now, or null when it has been disabled or deleted. */
export async function currentAccess(userId: string) {
  const db = await getDb();
  return accessOf(await db.user.findUnique({ where: { id: userId }, select: accessSelect }));
}

const minuteMs = 60_000;

/** Sessions are marked used at most once a minute, so reading one is not a write on every request. */
const sessionTouchMs = minuteMs;

/** The sessions still open at `now`: used within the idle time, and begun within the lifetime. */
export function openSessions(now = new Date(), limits = sessionLimits()) {
  return {
    lastSeenAt: { gt: new Date(now.getTime() - limits.idleMinutes * minuteMs) },
    createdAt: { gt: new Date(now.getTime() - limits.lifetimeHours * 60 * minuteMs) },
  } satisfies Prisma.SessionWhereInput;
}

/**
 * Opens a session for an account that has just signed in, and returns its id for the session cookie.
 * The account's sessions that have run out are cleared away at the same time.
 */
export async function startSession(userId: string, now = new Date(), limits = sessionLimits()): Promise<string> {
  const db = await getDb();
  const [, session] = await db.$transaction([
    db.session.deleteMany({ where: { userId, NOT: openSessions(now, limits) } }),
    db.session.create({ data: { userId, createdAt: now, lastSeenAt: now }, select: { id: true } }),
  ]);
  return session.id;
}

/**
 * What the account signed in with this session may do now, read afresh on every request, or null
 * when the session has ended (signed out, ended by an admin or a new password, unused for too long,
 * too old) or the account is disabled or gone. A session that has run out is deleted.
 */
export async function sessionAccess(sessionId: string, userId: string, now = new Date(), limits = sessionLimits()) {
  if (!isId(sessionId)) return null;
  const db = await getDb();
  const session = await db.session.findFirst({
    where: { id: sessionId, userId, ...openSessions(now, limits) },
    select: { lastSeenAt: true, user: { select: accessSelect } },
  });
  if (!session) {
    await db.session.deleteMany({ where: { id: sessionId, userId, NOT: openSessions(now, limits) } });
    return null;
  }
  const access = accessOf(session.user);
  if (access && now.getTime() - session.lastSeenAt.getTime() >= sessionTouchMs) {
    await db.session.updateMany({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  return access;
}

/** Signing out ends this session only: the account's sessions in other browsers stay open. */
export async function endSession(userId: string, sessionId: string | null): Promise<void> {
  const db = await getDb();
  await db.$transaction([
    ...(sessionId && isId(sessionId) ? [db.session.deleteMany({ where: { id: sessionId, userId } })] : []),
    db.auditEvent.create({ data: { kind: 'SIGN_OUT', actorId: userId } }),
  ]);
}
