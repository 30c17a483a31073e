import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import sharp from 'sharp';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { presentExchange, presentRelationship } from '../api/present';
import { AppError } from '../errors';
import { spoolUpload } from '../files/spool';
import { localFileStore } from '../files/storage';
import { databaseFingerprint, setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { addAttachment, type AttachmentOwner, openAttachmentFile } from './attachments';
import { deleteExchange, publishExchange, withdrawExchange } from './exchange-editing';
import { addPart, deletePart, recordProgress, updatePart } from './exchange-parts';
import { getExchangeRecord, getPublishedExchange } from './exchanges';
import { listDeletedRecords, restoreDeletedPart } from './deleted-records';
import {
  createRelationship,
  deleteRelationshipFile,
  getWorkingRelationship,
  listPublicRelationships,
  publishRelationship,
  submitRelationship,
  updateRelationshipFile,
} from './relationships';
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

async function upload(viewer: UserViewer, bytes: Buffer | null, input: Record<string, string> = described, fileName = 'agreement.pdf', owner?: AttachmentOwner) {
  const file = bytes && (await spooled(bytes));
  try {
    return await addAttachment(viewer, owner ?? { kind: 'exchange', id: exchangeId }, { input, file, fileName }, store);
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
    const { id: withdrawn } = await upload(author, pdf, { ...described, captionZh: '代表团通讯录' });
    const { id: deleted } = await upload(author, pdf, { ...described, captionZh: '日程安排' });
    const notFound = { code: 'NOT_FOUND' };

    // A draft's files are staff's alone.
    await expect(read(anonymous, shown)).rejects.toMatchObject(notFound);
    expect(await read(author, internal)).toBe(pdf.toString());

    await database.db.exchange.update({ where: { id: exchangeId }, data: { publicationState: 'IN_REVIEW' } });
    await publishExchange(reviewer, exchangeId);
    expect(await read(anonymous, shown)).toBe(pdf.toString());
    const { slug } = await database.db.exchange.findUniqueOrThrow({ where: { id: exchangeId } });
    expect((await getExchangeRecord(anonymous, slug)).attachments.map((a) => a.id)).toEqual([shown, withdrawn, deleted]);
    expect(presentExchange(await getPublishedExchange(anonymous, slug), 'https://jiaoliu.example').attachments).toEqual([
      expect.objectContaining({ id: shown, kind: 'DOCUMENT', media_type: 'application/pdf', url: `https://jiaoliu.example/api/files/${shown}/original`, page_images: [] }),
      expect.objectContaining({ id: withdrawn }),
      expect.objectContaining({ id: deleted }),
    ]);
    // Internal, in any form, to anyone outside the record's cities.
    for (const viewer of [anonymous, outsider]) await expect(read(viewer, internal)).rejects.toMatchObject(notFound);
    await expect(read(anonymous, shown, 'w480')).rejects.toMatchObject(notFound);
    await expect(read(anonymous, '../../etc/passwd')).rejects.toMatchObject(notFound);

    // Made internal after publishing, or deleted: gone from the public at once, caption and all, before the next review.
    await updatePart(author, 'attachment', withdrawn, { ...described, captionZh: '代表团通讯录', visibility: 'INTERNAL', version: '1' });
    await expect(read(anonymous, withdrawn)).rejects.toMatchObject(notFound);
    expect((await getExchangeRecord(anonymous, slug)).attachments.map((a) => a.id)).toEqual([shown, deleted]);
    await deletePart(author, 'attachment', deleted, { version: '1' });
    expect((await getExchangeRecord(anonymous, slug)).attachments.map((a) => a.id)).toEqual([shown]);

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

describe("a relationship's documents and photos", () => {
  async function sisterCities() {
    const cities = await database.db.city.findMany({ where: { slug: { in: ['zibo', 'liuzhou'] } }, orderBy: { slug: 'desc' } });
    const { id } = await createRelationship(author, {
      cityId: cities[0]!.id,
      partnerCityId: cities[1]!.id,
      kind: 'SISTER_CITY',
      status: 'IN_FORCE',
      establishedPrecision: 'DAY',
      endedPrecision: 'DAY',
      summaryZh: '两市缔结友好城市关系',
      originalLanguage: 'zh',
      translation: 'HUMAN',
    });
    return { id, owner: { kind: 'relationship', id } as const };
  }
  const stateOf = async (id: string) => (await database.db.cityRelationship.findUniqueOrThrow({ where: { id } })).publicationState;

  it('reach the public with the relationship, as published, never an internal one', async () => {
    const { id, owner } = await sisterCities();
    const { id: agreementId } = await upload(author, pdf, { ...described, captionEn: 'The signed agreement' }, '协议.pdf', owner);
    const { id: photoId } = await upload(author, await photo(), { ...described, altEn: 'The mayors shake hands' }, 'signing.jpg', owner);
    const { id: contactsId } = await upload(author, pdf, { ...described, captionZh: '代表团通讯录', visibility: 'INTERNAL' }, 'contacts.pdf', owner);
    expect((await getWorkingRelationship(author, id)).relationship.attachments.map((file) => file.id)).toEqual([agreementId, photoId, contactsId]);
    // A draft's file is its staff's alone.
    expect(await read(reviewer, agreementId)).toContain('%PDF');
    expect(await refusal(read(anonymous, agreementId))).toMatchObject({ code: 'NOT_FOUND' });

    await submitRelationship(author, id);
    await publishRelationship(reviewer, id);
    expect(await read(anonymous, agreementId)).toContain('%PDF');
    expect(await read(anonymous, photoId, 'w480')).toBeTruthy();
    expect(await refusal(read(anonymous, contactsId))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refusal(read(outsider, contactsId))).toMatchObject({ code: 'NOT_FOUND' });
    const [published] = await listPublicRelationships(anonymous, { city: 'zibo' });
    expect(published!.attachments.map((file) => file.id)).toEqual([agreementId, photoId]);
    const { files } = presentRelationship(published!, 'https://jiaoliu.example');
    expect(files.map((file) => [file.file_name, file.url])).toEqual([
      ['协议.pdf', `https://jiaoliu.example/api/files/${agreementId}/original`],
      ['signing.jpg', `https://jiaoliu.example/api/files/${photoId}/original`],
    ]);
  });

  it('wait for review when they change, and their author may not publish them', async () => {
    const { id, owner } = await sisterCities();
    await submitRelationship(author, id);
    await publishRelationship(reviewer, id);
    const { id: photoId } = await upload(reviewer, await photo(), { ...described, altZh: '两市市长握手' }, 'signing.jpg', owner);
    expect(await stateOf(id)).toBe('DRAFT');
    expect(await refusal(publishRelationship(reviewer, id))).toMatchObject({ code: 'FORBIDDEN' });
    await publishRelationship(author, id);
    expect(await read(anonymous, photoId)).toBeTruthy();

    // A photo keeps its words for readers who cannot see it; taking it off takes it from the public at once.
    const version = (await database.db.attachment.findUniqueOrThrow({ where: { id: photoId } })).version;
    expect(await refusal(updateRelationshipFile(author, photoId, { ...described, version: String(version) }))).toEqual({ code: 'INVALID', fields: ['altZh: altNeeded'] });
    await deleteRelationshipFile(author, photoId, { version: String(version) });
    expect(await stateOf(id)).toBe('DRAFT');
    expect(await refusal(read(anonymous, photoId))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await listPublicRelationships(anonymous, { city: 'zibo' }))[0]!.attachments).toEqual([]);
    const { revisions } = await getWorkingRelationship(author, id);
    expect(revisions.filter((revision) => revision.entityType === 'Attachment').map((revision) => revision.action)).toEqual(['DELETE', 'CREATE']);
  });

  it('refuses staff of other cities, and what belongs to an exchange, leaving everything as it was', async () => {
    const { owner } = await sisterCities();
    const { id: eventId } = await addPart(author, 'event', exchangeId, { kind: 'MEETING', titleZh: '会见', titleEn: 'Meeting', originalLanguage: 'zh', translation: 'HUMAN' });
    const { id: fileId } = await upload(author, pdf, described, 'agreement.pdf', owner);
    const before = await databaseFingerprint(database.db);
    const keys = await storedKeys();
    expect(await refusal(upload(outsider, pdf, described, 'agreement.pdf', owner))).toEqual({ code: 'FORBIDDEN', fields: undefined });
    expect(await refusal(upload(author, pdf, { ...described, eventId }, 'agreement.pdf', owner))).toEqual({ code: 'INVALID', fields: ['eventId: invalidId'] });
    expect(await refusal(updateRelationshipFile(outsider, fileId, { ...described, version: '1' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(deleteRelationshipFile(outsider, fileId, { version: '1' }))).toMatchObject({ code: 'FORBIDDEN' });
    // A file of an exchange is not a relationship's to change.
    const { id: exchangeFileId } = await upload(author, pdf);
    const afterExchangeFile = await databaseFingerprint(database.db);
    expect(await refusal(deleteRelationshipFile(author, exchangeFileId, { version: '1' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await databaseFingerprint(database.db)).toBe(afterExchangeFile);
    expect(before).not.toBe(afterExchangeFile);
    expect((await storedKeys()).filter((key) => !key.includes(exchangeFileId))).toEqual(keys);
  });
});
