import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { addAttachment, checkAttachmentUpload, openAttachmentFile } from '../../data/attachments';
import { deleteRelationshipFile, updateRelationshipFile } from '../../data/relationships';
import { spoolUpload } from '../../files/spool';
import { localFileStore } from '../../files/storage';
import { relationshipOf } from './relationships';
import { type AuthorizationCase, editors, type World } from './world';

/** A store of its own for each case, so that what one case keeps never meets another. */
const freshStoreDir = () => mkdtempSync(path.join(tmpdir(), 'jiaoliu-authorization-'));
const freshStore = () => localFileStore(freshStoreDir());
const agreement = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const described = { captionZh: '合作协议', credit: '柳州市人民政府', licence: 'CC BY 4.0', visibility: 'INTERNAL' };

async function spooledAgreement() {
  const spooled = await spoolUpload(Readable.from([agreement]));
  if (!spooled.ok) throw new Error(spooled.reason);
  return spooled.file;
}

/** An internal document of the record under test (or of a draft relationship), with its bytes in a store of the case's own. */
async function storedAgreement(w: World, { ofRelationship = false } = {}): Promise<Record<string, string>> {
  const owner: { exchangeId: string } | { relationshipId: string } = ofRelationship ? await relationshipOf(w) : { exchangeId: w.exchangeId };
  const storeDir = freshStoreDir();
  const store = localFileStore(storeDir);
  const file = await spooledAgreement();
  await store.put('attachments/case/original.pdf', file.path, { contentType: 'application/pdf' });
  await file.remove();
  const row = await w.db.attachment.create({
    data: {
      ...owner,
      storageKey: 'attachments/case/original.pdf',
      mediaType: 'application/pdf',
      fileKind: 'DOCUMENT',
      byteSize: agreement.byteLength,
      sha256: '0'.repeat(64),
      fileName: 'agreement.pdf',
      ...described,
      visibility: 'INTERNAL',
    },
  });
  return { storeDir, id: row.id, ...owner };
}
const storedRelationshipAgreement = (w: World) => storedAgreement(w, { ofRelationship: true });

async function addAgreement(v: Parameters<AuthorizationCase['call']>[0], owner: Parameters<typeof addAttachment>[1]) {
  const file = await spooledAgreement();
  try {
    await addAttachment(v, owner, { input: described, file, fileName: 'agreement.pdf' }, freshStore());
  } finally {
    await file.remove();
  }
}

export const attachmentCases: AuthorizationCase[] = [
  { name: 'checkAttachmentUpload', state: 'draft', allowed: editors, call: (v, w) => checkAttachmentUpload(v, { kind: 'exchange', id: w.exchangeId }) },
  { name: 'addAttachment', state: 'draft', allowed: editors, call: (v, w) => addAgreement(v, { kind: 'exchange', id: w.exchangeId }) },
  {
    name: 'addAttachment',
    state: 'draft',
    allowed: editors,
    setup: relationshipOf,
    call: (v, _w, x) => addAgreement(v, { kind: 'relationship', id: x.relationshipId! }),
  },
  {
    name: 'openAttachmentFile',
    state: 'draft',
    allowed: editors,
    setup: storedAgreement,
    call: async (v, _w, x) => (await openAttachmentFile(v, x.id!, 'original', localFileStore(x.storeDir!))).stream.destroy(),
  },
  {
    name: 'openAttachmentFile',
    state: 'draft',
    allowed: editors,
    setup: storedRelationshipAgreement,
    call: async (v, _w, x) => (await openAttachmentFile(v, x.id!, 'original', localFileStore(x.storeDir!))).stream.destroy(),
  },
  {
    name: 'updateRelationshipFile',
    state: 'draft',
    allowed: editors,
    setup: storedRelationshipAgreement,
    call: (v, _w, x) => updateRelationshipFile(v, x.id!, { captionZh: '友好城市协议', credit: '淄博市外办', licence: 'CC BY 4.0', visibility: 'PUBLIC', version: '1' }),
  },
  { name: 'deleteRelationshipFile', state: 'draft', allowed: editors, setup: storedRelationshipAgreement, call: (v, _w, x) => deleteRelationshipFile(v, x.id!, { version: '1' }) },
];
