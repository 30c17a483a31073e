import { createHash, randomUUID } from 'node:crypto';
import { type FileHandle, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';

/*
 * An upload is written to a temporary file as it arrives, chunk by chunk, so that a 20 MB file never
 * sits in memory and each chunk costs the event loop only its hashing. The size and SHA-256 are known
 * when the last byte is written; the type is decided afterwards from the file (content-type.ts).
 */

type Settings = Record<string, string | undefined>;

export const defaultUploadLimit = 20 * 1024 * 1024;

/** The largest upload this server takes, in bytes: JIAOLIU_UPLOAD_MAX_BYTES, or 20 MiB. */
export function uploadLimit(env: Settings = process.env): number {
  const value = env.JIAOLIU_UPLOAD_MAX_BYTES?.trim();
  if (!value) return defaultUploadLimit;
  const bytes = Number(value);
  if (!/^\d+$/.test(value) || bytes < 1 || !Number.isSafeInteger(bytes)) {
    throw new Error(`JIAOLIU_UPLOAD_MAX_BYTES must be a whole number of bytes, at least 1 (it is "${value}").`);
  }
  return bytes;
}

export interface SpooledFile {
  /** The temporary file. It is the caller's to remove, with `remove()`, once it has been stored. */
  path: string;
  size: number;
  /** Hex. */
  sha256: string;
  remove(): Promise<void>;
}

/**
 * Why an upload was not kept; its temporary file is gone in each case.
 * `too-large`: more than `limit` bytes were sent, or announced. `truncated`: the sender announced
 * `expected` bytes and `received` others. `interrupted`: the stream failed before its end, as when the
 * sender goes away mid-upload.
 */
export type SpoolFailure =
  | { reason: 'too-large'; limit: number }
  | { reason: 'truncated'; expected: number; received: number }
  | { reason: 'interrupted'; cause: unknown };

export type SpoolResult = { ok: true; file: SpooledFile } | ({ ok: false } & SpoolFailure);

export interface SpoolOptions {
  /** Defaults to `uploadLimit()`. */
  maxBytes?: number;
  /** The request's Content-Length, when it has one. */
  expectedBytes?: number | null;
  /** Where the temporary file goes; the OS's temporary folder by default. */
  dir?: string;
}

/**
 * Writes `source` (a route handler's `request.body`, or a Node stream such as an IncomingMessage) to a
 * temporary file. It stops reading, and cancels the source, as soon as the upload is too large.
 * Errors of the disk, unlike those of the source, are thrown; the temporary file is removed either way.
 */
export async function spoolUpload(source: ReadableStream<Uint8Array> | Readable, options: SpoolOptions = {}): Promise<SpoolResult> {
  const limit = options.maxBytes ?? uploadLimit();
  const expected = options.expectedBytes ?? null;
  if (expected !== null && expected > limit) {
    await abandon(source);
    return { ok: false, reason: 'too-large', limit };
  }
  const chunks = isWebStream(source) ? webStreamChunks(source) : nodeStreamChunks(source);
  const filePath = path.join(options.dir ?? tmpdir(), `jiaoliu-upload-${randomUUID()}`);
  const remove = () => rm(filePath, { force: true });
  try {
    const outcome = await writeChunks(chunks, filePath, limit, expected);
    if ('reason' in outcome) {
      await remove();
      return { ok: false, ...outcome };
    }
    return { ok: true, file: { path: filePath, ...outcome, remove } };
  } catch (error) {
    await chunks.return(undefined).catch(() => undefined);
    await abandon(source);
    await remove();
    throw error;
  }
}

async function writeChunks(
  chunks: AsyncGenerator<Uint8Array>,
  filePath: string,
  limit: number,
  expected: number | null,
): Promise<SpoolFailure | { size: number; sha256: string }> {
  const handle = await open(filePath, 'wx', 0o600);
  try {
    return await copy(chunks, handle, limit, expected);
  } finally {
    await handle.close();
  }
}

async function copy(
  chunks: AsyncGenerator<Uint8Array>,
  handle: FileHandle,
  limit: number,
  expected: number | null,
): Promise<SpoolFailure | { size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  for (;;) {
    let next: IteratorResult<Uint8Array>;
    try {
      next = await chunks.next();
    } catch (cause) {
      return { reason: 'interrupted', cause };
    }
    if (next.done) break;
    const chunk = next.value;
    size += chunk.byteLength;
    if (size > limit) return stopped(chunks, { reason: 'too-large', limit });
    if (expected !== null && size > expected) return stopped(chunks, { reason: 'truncated', expected, received: size });
    hash.update(chunk);
    for (let written = 0; written < chunk.byteLength; ) {
      written += (await handle.write(chunk, written)).bytesWritten;
    }
  }
  if (expected !== null && size !== expected) return { reason: 'truncated', expected, received: size };
  return { size, sha256: hash.digest('hex') };
}

async function stopped(chunks: AsyncGenerator<Uint8Array>, failure: SpoolFailure): Promise<SpoolFailure> {
  await chunks.return(undefined);
  return failure;
}

/**
 * Tells the sender to stop, when the stream has not been read yet: reading it, `webStreamChunks` and
 * `nodeStreamChunks` see to that themselves when they are returned early.
 */
async function abandon(source: ReadableStream<Uint8Array> | Readable): Promise<void> {
  if (!isWebStream(source)) source.destroy();
  else if (!source.locked) await source.cancel().catch(() => undefined);
}

function isWebStream(source: ReadableStream<Uint8Array> | Readable): source is ReadableStream<Uint8Array> {
  return 'getReader' in source;
}

/** Returning early cancels the stream, which tells the sender to stop. */
async function* webStreamChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let ended = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        ended = true;
        return;
      }
      yield value;
    }
  } finally {
    if (!ended) await reader.cancel().catch(() => undefined);
  }
}

/** Returning early destroys the stream. */
async function* nodeStreamChunks(stream: Readable): AsyncGenerator<Uint8Array> {
  for await (const chunk of stream) {
    if (!(chunk instanceof Uint8Array)) throw new TypeError('An upload stream must give bytes, not text.');
    yield chunk;
  }
}
