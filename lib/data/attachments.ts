import 'server-only';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { getDb } from '../db/client';
import { AppError } from '../errors';
import { detectFileType, type FileType } from '../files/content-type';
import { makeDerivatives } from '../files/images';
import { uuidv7 } from '../import/ids';
import type { SpooledFile } from '../files/spool';
import { type FileStore, fileStoreFromEnv } from '../files/storage';
import type { ValidationKey, ValidationParams } from '../validation/messages';
import { attachmentFields } from '../validation/schemas/parts';
import { actorIdOf, canEditCities, citiesOfExchange, exchangeCitiesSelect, requireStaff } from './access';
import { editableExchange, markChanged } from './exchange-editing';
import { inTransaction, recordRevision, type Tx } from './mutation';
import { publishProgressEvidence, readStoredRecord, storedRecordSelect } from './publication';
import { citiesOfRelationship, editableRelationship, markRelationshipChanged, readPublishedFiles } from './relationships';
import { isId } from './validate';
import type { Viewer } from './viewer';

/*
 * Documents and photos of an exchange or of a relationship between cities. An upload is checked whole before anything is kept: what is
 * said of it (the same form as editing it later, lib/data/exchange-parts.ts), the file's type from its
 * content, and for a photo its alternative text and that it can be read. Only then are its bytes (and
 * a photo's WebP copies for pages) put in the file store and its row written; if the row cannot be
 * written, the stored files are taken out again, so a refused upload leaves nothing behind.
 *
 * Who sees a file is decided here, on every request for it: staff who may edit its record see all of
 * its files; anyone else only a public file of a published record, as published.
 */

/** The record a file belongs to. */
export type AttachmentOwner = { kind: 'exchange'; id: string } | { kind: 'relationship'; id: string };

/** The store this server keeps files in (a folder, or an S3-compatible bucket: lib/files/storage.ts). */
const attachmentStore = (): FileStore => fileStoreFromEnv();

const keyOf = (id: string, variant: string) => `attachments/${id}/${variant}`;
const pageCopy = (width: number) => `w${width}.webp`;

/** What the upload route needs to know before it reads a byte: the viewer may add files to this record. */
export async function checkAttachmentUpload(viewer: Viewer, owner: AttachmentOwner): Promise<void> {
  requireStaff(viewer);
  const db = await getDb();
  const where = { id: owner.id, deletedAt: null };
  const cities = !isId(owner.id)
    ? null
    : owner.kind === 'exchange'
      ? await db.exchange.findFirst({ where, select: exchangeCitiesSelect }).then((exchange) => exchange && citiesOfExchange(exchange))
      : await db.cityRelationship.findFirst({ where, select: { cityId: true, partnerCityId: true } }).then((relationship) => relationship && citiesOfRelationship(relationship));
  if (!cities) throw new AppError('NOT_FOUND', `No ${owner.kind} ${owner.id}`);
  if (!canEditCities(viewer, cities)) throw new AppError('FORBIDDEN', `The ${owner.kind} ${owner.id} is outside the viewer's cities`);
}

export interface AttachmentUpload {
  /** The form's fields, as submitted. */
  input: unknown;
  /** The file, spooled to disk; null when none was sent. The caller removes it afterwards. */
  file: SpooledFile | null;
  /** The name the browser gave it. */
  fileName: string;
}

type Issue = { path: [string]; message: ValidationKey; params?: Record<string, number> };
const issue = <K extends ValidationKey>(field: string, message: K, params?: ValidationParams<K>): Issue => ({ path: [field], message, params });

