import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '../data/viewer';
import { databaseFingerprint, setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { answerAttachmentUpload } from './attachment-upload';

const session = vi.hoisted(() => ({ viewer: { kind: 'anonymous' } as Viewer }));
vi.mock('../data/current-viewer', () => ({ getViewer: async () => session.viewer }));

const database = setupTestDatabase();
const make = testFactories(() => database.db);
const filesDir = mkdtempSync(path.join(tmpdir(), 'jiaoliu-upload-route-'));
const settings = { JIAOLIU_FILES_DIR: filesDir, JIAOLIU_UPLOAD_MAX_BYTES: String(1024 * 1024) };
beforeAll(() => Object.assign(process.env, settings));
afterAll(() => {
  for (const name of Object.keys(settings)) delete process.env[name];
  rmSync(filesDir, { recursive: true, force: true });
});

let exchangeId: string;
let outsider: Viewer;
beforeEach(async () => {
  rmSync(filesDir, { recursive: true, force: true });
  mkdirSync(filesDir);
  const [zibo, liuzhou, harbin] = [await make.city({ slug: 'zibo' }), await make.city({ slug: 'liuzhou' }), await make.city({ slug: 'harbin' })];
  ({ id: exchangeId } = await make.exchange(zibo.id, liuzhou.id, { publicationState: 'DRAFT' }));
  session.viewer = await make.account('STAFF', [zibo.id]);
  outsider = await make.account('STAFF', [harbin.id]);
});

const pdf = '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
const described = { captionZh: '合作协议', credit: '柳州市人民政府', licence: 'CC BY 4.0', visibility: 'PUBLIC' };

function uploadRequest(file: Blob | null, { fields = described, origin = 'http://localhost:3000', fileName = 'agreement.pdf' } = {}) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  if (file) body.set('file', file, fileName);
  return new Request(`http://localhost:3000/api/uploads/en/${exchangeId}`, { method: 'POST', body, headers: { origin, host: 'localhost:3000' } });
}

const stored = () => (readdirSync(filesDir, { recursive: true }) as string[]).filter((name) => name.includes('.'));

describe('the upload route', () => {
  it('keeps a document and answers with its id, with the headers of every answer', async () => {
    const response = await answerAttachmentUpload(uploadRequest(new Blob([pdf])), 'en', { kind: 'exchange', id: exchangeId });
    expect(response.status).toBe(201);
    const answer = await response.json();
    expect(answer).toMatchObject({ status: 'success', id: expect.any(String) });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await database.db.attachment.count()).toBe(1);
  });

  it('refuses a file over the limit with 413, naming the limit, and keeps nothing', async () => {
    const before = await databaseFingerprint(database.db);
    const response = await answerAttachmentUpload(uploadRequest(new Blob([pdf, 'x'.repeat(1100 * 1024)])), 'en', { kind: 'exchange', id: exchangeId });
    expect(response.status).toBe(413);
    expect((await response.json()).fieldErrors).toEqual({ file: 'The file is larger than the limit of 1 MB' });
    expect(await databaseFingerprint(database.db)).toBe(before);
    expect(stored()).toEqual([]);
  });

  it('refuses a script renamed .jpg in the reader’s language, field by field', async () => {
    const response = await answerAttachmentUpload(uploadRequest(new Blob(['<script>alert(1)</script>']), { fileName: 'photo.jpg' }), 'zh', { kind: 'exchange', id: exchangeId });
    expect(response.status).toBe(400);
    expect((await response.json()).fieldErrors).toEqual({ file: expect.stringContaining('只能上传') });
    expect(stored()).toEqual([]);
  });

  it('reads no body from someone who may not add to the record, nor from another site', async () => {
    session.viewer = outsider;
    expect((await answerAttachmentUpload(uploadRequest(new Blob([pdf])), 'en', { kind: 'exchange', id: exchangeId })).status).toBe(403);
    session.viewer = { kind: 'anonymous' };
    expect((await answerAttachmentUpload(uploadRequest(new Blob([pdf])), 'en', { kind: 'exchange', id: exchangeId })).status).toBe(403);
    expect((await answerAttachmentUpload(uploadRequest(new Blob([pdf])), 'en', { kind: 'exchange', id: '../../etc' })).status).toBe(403);
    session.viewer = await make.account('ADMIN');
    expect((await answerAttachmentUpload(uploadRequest(new Blob([pdf]), { origin: 'https://evil.example' }), 'en', { kind: 'exchange', id: exchangeId })).status).toBe(403);
    expect(await database.db.attachment.count()).toBe(0);
  });

  it('answers a body cut off mid-upload with 400 and keeps nothing', async () => {
    const whole = await uploadRequest(new Blob([pdf])).arrayBuffer();
    const request = uploadRequest(new Blob([pdf]));
    const cut = new Request(request.url, {
      method: 'POST',
      headers: request.headers,
      body: new Uint8Array(whole).slice(0, whole.byteLength - 60),
    });
    const response = await answerAttachmentUpload(cut, 'en', { kind: 'exchange', id: exchangeId });
    expect(response.status).toBe(400);
    expect(await database.db.attachment.count()).toBe(0);
    expect(stored()).toEqual([]);
  });
});
