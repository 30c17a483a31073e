import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import sharp from 'sharp';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { presentExchange } from '../api/present';
import { AppError } from '../errors';
import { spoolUpload } from '../files/spool';
import { localFileStore } from '../files/storage';
import { databaseFingerprint, setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { addAttachment, openAttachmentFile } from './attachments';
import { deleteExchange, publishExchange, withdrawExchange } from './exchange-editing';
import { addPart, deletePart, recordProgress } from './exchange-parts';
import { getExchangeRecord, getPublishedExchange } from './exchanges';
import { listDeletedRecords, restoreDeletedPart } from './deleted-records';
import { anonymous, type UserViewer } from './viewer';

const database = setupTestDatabase();
const make = testFactories(() => database.db);
const root = mkdtempSync(path.join(tmpdir(), 'jiaoliu-attachments-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let store: ReturnType<typeof localFileStore>;
let author: UserViewer;
let reviewer: UserViewer;
let outsider: UserViewer;
let exchangeId: string;

beforeEach(async () => {
  store = localFileStore(mkdtempSync(path.join(root, 'store-')));
  const [zibo, liuzhou, harbin] = [await make.city({ slug: 'zibo' }), await make.city({ slug: 'liuzhou' }), await make.city({ slug: 'harbin' })];
  author = await make.account('STAFF', [zibo.id]);
  reviewer = await make.account('STAFF', [liuzhou.id]);
  outsider = await make.account('STAFF', [harbin.id]);
  ({ id: exchangeId } = await make.exchange(zibo.id, liuzhou.id, { publicationState: 'DRAFT' }));
});

const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const photo = () => sharp({ create: { width: 1600, height: 900, channels: 3, background: '#2a6' } }).jpeg().toBuffer();

async function spooled(bytes: Buffer) {
  const result = await spoolUpload(Readable.from([bytes]));
  if (!result.ok) throw new Error(result.reason);
  return result.file;
}

const described = { captionZh: '淄博柳州合作协议', credit: '柳州市人民政府', licence: '政府公开信息', visibility: 'PUBLIC' };

async function upload(viewer: UserViewer, bytes: Buffer | null, input: Record<string, string> = described, fileName = 'agreement.pdf') {
  const file = bytes && (await spooled(bytes));
  try {
    return await addAttachment(viewer, exchangeId, { input, file, fileName }, store);
  } finally {
    await file?.remove();
  }
}

async function storedKeys() {
  const keys = [];
  for await (const key of store.list()) keys.push(key);
  return keys.sort();
}

const read = async (viewer: Parameters<typeof openAttachmentFile>[0], id: string, variant = 'original') => {
  const file = await openAttachmentFile(viewer, id, variant, store);
  return text(file.stream);
};

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => {
      expect(error).toBeInstanceOf(AppError);
      const { code, details } = error as AppError;
      return { code, fields: details.validation?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
    },
  );

describe('uploading documents and photos', () => {
  it('keeps a photo with copies for pages, its description, and a history entry; the record goes back to draft', async () => {
    const { id } = await upload(author, await photo(), { ...described, altZh: '两市代表在签约仪式上握手' }, '签约仪式.jpg');
    const row = await database.db.attachment.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ fileKind: 'IMAGE', mediaType: 'image/jpeg', width: 1600, height: 900, derivativeWidths: [480, 1280], fileName: '签约仪式.jpg' });
    expect(await storedKeys()).toEqual([`attachments/${id}/original.jpg`, `attachments/${id}/w1280.webp`, `attachments/${id}/w480.webp`]);
    expect(await database.db.revision.count({ where: { entityType: 'Attachment', entityId: id, action: 'CREATE' } })).toBe(1);
  });

  it('names the type by what the file is, not by its name', async () => {
    const { id } = await upload(author, pdf, described, 'photo.jpg');
    expect(await database.db.attachment.findUniqueOrThrow({ where: { id } })).toMatchObject({ mediaType: 'application/pdf', fileName: 'photo.pdf', fileKind: 'DOCUMENT' });
  });

  it('refuses what it cannot keep, naming the field, and leaves the database and the store as they were', async () => {
    const before = await databaseFingerprint(database.db);
    const script = Buffer.from('#!/bin/sh\nrm -rf /\n');
    const jpeg = await photo();
    const cases: [() => Promise<unknown>, string[]][] = [
      [() => upload(author, jpeg, described, 'photo.jpg'), ['altZh: altNeeded']],
      [() => upload(author, script, described, 'photo.jpg'), ['file: fileType']],
      [() => upload(author, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), described, 'a.svg'), ['file: fileType']],
      [() => upload(author, Buffer.alloc(0)), ['file: fileEmpty']],
      [() => upload(author, null), ['file: fileMissing']],
      [() => upload(author, pdf, { ...described, captionZh: '' }), ['captionZh: captionNeeded']],
      [() => upload(author, pdf, { ...described, visibility: 'SECRET' }), ['visibility: invalidOption']],
      [() => upload(author, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), { ...described, altEn: 'A broken photo' }, 'broken.jpg'), ['file: imageUnreadable']],
    ];
    for (const [attempt, fields] of cases) expect(await refusal(attempt())).toEqual({ code: 'INVALID', fields });
    expect(await databaseFingerprint(database.db)).toBe(before);
    expect(await storedKeys()).toEqual([]);
  });

  it('takes its files out of the store again when the row cannot be written', async () => {
    const other = await make.exchange((await database.db.city.findUniqueOrThrow({ where: { slug: 'zibo' } })).id, (await database.db.city.findUniqueOrThrow({ where: { slug: 'harbin' } })).id);
    const { id: eventOfAnother } = await addPart(author, 'event', other.id, { kind: 'MEETING', titleZh: '会见', titleEn: 'Meeting', originalLanguage: 'zh', translation: 'HUMAN' });
    expect(await refusal(upload(author, pdf, { ...described, eventId: eventOfAnother }))).toEqual({ code: 'INVALID', fields: ['eventId: invalidId'] });
    expect(await storedKeys()).toEqual([]);
  });

  it('refuses staff of other cities before anything is kept', async () => {
    expect(await refusal(upload(outsider, pdf))).toEqual({ code: 'FORBIDDEN', fields: undefined });
    expect(await storedKeys()).toEqual([]);
  });
});