/** Adds a document or photo to a record, as a draft change like any other. */
export async function addAttachment(viewer: Viewer, owner: AttachmentOwner, upload: AttachmentUpload, store = attachmentStore()): Promise<{ id: string }> {
  await checkAttachmentUpload(viewer, owner);
  const form = attachmentFields.safeParse(upload.input);
  const issues: Issue[] = form.success ? [] : form.error.issues.map((i) => ({ path: [String(i.path[0])], message: i.message as ValidationKey, params: (i as { params?: Record<string, number> }).params }));
  const type = upload.file ? await detectFileType(upload.file.path) : null;
  if (!upload.file) issues.push(issue('file', 'fileMissing'));
  else if (type && !type.ok) issues.push(issue('file', type.reason === 'empty' ? 'fileEmpty' : 'fileType'));
  const fileType = type?.ok ? type.type : null;
  if (fileType?.kind === 'image' && form.success && !form.data.altZh && !form.data.altEn) issues.push(issue('altZh', 'altNeeded'));
  if (issues.length || !form.success || !fileType || !upload.file) throw invalid(issues);

  const id = uuidv7();
  const stored: string[] = [];
  const put = async (key: string, filePath: string, contentType: string) => {
    stored.push(key);
    await store.put(key, filePath, { contentType });
  };
  try {
    const image = fileType.kind === 'image' ? await makeDerivatives(upload.file.path) : null;
    if (image && !image.ok) throw invalid([issue('file', 'imageUnreadable')]);
    try {
      await put(keyOf(id, `original.${fileType.extension}`), upload.file.path, fileType.mime);
      for (const copy of image?.derivatives.files ?? []) await put(keyOf(id, pageCopy(copy.width)), copy.path, copy.mime);
    } finally {
      await image?.derivatives.remove();
    }
    return await inTransaction(viewer, async (tx) => {
      const belongsTo = await checkPlace(tx, viewer, owner, form.data);
      const last = await tx.attachment.aggregate({ where: belongsTo, _max: { position: true } });
      const row = await tx.attachment.create({
        data: {
          id,
          ...belongsTo,
          ...form.data,
          storageKey: keyOf(id, `original.${fileType.extension}`),
          mediaType: fileType.mime,
          fileKind: fileType.kind === 'image' ? 'IMAGE' : 'DOCUMENT',
          byteSize: upload.file!.size,
          sha256: upload.file!.sha256,
          width: image?.ok ? image.derivatives.source.width : null,
          height: image?.ok ? image.derivatives.source.height : null,
          derivativeWidths: image?.ok ? image.derivatives.files.map((copy) => copy.width) : [],
          fileName: cleanFileName(upload.fileName, fileType),
          position: (last._max.position ?? -1) + 1,
          uploadedById: actorIdOf(viewer),
        },
      });
      // Evidence of progress reaches the public with the report, without another review; any other file
      // waits for the record's next publication.
      if (belongsTo.exchangeId && form.data.cooperationUpdateId) await publishProgressEvidence(tx, belongsTo.exchangeId, id);
      else if (belongsTo.exchangeId) await markChanged(tx, belongsTo.exchangeId);
      else await markRelationshipChanged(tx, owner.id);
      await recordRevision(tx, viewer, { entityType: 'Attachment', entityId: id, ...belongsTo, action: 'CREATE', version: row.version, before: null, after: row });
      return { id };
    });
  } catch (error) {
    await Promise.allSettled(stored.map((key) => store.delete(key)));
    throw error;
  }
}

/**
 * Locks the record the file is added to, once the viewer's right to edit it is checked, and checks
 * that the event or progress report it is of belongs to the same exchange (a relationship's file is of
 * neither). Returns the columns that tie the file to its record.
 */
async function checkPlace(tx: Tx, viewer: Viewer, owner: AttachmentOwner, fields: { eventId: string | null; cooperationUpdateId: string | null }) {
  const { eventId, cooperationUpdateId } = fields;
  if (owner.kind === 'relationship') {
    await editableRelationship(tx, viewer, owner.id);
    if (eventId) throw invalid([issue('eventId', 'invalidId')]);
    if (cooperationUpdateId) throw invalid([issue('cooperationUpdateId', 'invalidId')]);
    return { exchangeId: null, relationshipId: owner.id };
  }
  const exchangeId = owner.id;
  await editableExchange(tx, viewer, exchangeId);
  if (eventId && (await tx.event.count({ where: { id: eventId, exchangeId } })) === 0) throw invalid([issue('eventId', 'invalidId')]);
  if (cooperationUpdateId && (await tx.cooperationUpdate.count({ where: { id: cooperationUpdateId, item: { exchangeId } } })) === 0) {
    throw invalid([issue('cooperationUpdateId', 'invalidId')]);
  }
  return { exchangeId, relationshipId: null };
}

