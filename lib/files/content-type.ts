import { type FileHandle, open } from 'node:fs/promises';
import { inflateRaw } from 'node:zlib';

/*
 * What a file is, decided from its bytes alone: an upload's name and the type its browser claims are
 * the sender's word, and a script named photo.jpg is still a script. Only the types an exchange office
 * needs are accepted; anything a browser could run (HTML, SVG, scripts) or a computer could execute is
 * refused by name, and everything else as unknown.
 */

export type FileKind = 'image' | 'document';

export interface FileType {
  mime: string;
  extension: string;
  kind: FileKind;
}

export const fileTypes = {
  jpeg: { mime: 'image/jpeg', extension: 'jpg', kind: 'image' },
  png: { mime: 'image/png', extension: 'png', kind: 'image' },
  webp: { mime: 'image/webp', extension: 'webp', kind: 'image' },
  pdf: { mime: 'application/pdf', extension: 'pdf', kind: 'document' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', kind: 'document' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx', kind: 'document' },
  /** GB/T 33190, the format of Chinese government e-documents: a zip with OFD.xml at its root. */
  ofd: { mime: 'application/ofd', extension: 'ofd', kind: 'document' },
} as const satisfies Record<string, FileType>;

/**
 * Why a file was refused. `forbidden`: it is something that can run (markup, a script, an executable,
 * an Office file with macros). `unknown`: any other type, or a file too damaged to tell.
 */
export type FileRefusal = 'empty' | 'forbidden' | 'unknown';

export type FileTypeResult = { ok: true; type: FileType } | { ok: false; reason: FileRefusal };

/** Enough for every signature below and for markup after a byte-order mark and blank lines. */
const headLength = 1024;

/** The type of the file at `filePath`, from its first bytes and, for a zip, its central directory. */
export async function detectFileType(filePath: string): Promise<FileTypeResult> {
  const handle = await open(filePath, 'r');
  try {
    const { size } = await handle.stat();
    if (size === 0) return { ok: false, reason: 'empty' };
    const head = await readAt(handle, 0, Math.min(size, headLength));
    const type = typeByMagic(head);
    if (type) return { ok: true, type };
    if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return await zipType(handle, size);
    return { ok: false, reason: isRunnable(head) ? 'forbidden' : 'unknown' };
  } finally {
    await handle.close();
  }
}

function typeByMagic(head: Buffer): FileType | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return fileTypes.jpeg;
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return fileTypes.png;
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP' && ['VP8 ', 'VP8L', 'VP8X'].includes(ascii(head, 12, 16))) {
    return fileTypes.webp;
  }
  // Readers accept a PDF header anywhere in the first KiB; at the very start it cannot follow markup.
  if (ascii(head, 0, 5) === '%PDF-') return fileTypes.pdf;
  return null;
}

const executableMagic = [
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a], // Windows PE ("MZ")
  [0xfe, 0xed, 0xfa, 0xce],
  [0xfe, 0xed, 0xfa, 0xcf],
  [0xce, 0xfa, 0xed, 0xfe],
  [0xcf, 0xfa, 0xed, 0xfe], // Mach-O
  [0xca, 0xfe, 0xba, 0xbe], // Mach-O universal, or Java class
  [0x00, 0x61, 0x73, 0x6d], // WebAssembly
  [0x23, 0x21], // "#!": a script for an interpreter
];

/**
 * True for an executable, a script with an interpreter line, or text that starts with markup: a browser
 * that guesses the type of a file renders any of HTML, SVG or XML with its scripts.
 */
function isRunnable(head: Buffer): boolean {
  if (executableMagic.some((magic) => startsWith(head, magic))) return true;
  const text = head.toString('latin1').replace(/^\xef\xbb\xbf/, '');
  return /^\s*</.test(text);
}

/*
 * Zip-based formats (DOCX, XLSX, OFD) are told apart by the names inside, which the central directory
 * at the end of the file lists. Only that directory and, for Office files, the small
 * [Content_Types].xml are read, never the whole file.
 */

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/** Far beyond any real document's directory (a DOCX has tens of entries), and small enough to read. */
const maxDirectoryBytes = 1024 * 1024;
const maxEntries = 10_000;
const maxContentTypesBytes = 256 * 1024;