describe('evidence of progress', () => {
  it('reaches the public with its report at once, without making the record a draft again', async () => {
    const { id: itemId } = await addPart(author, 'cooperationItem', exchangeId, { titleZh: '联合旅游线路', titleEn: 'A joint tourism route', status: 'AGREED', originalLanguage: 'zh', translation: 'HUMAN' });
    await database.db.exchange.update({ where: { id: exchangeId }, data: { publicationState: 'IN_REVIEW' } });
    await publishExchange(reviewer, exchangeId);
    const { id: reportId } = await recordProgress(author, itemId, { version: '1', occurredOn: '2024-05-01', status: 'IN_PROGRESS', originalLanguage: 'zh', translation: 'HUMAN' });

    const { id } = await upload(author, pdf, { ...described, captionZh: '线路开通通知', cooperationUpdateId: reportId });
    const { slug, publicationState } = await database.db.exchange.findUniqueOrThrow({ where: { id: exchangeId } });
    expect(publicationState).toBe('PUBLISHED');
    const published = await getExchangeRecord(anonymous, slug);
    expect(published.attachments).toMatchObject([{ id, cooperationUpdateId: reportId }]);
    expect(presentExchange(await getPublishedExchange(anonymous, slug), 'https://jiaoliu.example').attachments[0]!.progress_report).toEqual({ item_id: itemId, date: '2024-05-01' });
    expect(await read(anonymous, id)).toBe(pdf.toString());
  });

  it('refuses a report of another record, or a file that would both show an event and prove progress', async () => {
    const { id: eventId } = await addPart(author, 'event', exchangeId, { kind: 'MEETING', titleZh: '会见', titleEn: 'Meeting', originalLanguage: 'zh', translation: 'HUMAN' });
    const before = await databaseFingerprint(database.db);
    expect(await refusal(upload(author, pdf, { ...described, cooperationUpdateId: eventId }))).toEqual({ code: 'INVALID', fields: ['cooperationUpdateId: invalidId'] });
    expect(await refusal(upload(author, pdf, { ...described, eventId, cooperationUpdateId: eventId }))).toEqual({ code: 'INVALID', fields: ['cooperationUpdateId: oneSubject'] });
    expect(await databaseFingerprint(database.db)).toBe(before);
    expect(await storedKeys()).toEqual([]);
  });
});

