import { beforeEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/password';
import { setupTestDatabase } from '../testing/database';
import { authenticateWithPassword, currentAccess, signInLimits } from './authentication';

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