function invalid(issues: readonly Issue[]): AppError {
  return new AppError('INVALID', 'Invalid upload', {
    validation: new z.ZodError(issues.map((i) => ({ code: 'custom' as const, path: i.path, message: i.message, params: i.params, input: undefined }))),
  });
}

/**
 * The name offered when the file is downloaded: the browser's name without any folder or control
 * characters, ending in the extension of what the file is (a photo named "report.pdf" is saved as a
 * photo).
 */
function cleanFileName(name: string, type: FileType): string {
  const base = path.basename(name.replaceAll('\\', '/')).replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  const stem = base.replace(/\.[^.]*$/, '').slice(0, 200) || 'file';
  return `${stem}.${type.extension}`;
}

/** Whether the file is in its record's publication, as the public reads it. */
async function isPublished(row: { id: string; exchangeId: string | null; relationshipId: string | null }): Promise<boolean> {
  const db = await getDb();
  if (row.relationshipId) {
    const publication = await db.publicRelationship.findUnique({ where: { relationshipId: row.relationshipId }, select: { attachments: true } });
    return !!publication && readPublishedFiles(publication.attachments).some((published) => published.id === row.id);
  }
  const publication = await db.publication.findFirst({ where: { exchangeId: row.exchangeId!, withdrawnAt: null }, select: storedRecordSelect });
  return !!publication && readStoredRecord(publication).attachments.some((published) => published.id === row.id);
}

/** Which copy of a file is asked for: the file as uploaded, or a photo's copy for pages at a width. */
export type AttachmentVariant = 'original' | `w${number}`;

export interface AttachmentFile {
  stream: Readable;
  size: number;
  mediaType: string;
  fileName: string;
  /** Changes whenever the bytes would. */
  etag: string;
  /** Whether the public may have it: caches may keep it. */
  isPublic: boolean;
  inline: boolean;
}

/**
 * A file for the viewer, or NOT_FOUND alike for a file that does not exist, a draft's, an internal
 * one, or one of a withdrawn or deleted record, so that an address tells an outsider nothing.
 */
export async function openAttachmentFile(viewer: Viewer, id: string, variant: string, store = attachmentStore()): Promise<AttachmentFile> {
  const notFound = () => new AppError('NOT_FOUND', `No file ${id}/${variant}`);
  if (!isId(id)) throw notFound();
  const db = await getDb();
  const row = await db.attachment.findUnique({
    where: { id },
    include: {
      exchange: { select: { ...exchangeCitiesSelect, deletedAt: true } },
      relationship: { select: { cityId: true, partnerCityId: true, deletedAt: true } },
    },
  });
  if (!row) throw notFound();
  const record = row.exchange ?? row.relationship;
  const cities = row.exchange ? citiesOfExchange(row.exchange) : row.relationship ? citiesOfRelationship(row.relationship) : [];
  const isStaffOfIt = viewer.kind === 'user' && !!record && !record.deletedAt && canEditCities(viewer, cities);
  if (!isStaffOfIt && (row.visibility !== 'PUBLIC' || !(await isPublished(row)))) throw notFound();
  const width = /^w(\d{1,5})$/.exec(variant)?.[1];
  const key = variant === 'original' ? row.storageKey : width && row.derivativeWidths.includes(Number(width)) ? keyOf(id, pageCopy(Number(width))) : null;
  if (!key) throw notFound();
  const file = await store.get(key);
  if (!file) {
    console.error(`The file ${key} of attachment ${id} is missing from the ${store.describe()}`);
    throw notFound();
  }
  const isOriginal = variant === 'original';
  return {
    stream: file.stream,
    size: file.size,
    mediaType: isOriginal ? row.mediaType : 'image/webp',
    fileName: isOriginal ? row.fileName : row.fileName.replace(/\.[^.]*$/, `-${width}.webp`),
    etag: `"${row.sha256.slice(0, 32)}-${variant}"`,
    isPublic: row.visibility === 'PUBLIC' && !isStaffOfIt,
    // A photo is shown in the page; a document is always downloaded, never opened in the site's origin.
    inline: row.fileKind === 'IMAGE',
  };
}
