import { beforeEach, describe, expect, it } from 'vitest';
import type { AuditEventKind } from '../generated/prisma/enums';
import { setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { createAccount, setAccountDisabled } from './accounts';
import { auditPageSize, listAuditEvents, listRecordChanges } from './audit-log';
import { createExchange, updateExchange } from './exchange-editing';
import type { Viewer } from './viewer';

const database = setupTestDatabase();
const make = testFactories(() => database.db);

let admin: Viewer;
let adminId: string;
let staffId: string;

beforeEach(async () => {
  const [adminAccount, staffAccount] = [
    await database.db.user.create({ data: { email: 'admin@example.org', role: 'ADMIN' } }),
    await database.db.user.create({ data: { email: 'staff.zibo@example.org', role: 'STAFF' } }),
  ];
  adminId = adminAccount.id;
  staffId = staffAccount.id;
  admin = { kind: 'user', id: adminId, role: 'ADMIN', cityIds: [] };
});

/** An event at a moment given in office time (UTC+8), as "2026-03-01T23:30". */
const event = (kind: AuditEventKind, at: string, data: { actorId?: string; subject?: string } = {}) =>
  database.db.auditEvent.create({ data: { kind, createdAt: new Date(`${at}:00+08:00`), ...data } });

const subjects = async (query: Record<string, unknown>) => (await listAuditEvents(admin, query)).events.map((e) => e.subject);

describe('listAuditEvents', () => {
  it('lists events newest first, filtered by kind', async () => {
    await event('SIGN_IN', '2026-03-01T09:00', { actorId: staffId, subject: 'staff.zibo@example.org' });
    await event('SIGN_IN_FAILED', '2026-03-01T10:00', { subject: 'guess@example.org' });
    await event('SIGN_IN', '2026-03-02T09:00', { actorId: adminId, subject: 'admin@example.org' });

    expect(await subjects({})).toEqual(['admin@example.org', 'guess@example.org', 'staff.zibo@example.org']);
    expect(await subjects({ kind: 'SIGN_IN' })).toEqual(['admin@example.org', 'staff.zibo@example.org']);
    expect(await subjects({ kind: '' })).toHaveLength(3);
  });

  it('finds an account by part of its email, whether it acted or was acted on', async () => {
    await event('SIGN_OUT', '2026-03-01T09:00', { actorId: staffId });
    await event('ACCOUNT_DISABLED', '2026-03-01T10:00', { actorId: adminId, subject: 'staff.zibo@example.org' });
    await event('SIGN_IN_FAILED', '2026-03-01T11:00', { subject: 'someone@else.example' });

    const found = await listAuditEvents(admin, { account: 'STAFF.ZIBO' });
    expect(found.events.map((e) => e.kind)).toEqual(['ACCOUNT_DISABLED', 'SIGN_OUT']);
    expect(found.events[0]?.actor?.email).toBe('admin@example.org');
    // The text is matched as it is typed: an underscore is not a wildcard.
    expect(await subjects({ account: 'staff_zibo' })).toEqual([]);
    expect(await subjects({ account: '%' })).toEqual([]);
  });

  it('reads a day range as whole days in office time, both ends included', async () => {
    await event('SIGN_IN', '2026-02-28T23:59', { subject: 'before' });
    await event('SIGN_IN', '2026-03-01T00:00', { subject: 'first moment' });
    await event('SIGN_IN', '2026-03-02T23:59', { subject: 'last moment' });
    await event('SIGN_IN', '2026-03-03T00:00', { subject: 'after' });

    expect(await subjects({ from: '2026-03-01', to: '2026-03-02' })).toEqual(['last moment', 'first moment']);
    expect(await subjects({ from: '2026-03-03' })).toEqual(['after']);
    expect(await subjects({ to: '2026-02-28' })).toEqual(['before']);
  });

  it('pages through the log without repeating or skipping entries, even when they share a moment', async () => {
    const total = auditPageSize * 2 + 7;
    const sameMoment = new Date('2026-03-01T08:00:00Z');
    await database.db.auditEvent.createMany({
      data: Array.from({ length: total }, (_, i) => ({
        kind: 'SIGN_IN' as const,
        subject: `visit ${i}`,
        createdAt: i % 3 === 0 ? sameMoment : new Date(sameMoment.getTime() + i * 1000),
      })),
    });

    const seen: string[] = [];
    let after: string | null = '';
    let pages = 0;
    while (after !== null) {
      const page: Awaited<ReturnType<typeof listAuditEvents>> = await listAuditEvents(admin, { after });
      seen.push(...page.events.map((e) => e.id));
      for (const [newer, older] of page.events.slice(0, -1).map((e, i) => [e, page.events[i + 1]!] as const)) {
        expect(newer.createdAt.getTime()).toBeGreaterThanOrEqual(older.createdAt.getTime());
      }
      after = page.next;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('keeps the filters on later pages', async () => {
    for (let i = 0; i < auditPageSize + 1; i += 1) await event('SIGN_OUT', `2026-03-01T09:${String(i % 60).padStart(2, '0')}`);
    await event('SIGN_IN', '2026-03-01T08:00', { subject: 'not a sign-out' });
    const first = await listAuditEvents(admin, { kind: 'SIGN_OUT' });
    const second = await listAuditEvents(admin, { kind: 'SIGN_OUT', after: first.next });
    expect(second.events.map((e) => e.kind)).toEqual(['SIGN_OUT']);
    expect(second.next).toBeNull();
  });

  it('refuses filters that cannot be one, saying which', async () => {
    const refusal = (query: Record<string, unknown>) => listAuditEvents(admin, query).catch((error: unknown) => error);
    const problems = async (query: Record<string, unknown>) => {
      const error = (await refusal(query)) as { code: string; details: { validation: { issues: { path: PropertyKey[]; message: string }[] } } };
      expect(error.code).toBe('INVALID');
      return error.details.validation.issues.map((issue) => [issue.path.join('.'), issue.message]);
    };
    expect(await problems({ kind: 'SIGN_IN_TWICE' })).toEqual([['kind', 'invalidOption']]);
    expect(await problems({ kind: ['SIGN_IN', 'SIGN_OUT'] })).toEqual([['kind', 'invalidOption']]);
    expect(await problems({ from: '2026-02-30' })).toEqual([['from', 'invalidDate']]);
    expect(await problems({ from: '2026-03-02', to: '2026-03-01' })).toEqual([['to', 'endBeforeStart']]);
    expect(await problems({ after: 'page 2' })).toEqual([['after', 'invalid']]);
    expect(await problems({ account: 'x'.repeat(321) })).toEqual([['account', 'tooLong']]);
  });

  it('is for admins only', async () => {
    const staff: Viewer = { kind: 'user', id: staffId, role: 'STAFF', cityIds: [] };
    await expect(listAuditEvents(staff, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('shows what the account screens write', async () => {
    const city = await make.city({ slug: 'liuzhou' });
    const { id } = await createAccount(admin, { email: 'staff.liuzhou@example.org', password: 'a long enough password', role: 'STAFF', cityIds: [city.id] });
    await setAccountDisabled(admin, id, true);
    const { events, cityNames } = await listAuditEvents(admin, { account: 'staff.liuzhou' });
    expect(events.map((e) => [e.kind, e.subject, e.actor?.email])).toEqual([
      ['ACCOUNT_DISABLED', 'staff.liuzhou@example.org', 'admin@example.org'],
      ['ACCOUNT_CREATED', 'staff.liuzhou@example.org', 'admin@example.org'],
    ]);
    // The cities an account was given are named, not only numbered.
    expect(cityNames).toEqual({ [city.id]: { nameZh: city.nameZh, nameEn: city.nameEn } });
  });
});

describe('listRecordChanges', () => {
  let exchangeId: string;
  let staff: Viewer;

  beforeEach(async () => {
    const [zibo, liuzhou] = [await make.city({ slug: 'zibo' }), await make.city({ slug: 'liuzhou' })];
    staff = { kind: 'user', id: staffId, role: 'STAFF', cityIds: [zibo.id] };
    const input = {
      kind: 'DELEGATION_VISIT',
      titleZh: '淄博代表团访问柳州',
      titleEn: 'Zibo delegation visits Liuzhou',
      visitingCityId: zibo.id,
      hostCityId: liuzhou.id,
      startDate: '2024-03-01',
      datePrecision: 'DAY',
      status: 'TOOK_PLACE',
      originalLanguage: 'zh',
      translation: 'HUMAN',
    };
    ({ id: exchangeId } = await createExchange(staff, input));
    await updateExchange(admin, exchangeId, { ...input, titleEn: 'Zibo visits Liuzhou', locationEn: 'Liuzhou', version: '1' });
  });

  it('says who changed which fields of which exchange', async () => {
    const { changes, next } = await listRecordChanges(admin, {});
    expect(next).toBeNull();
    expect(changes.map((c) => [c.action, c.entityType, c.actor?.email])).toEqual([
      ['UPDATE', 'Exchange', 'admin@example.org'],
      ['CREATE', 'Exchange', 'staff.zibo@example.org'],
    ]);
    expect(changes[0]?.fields.sort()).toEqual(['locationEn', 'titleEn']);
    expect(changes[0]?.exchange).toEqual({ id: exchangeId, titleZh: '淄博代表团访问柳州', titleEn: 'Zibo visits Liuzhou', deleted: false });
  });

  it('filters by action, record type and who made the change', async () => {
    const actions = async (query: Record<string, unknown>) => (await listRecordChanges(admin, query)).changes.map((c) => c.action);
    expect(await actions({ action: 'CREATE' })).toEqual(['CREATE']);
    expect(await actions({ account: 'staff.zibo' })).toEqual(['CREATE']);
    expect(await actions({ entityType: 'Exchange' })).toEqual(['UPDATE', 'CREATE']);
    expect(await actions({ entityType: 'City' })).toEqual([]);
    await expect(listRecordChanges(admin, { entityType: 'User' })).rejects.toMatchObject({ code: 'INVALID' });
  });

  it('pages by the same positions as the security events', async () => {
    await database.db.revision.createMany({
      data: Array.from({ length: auditPageSize }, (_, i) => ({
        entityType: 'Exchange',
        entityId: exchangeId,
        exchangeId,
        action: 'UPDATE' as const,
        version: i + 3,
        changes: { summaryEn: { from: null, to: `summary ${i}` } },
        snapshot: {},
        createdAt: new Date(Date.UTC(2020, 0, 1, 0, 0, i)),
      })),
    });
    const first = await listRecordChanges(admin, { action: 'UPDATE' });
    expect(first.changes).toHaveLength(auditPageSize);
    const second = await listRecordChanges(admin, { action: 'UPDATE', after: first.next });
    expect(second.changes.map((c) => c.fields)).toEqual([['summaryEn']]);
    expect(second.next).toBeNull();
  });

  it('is for admins only', async () => {
    await expect(listRecordChanges(staff, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