describe('who may have a file', () => {
  it('gives the public a public file of a published record alone, and staff every file of their records', async () => {
    const { id: shown } = await upload(author, pdf);
    const { id: internal } = await upload(author, pdf, { ...described, captionZh: '接待名单', visibility: 'INTERNAL' });
    const notFound = { code: 'NOT_FOUND' };

    // A draft's files are staff's alone.
    await expect(read(anonymous, shown)).rejects.toMatchObject(notFound);
    expect(await read(author, internal)).toBe(pdf.toString());

    await database.db.exchange.update({ where: { id: exchangeId }, data: { publicationState: 'IN_REVIEW' } });
    await publishExchange(reviewer, exchangeId);
    expect(await read(anonymous, shown)).toBe(pdf.toString());
    const { slug } = await database.db.exchange.findUniqueOrThrow({ where: { id: exchangeId } });
    expect((await getExchangeRecord(anonymous, slug)).attachments.map((a) => a.id)).toEqual([shown]);
    expect(presentExchange(await getPublishedExchange(anonymous, slug), 'https://jiaoliu.example').attachments).toEqual([
      expect.objectContaining({ id: shown, kind: 'DOCUMENT', media_type: 'application/pdf', url: `https://jiaoliu.example/api/files/${shown}/original`, page_images: [] }),
    ]);
    // Internal, in any form, to anyone outside the record's cities.
    for (const viewer of [anonymous, outsider]) await expect(read(viewer, internal)).rejects.toMatchObject(notFound);
    await expect(read(anonymous, shown, 'w480')).rejects.toMatchObject(notFound);
    await expect(read(anonymous, '../../etc/passwd')).rejects.toMatchObject(notFound);

    // Made internal after publishing: gone from the public at once, before the next review.
    await database.db.attachment.update({ where: { id: shown }, data: { visibility: 'INTERNAL' } });
    await expect(read(anonymous, shown)).rejects.toMatchObject(notFound);
    await database.db.attachment.update({ where: { id: shown }, data: { visibility: 'PUBLIC' } });

    await withdrawExchange(reviewer, exchangeId);
    await expect(read(anonymous, shown)).rejects.toMatchObject(notFound);
  });

  it('keeps a deleted file restorable, with its bytes, and a deleted record’s files from everyone', async () => {
    const { id } = await upload(author, pdf);
    await deletePart(author, 'attachment', id, { version: '1' });
    await expect(read(author, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await storedKeys()).toEqual([`attachments/${id}/original.pdf`]);

    const { parts } = await listDeletedRecords(author);
    const deletion = parts.find((part) => part.id === id)!;
    expect(deletion).toMatchObject({ kind: 'attachment', titleZh: '淄博柳州合作协议' });
    await restoreDeletedPart(author, deletion.revisionId);
    expect(await read(author, id)).toBe(pdf.toString());

    await deleteExchange(author, exchangeId, { version: String((await database.db.exchange.findUniqueOrThrow({ where: { id: exchangeId } })).version) });
    await expect(read(author, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
