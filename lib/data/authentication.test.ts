import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';
import { beforeEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/password';
import { addPeerAddress, clientAddress, trustedProxies } from '../security/client-address';
import { setupTestDatabase } from '../testing/database';
import { authenticateWithPassword, currentAccess, endSession, sessionAccess, SignInRefused, signInLimits, startSession } from './authentication';

const database = setupTestDatabase();
const password = 'correct horse battery staple';

beforeEach(async () => {
  await database.db.user.create({ data: { email: 'staff@zibo.example', role: 'STAFF', passwordHash: await hashPassword(password) } });
});

const attempt = (email: string, pass: string, ip = '203.0.113.7') => authenticateWithPassword({ email, password: pass }, ip);

describe('authenticateWithPassword', () => {
  it('signs in with the right password, whatever the case of the address, and logs it', async () => {
    await expect(attempt('Staff@Zibo.example', password)).resolves.toMatchObject({ id: expect.any(String) });
    expect(await database.db.auditEvent.count({ where: { kind: 'SIGN_IN', subject: 'staff@zibo.example' } })).toBe(1);
  });

  it('gives a wrong address and a wrong password the same answer', async () => {
    await expect(attempt('nobody@zibo.example', password)).rejects.toMatchObject({ reason: 'invalid' });
    await expect(attempt('staff@zibo.example', 'wrong password')).rejects.toMatchObject({ reason: 'invalid' });
  });

  it('refuses even the right password after a handful of failures, for known and unknown addresses alike', async () => {
    for (let i = 0; i < signInLimits.perAccount; i++) {
      await expect(attempt('staff@zibo.example', `guess ${i}`)).rejects.toMatchObject({ reason: 'invalid' });
      await expect(attempt('nobody@zibo.example', `guess ${i}`, '198.51.100.1')).rejects.toMatchObject({ reason: 'invalid' });
    }
    await expect(attempt('staff@zibo.example', password)).rejects.toMatchObject({ reason: 'throttled' });
    await expect(attempt('nobody@zibo.example', password, '198.51.100.1')).rejects.toMatchObject({ reason: 'throttled' });
  });

  it('counts failures against the address of the connection, so a forged X-Forwarded-For does not dodge the limit', async () => {
    // The server's step before the app (scripts/serve.ts), then the sign-in, as over the network.
    const server = createServer(async (request, response) => {
      addPeerAddress(request);
      const address = clientAddress(request.headers['x-forwarded-for'] as string, trustedProxies({}));
      response.end(await authenticateWithPassword(JSON.parse(await text(request)), address).then(() => 'signed in', (error: SignInRefused) => error.reason));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const signIn = async (email: string, typed: string, forged: string) =>
      (await fetch(url, { method: 'POST', headers: { 'x-forwarded-for': forged }, body: JSON.stringify({ email, password: typed }) })).text();
    try {
      for (let i = 0; i < signInLimits.perAddress; i++) {
        expect(await signIn(`guess${i}@zibo.example`, 'guess', `198.51.100.${i}`)).toBe('invalid');
      }
      expect(await signIn('staff@zibo.example', password, '192.0.2.200')).toBe('throttled');
      expect(await database.db.auditEvent.count({ where: { kind: 'SIGN_IN_FAILED', ipAddress: '127.0.0.1' } })).toBe(signInLimits.perAddress + 1);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('says an account is disabled only to someone who knows its password, and ends its access at once', async () => {
    const user = await database.db.user.update({ where: { email: 'staff@zibo.example' }, data: { disabledAt: new Date() } });
    await expect(attempt('staff@zibo.example', 'wrong password')).rejects.toMatchObject({ reason: 'invalid' });
    await expect(attempt('staff@zibo.example', password)).rejects.toMatchObject({ reason: 'disabled' });
    expect(await currentAccess(user.id)).toBeNull();
  });

  it('reads a changed role afresh, so it applies on the next request', async () => {
    const user = await database.db.user.findUniqueOrThrow({ where: { email: 'staff@zibo.example' } });
    expect(await currentAccess(user.id)).toMatchObject({ role: 'STAFF' });
    await database.db.user.update({ where: { id: user.id }, data: { role: 'ADMIN' } });
    expect(await currentAccess(user.id)).toMatchObject({ role: 'ADMIN' });
  });

  it('refuses malformed input without touching the accounts', async () => {
    for (const input of [null, {}, { email: 'x'.repeat(400), password }, { email: 'staff@zibo.example', password: 'p'.repeat(2000) }]) {
      await expect(authenticateWithPassword(input, null)).rejects.toMatchObject({ reason: 'invalid' });
    }
  });
});

describe('sessions', () => {
  const limits = { idleMinutes: 60, lifetimeHours: 3 };
  const at = (minutes: number) => new Date(Date.UTC(2026, 2, 2, 1, 0) + minutes * 60_000);
  const staffId = async () => (await database.db.user.findUniqueOrThrow({ where: { email: 'staff@zibo.example' } })).id;

  it('lets a session through only for the account that opened it', async () => {
    const userId = await staffId();
    const sessionId = await startSession(userId, at(0), limits);
    expect(await sessionAccess(sessionId, userId, at(1), limits)).toMatchObject({ id: userId, role: 'STAFF' });
    const other = await database.db.user.create({ data: { email: 'other@zibo.example' } });
    expect(await sessionAccess(sessionId, other.id, at(1), limits)).toBeNull();
    expect(await sessionAccess('not-a-session', userId, at(1), limits)).toBeNull();
  });

  it('signing out ends that session for every copy of its cookie, and leaves the other browsers signed in', async () => {
    const userId = await staffId();
    const office = await startSession(userId, at(0), limits);
    const laptop = await startSession(userId, at(0), limits);
    await endSession(userId, office);
    expect(await sessionAccess(office, userId, at(1), limits)).toBeNull();
    expect(await sessionAccess(laptop, userId, at(1), limits)).toMatchObject({ id: userId });
    expect(await database.db.auditEvent.count({ where: { kind: 'SIGN_OUT', actorId: userId } })).toBe(1);
  });

  it('ends a session left unused for the idle time, counted from its last use', async () => {
    const userId = await staffId();
    const sessionId = await startSession(userId, at(0), limits);
    expect(await sessionAccess(sessionId, userId, at(59), limits)).not.toBeNull();
    expect(await sessionAccess(sessionId, userId, at(118), limits)).not.toBeNull();
    expect(await sessionAccess(sessionId, userId, at(178), limits)).toBeNull();
    expect(await database.db.session.count()).toBe(0);
  });

  it('ends a session at the end of its lifetime however busy it is', async () => {
    const userId = await staffId();
    const sessionId = await startSession(userId, at(0), limits);
    for (let minute = 30; minute < 180; minute += 30) expect(await sessionAccess(sessionId, userId, at(minute), limits)).not.toBeNull();
    expect(await sessionAccess(sessionId, userId, at(180), limits)).toBeNull();
  });

  it('marks a session used at most once a minute', async () => {
    const userId = await staffId();
    const sessionId = await startSession(userId, at(0), limits);
    const lastSeen = async () => (await database.db.session.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt;
    await sessionAccess(sessionId, userId, new Date(at(0).getTime() + 59_000), limits);
    expect(await lastSeen()).toEqual(at(0));
    await sessionAccess(sessionId, userId, at(1), limits);
    expect(await lastSeen()).toEqual(at(1));
  });

  it('clears away an account’s sessions that have run out when it signs in again', async () => {
    const userId = await staffId();
    const old = await startSession(userId, at(0), limits);
    const fresh = await startSession(userId, at(61), limits);
    expect((await database.db.session.findMany({ select: { id: true } })).map((s) => s.id)).toEqual([fresh]);
    expect(old).not.toBe(fresh);
  });

  it('refuses an open session of a disabled account', async () => {
    const userId = await staffId();
    const sessionId = await startSession(userId, at(0), limits);
    await database.db.user.update({ where: { id: userId }, data: { disabledAt: at(1) } });
    expect(await sessionAccess(sessionId, userId, at(2), limits)).toBeNull();
  });
});