const officeMainTypes = [
  { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', type: fileTypes.docx },
  { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', type: fileTypes.xlsx },
];

async function zipType(handle: FileHandle, size: number): Promise<FileTypeResult> {
  const entries = await readCentralDirectory(handle, size);
  if (!entries) return { ok: false, reason: 'unknown' };
  if (entries.some((entry) => /(^|\/)vbaProject\.bin$/i.test(entry.name))) return { ok: false, reason: 'forbidden' };
  if (entries.some((entry) => entry.name === 'OFD.xml')) return { ok: true, type: fileTypes.ofd };
  const contentTypesEntry = entries.find((entry) => entry.name === '[Content_Types].xml');
  const contentTypes = contentTypesEntry ? await readSmallEntry(handle, contentTypesEntry, size) : null;
  if (contentTypes === null) return { ok: false, reason: 'unknown' };
  // Macro-enabled parts are declared here even when the VBA project has another name.
  if (/macroEnabled|vbaProject/i.test(contentTypes)) return { ok: false, reason: 'forbidden' };
  const declared = new Set([...contentTypes.matchAll(/ContentType\s*=\s*["']([^"']+)["']/g)].map(([, value]) => value));
  const main = officeMainTypes.find(({ contentType }) => declared.has(contentType));
  return main ? { ok: true, type: main.type } : { ok: false, reason: 'unknown' };
}

const endOfDirectorySize = 22;
const zip64LocatorSize = 20;

/** The entries of the zip's central directory, or null when the file is not a zip this can read. */
async function readCentralDirectory(handle: FileHandle, size: number): Promise<ZipEntry[] | null> {
  // The end record is the last thing in the file, after a comment of at most 65535 bytes.
  const tailStart = Math.max(0, size - (endOfDirectorySize + 0xffff));
  const tail = await readAt(handle, tailStart, size - tailStart);
  let end = -1;
  for (let at = tail.length - endOfDirectorySize; at >= 0; at--) {
    if (tail.readUInt32LE(at) === 0x06054b50 && at + endOfDirectorySize + tail.readUInt16LE(at + 20) <= tail.length) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  let count = tail.readUInt16LE(end + 10);
  let directorySize = tail.readUInt32LE(end + 12);
  let directoryOffset = tail.readUInt32LE(end + 16);
  let directoryLimit = tailStart + end;
  let disks = [tail.readUInt16LE(end + 4), tail.readUInt16LE(end + 6)];
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locator = end - zip64LocatorSize;
    if (locator < 0 || tail.readUInt32LE(locator) !== 0x07064b50) return null;
    const recordOffset = Number(tail.readBigUInt64LE(locator + 8));
    const record = await readAt(handle, recordOffset, 56);
    if (record.length < 56 || record.readUInt32LE(0) !== 0x06064b50) return null;
    disks = [record.readUInt32LE(16), record.readUInt32LE(20)];
    count = Number(record.readBigUInt64LE(32));
    directorySize = Number(record.readBigUInt64LE(40));
    directoryOffset = Number(record.readBigUInt64LE(48));
    directoryLimit = recordOffset;
  }
  // An archive split across disks cannot be read from this one file.
  if (disks.some((disk) => disk !== 0)) return null;
  if (count > maxEntries || directorySize > maxDirectoryBytes || directoryOffset + directorySize > directoryLimit) return null;
  return parseEntries(await readAt(handle, directoryOffset, directorySize), count);
}

function parseEntries(directory: Buffer, count: number): ZipEntry[] | null {
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let index = 0; index < count; index++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const next = at + 46 + nameLength + extraLength + directory.readUInt16LE(at + 32);
    if (next > directory.length) return null;
    const entry: ZipEntry = {
      name: directory.toString('utf8', at + 46, at + 46 + nameLength),
      flags: directory.readUInt16LE(at + 8),
      method: directory.readUInt16LE(at + 10),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      localHeaderOffset: directory.readUInt32LE(at + 42),
    };
    applyZip64Extra(entry, directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    entries.push(entry);
    at = next;
  }
  return entries;
}

/** A zip64 entry keeps in its extra field, in this order, each size or offset too large for 32 bits. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length; at += 4 + extra.readUInt16LE(at + 2)) {
    if (extra.readUInt16LE(at) !== 0x0001) continue;
    const end = at + 4 + extra.readUInt16LE(at + 2);
    let field = at + 4;
    for (const name of ['size', 'compressedSize', 'localHeaderOffset'] as const) {
      if (entry[name] !== 0xffffffff || field + 8 > end) continue;
      entry[name] = Number(extra.readBigUInt64LE(field));
      field += 8;
    }
    return;
  }
}

/** A small entry's text, or null when it is large, encrypted, compressed in an unusual way or damaged. */
async function readSmallEntry(handle: FileHandle, entry: ZipEntry, fileSize: number): Promise<string | null> {
  const encrypted = (entry.flags & 1) !== 0;
  if (encrypted || entry.compressedSize > maxContentTypesBytes || entry.size > maxContentTypesBytes) return null;
  const header = await readAt(handle, entry.localHeaderOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== 0x04034b50) return null;
  const dataOffset = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (dataOffset + entry.compressedSize > fileSize) return null;
  const data = await readAt(handle, dataOffset, entry.compressedSize);
  if (entry.method === 0) return data.toString('utf8');
  if (entry.method !== 8) return null;
  return new Promise((resolve) => {
    inflateRaw(data, { maxOutputLength: maxContentTypesBytes }, (error, text) => resolve(error ? null : text.toString('utf8')));
  });
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

function startsWith(bytes: Buffer, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, index) => bytes[index] === byte);
}

function ascii(bytes: Buffer, start: number, end: number): string {
  return bytes.toString('latin1', start, end);
}
