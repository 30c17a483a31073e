import { beforeEach, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import type { UserViewer } from './viewer';
import { endAccountSessions, getAccount, setAccountDisabled, setAccountPassword, updateAccount } from './accounts';
import type { AppError } from '../errors';
import { sessionAccess, startSession } from './authentication';

const database = setupTestDatabase();
const make = testFactories(() => database.db);

let admin: UserViewer;
let staff: UserViewer;
beforeEach(async () => {
  admin = await make.account('ADMIN');
  staff = await make.account('STAFF');
});

const open = async (accountId: string, count: number) => Promise.all(Array.from({ length: count }, () => startSession(accountId)));
const stillOpen = async (sessions: string[], accountId: string) =>
  (await Promise.all(sessions.map((id) => sessionAccess(id, accountId)))).filter(Boolean).length;

describe('endAccountSessions', () => {
  it('signs an account out in every browser, leaves it enabled and others signed in, and logs it', async () => {
    const staffSessions = await open(staff.id, 2);
    const adminSessions = await open(admin.id, 1);
    expect((await getAccount(admin, staff.id)).openSessions).toBe(2);

    expect(await endAccountSessions(admin, staff.id)).toBe(2);
    expect(await stillOpen(staffSessions, staff.id)).toBe(0);
    expect(await stillOpen(adminSessions, admin.id)).toBe(1);
    expect(await getAccount(admin, staff.id)).toMatchObject({ disabledAt: null, openSessions: 0 });
    expect(await stillOpen([await startSession(staff.id)], staff.id)).toBe(1);

    const [event] = await database.db.auditEvent.findMany({ where: { kind: 'SESSIONS_ENDED' } });
    expect(event).toMatchObject({ actorId: admin.id, detail: { sessions: 2 } });
  });

  it('refuses an account that does not exist', async () => {
    await expect(endAccountSessions(admin, '0192f0c8-0000-7000-8000-000000000000')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(endAccountSessions(admin, 'nobody')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('setAccountPassword', () => {
  it('signs out whoever signed in with the old password', async () => {
    const sessions = await open(staff.id, 2);
    await setAccountPassword(admin, staff.id, { password: 'a brand new passphrase' });
    expect(await stillOpen(sessions, staff.id)).toBe(0);
    const [event] = await database.db.auditEvent.findMany({ where: { kind: 'ACCOUNT_CHANGED' } });
    expect(event?.detail).toEqual({ password: 'changed', sessions: 2 });
  });

  it('keeps the session of admins who set their own password, and ends their others', async () => {
    const [here, elsewhere] = await open(admin.id, 2);
    await setAccountPassword({ ...admin, sessionId: here }, admin.id, { password: 'a brand new passphrase' });
    expect(await stillOpen([here!], admin.id)).toBe(1);
    expect(await stillOpen([elsewhere!], admin.id)).toBe(0);
  });
});

describe('setAccountDisabled', () => {
  it('ends the sessions, so enabling the account again does not revive an old cookie', async () => {
    const sessions = await open(staff.id, 1);
    await setAccountDisabled(admin, staff.id, true);
    await setAccountDisabled(admin, staff.id, false);
    expect(await stillOpen(sessions, staff.id)).toBe(0);
  });
});

describe('the last enabled admin', () => {
  it('stays, when two admins take each other’s rights or disable each other at once', async () => {
    const other = await make.account('ADMIN');
    const enabledAdmins = () => database.db.user.count({ where: { role: 'ADMIN', disabledAt: null } });
    const demote = async (by: UserViewer, target: UserViewer) => {
      const { version } = await database.db.user.findUniqueOrThrow({ where: { id: target.id } });
      return updateAccount(by, target.id, { name: '', role: 'STAFF', cityIds: [], version: String(version) });
    };
    for (const takeRights of [demote, (by: UserViewer, target: UserViewer) => setAccountDisabled(by, target.id, true)]) {
      const outcomes = await Promise.allSettled([takeRights(admin, other), takeRights(other, admin)]);
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      const refused = outcomes.find((outcome) => outcome.status === 'rejected');
      expect((refused as PromiseRejectedResult).reason as AppError).toMatchObject({ code: 'CONFLICT', details: { reason: 'lastAdmin' } });
      expect(await enabledAdmins()).toBe(1);
      await database.db.user.updateMany({ where: { id: { in: [admin.id, other.id] } }, data: { role: 'ADMIN', disabledAt: null } });
    }
  });
});
