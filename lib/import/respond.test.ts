import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '../data/viewer';
import { databaseFingerprint, setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { exchangesCsv, historicalExchange, historicalExchangesCsv } from '../testing/import-files';
import type { ImportMessage } from './protocol';
import { answerImport } from './respond';

const session = vi.hoisted(() => ({ viewer: { kind: 'anonymous' } as Viewer }));
vi.mock('../data/current-viewer', () => ({ getViewer: async () => session.viewer }));

const database = setupTestDatabase();
const make = testFactories(() => database.db);

beforeEach(async () => {
  await make.city({ slug: 'zibo' });
  await make.city({ slug: 'liuzhou' });
  session.viewer = await make.account('ADMIN');
});

function upload(csv: string, { dryRun = false, origin = 'http://localhost:3000' } = {}) {
  const body = new FormData();
  body.set('file', new File([csv], 'visits.csv', { type: 'text/csv' }));
  body.set('dryRun', String(dryRun));
  return new Request('http://localhost:3000/en/admin/import/run', { method: 'POST', body, headers: { origin, host: 'localhost:3000' } });
}

async function messagesOf(response: Response): Promise<ImportMessage[]> {
  return (await response.text())
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ImportMessage);
}

describe('the import screen’s answer', () => {
  it('streams the import’s progress, one JSON message a line, then what it added', async () => {
    const response = await answerImport(upload(historicalExchangesCsv(600)), 'en');
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const messages = await messagesOf(response);
    expect(messages.slice(0, -1)).toEqual([0, 250, 500, 600].map((done) => ({ kind: 'progress', phase: 'writing', done, total: 600 })));
    expect(messages.at(-1)).toMatchObject({ kind: 'imported', summary: { added: 600 } });
    expect(await database.db.exchange.count()).toBe(600);
  });

  it('answers a dry run with the problems, in the page’s language', async () => {
    const csv = exchangesCsv([historicalExchange(1, { title_zh: '' })]);
    expect(await messagesOf(await answerImport(upload(csv, { dryRun: true }), 'zh'))).toEqual([
      { kind: 'checked', summary: expect.objectContaining({ problems: [{ row: 2, field: 'title_zh', message: '请用记录的原文语言填写；另一种语言可以稍后补充' }] }) },
    ]);
  });

  it('keeps nothing when the page is closed part-way through', async () => {
    const before = await databaseFingerprint(database.db, { withAudit: true });
    const response = await answerImport(upload(historicalExchangesCsv(600)), 'en');
    const reader = response.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain('"kind":"progress"');
    await reader.cancel();
    await vi.waitFor(async () => expect(await databaseFingerprint(database.db, { withAudit: true })).toBe(before));
    // The same first row again: on PostgreSQL its insert waits for the stopped import's transaction
    // to end, and goes through only because that transaction kept nothing.
    const again = await messagesOf(await answerImport(upload(historicalExchangesCsv(1)), 'en'));
    expect(again.at(-1)).toMatchObject({ kind: 'imported', summary: { added: 1 } });
    expect(await database.db.exchange.count()).toBe(1);
  });

  it('refuses a page of another site, a visitor and staff, before anything is written', async () => {
    const staff = await make.account('STAFF');
    const before = await databaseFingerprint(database.db);
    const refused = await answerImport(upload(historicalExchangesCsv(1), { origin: 'https://evil.example' }), 'en');
    expect(refused.status).toBe(403);
    expect(await messagesOf(refused)).toEqual([{ kind: 'refused', message: 'You do not have permission to do that.' }]);
    for (const viewer of [{ kind: 'anonymous' } as const, staff]) {
      session.viewer = viewer;
      expect(await messagesOf(await answerImport(upload(historicalExchangesCsv(1)), 'en'))).toEqual([{ kind: 'refused', message: 'You do not have permission to do that.' }]);
    }
    expect(await databaseFingerprint(database.db)).toBe(before);
  });

  it('asks for a file when none was chosen', async () => {
    const body = new FormData();
    body.set('dryRun', 'true');
    const request = new Request('http://localhost:3000/en/admin/import/run', { method: 'POST', body, headers: { origin: 'http://localhost:3000', host: 'localhost:3000' } });
    expect(await messagesOf(await answerImport(request, 'en'))).toEqual([{ kind: 'refused', message: 'Choose a file first.' }]);
  });
});
