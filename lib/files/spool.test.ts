import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultUploadLimit, spoolUpload, uploadLimit } from './spool';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'jiaoliu-spool-'));
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

const leftInDir = () => readdirSync(dir);

/** Bytes that differ from chunk to chunk, so that a chunk lost or repeated changes the hash. */
function chunk(index: number, size = 64 * 1024): Uint8Array {
  return new Uint8Array(size).fill(index % 251);
}

interface Sent {
  stream: ReadableStream<Uint8Array>;
  /** How many chunks the stream was asked for. */
  pulled(): number;
  cancelled(): boolean;
}

/**
 * A web stream like a route handler's `request.body`, sending `count` chunks (endless if Infinity).
 * With `reuse`, every chunk is the same array filled anew, so that the stream itself allocates nothing
 * and any memory that grows is the reader's.
 */
function webUpload(count: number, options: { failAfter?: number; size?: number; reuse?: boolean } = {}): Sent {
  const shared = options.reuse ? chunk(0, options.size) : null;
  let pulled = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled === options.failAfter) return controller.error(new Error('connection reset by peer'));
        if (pulled === count) return controller.close();
        controller.enqueue(shared ? shared.fill(pulled++ % 251) : chunk(pulled++, options.size));
      },
      cancel() {
        cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled: () => pulled, cancelled: () => cancelled };
}

function sha256Of(count: number, size?: number): string {
  const hash = createHash('sha256');
  for (let index = 0; index < count; index++) hash.update(chunk(index, size));
  return hash.digest('hex');
}

describe('spooling an upload to a temporary file', () => {
  it('writes a web stream to a file, with its size and SHA-256', async () => {
    const result = await spoolUpload(webUpload(5).stream, { dir, maxBytes: 1024 * 1024, expectedBytes: 5 * 64 * 1024 });
    if (!result.ok) throw new Error(result.reason);
    expect(result.file.size).toBe(5 * 64 * 1024);
    expect(result.file.sha256).toBe(sha256Of(5));
    expect(path.dirname(result.file.path)).toBe(dir);
    expect(createHash('sha256').update(readFileSync(result.file.path)).digest('hex')).toBe(result.file.sha256);
    await result.file.remove();
    expect(leftInDir()).toEqual([]);
  });

  it('writes a Node stream too', async () => {
    const chunks = [Buffer.from('交流'), Buffer.from(' between '), Buffer.from('cities')];
    const result = await spoolUpload(Readable.from(chunks), { dir });
    if (!result.ok) throw new Error(result.reason);
    expect(readFileSync(result.file.path, 'utf8')).toBe('交流 between cities');
    await result.file.remove();
  });

  it('takes a file of exactly the limit', async () => {
    const result = await spoolUpload(webUpload(4, { size: 256 }).stream, { dir, maxBytes: 1024 });
    expect(result.ok && result.file.size).toBe(1024);
  });

  it('stops reading once the upload is over the limit, cancels it and keeps nothing', async () => {
    const upload = webUpload(Infinity, { size: 1000 });
    const result = await spoolUpload(upload.stream, { dir, maxBytes: 10_500 });
    expect(result).toEqual({ ok: false, reason: 'too-large', limit: 10_500 });
    expect(upload.pulled()).toBe(11);
    expect(upload.cancelled()).toBe(true);
    expect(leftInDir()).toEqual([]);
  });

  it('destroys a Node stream that is over the limit', async () => {
    const request = new Readable({
      read() {
        this.push(Buffer.alloc(1000));
      },
    });
    expect(await spoolUpload(request, { dir, maxBytes: 5000 })).toEqual({ ok: false, reason: 'too-large', limit: 5000 });
    expect(request.destroyed).toBe(true);
    expect(leftInDir()).toEqual([]);
  });

  it('refuses an upload announced as too large without reading it', async () => {
    const upload = webUpload(Infinity);
    expect(await spoolUpload(upload.stream, { dir, maxBytes: 1000, expectedBytes: 1001 })).toEqual({
      ok: false,
      reason: 'too-large',
      limit: 1000,
    });
    expect(upload.pulled()).toBe(0);
    expect(upload.cancelled()).toBe(true);
    expect(leftInDir()).toEqual([]);
  });

  it('takes its limit from JIAOLIU_UPLOAD_MAX_BYTES', async () => {
    vi.stubEnv('JIAOLIU_UPLOAD_MAX_BYTES', '100');
    expect(await spoolUpload(webUpload(1, { size: 101 }).stream, { dir })).toEqual({ ok: false, reason: 'too-large', limit: 100 });
  });

  it('keeps nothing of a web stream that fails mid-way', async () => {
    const result = await spoolUpload(webUpload(10, { failAfter: 3 }).stream, { dir });
    expect(result).toMatchObject({ ok: false, reason: 'interrupted', cause: new Error('connection reset by peer') });
    expect(leftInDir()).toEqual([]);
  });

  it('keeps nothing of a Node stream destroyed mid-way, as a request whose sender goes away', async () => {
    const request = new Readable({ read() {} });
    request.push(Buffer.alloc(1000));
    setTimeout(() => request.destroy(new Error('aborted')), 10);
    const result = await spoolUpload(request, { dir });
    expect(result).toMatchObject({ ok: false, reason: 'interrupted' });
    expect(leftInDir()).toEqual([]);
  });

  it('calls an upload shorter than its Content-Length truncated, and keeps nothing', async () => {
    expect(await spoolUpload(webUpload(3, { size: 100 }).stream, { dir, expectedBytes: 500 })).toEqual({
      ok: false,
      reason: 'truncated',
      expected: 500,
      received: 300,
    });
    expect(await spoolUpload(webUpload(3, { size: 100 }).stream, { dir, expectedBytes: 250 })).toEqual({
      ok: false,
      reason: 'truncated',
      expected: 250,
      received: 300,
    });
    expect(leftInDir()).toEqual([]);
  });

  it('throws what goes wrong with the disk, after cancelling the upload', async () => {
    const upload = webUpload(3);
    await expect(spoolUpload(upload.stream, { dir: path.join(dir, 'missing') })).rejects.toThrow(/ENOENT/);
    expect(upload.cancelled()).toBe(true);
  });

  it('spools 20 MB without holding up the event loop or the whole file in memory', async () => {
    const count = defaultUploadLimit / (64 * 1024);
    const before = process.memoryUsage();
    let peak = 0;
    let longestGap = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      const { heapUsed, arrayBuffers } = process.memoryUsage();
      peak = Math.max(peak, heapUsed - before.heapUsed + arrayBuffers - before.arrayBuffers);
    }, 2);
    const result = await spoolUpload(webUpload(count, { reuse: true }).stream, { dir, expectedBytes: defaultUploadLimit });
    clearInterval(timer);
    if (!result.ok) throw new Error(result.reason);
    expect(result.file.size).toBe(defaultUploadLimit);
    expect(result.file.sha256).toBe(sha256Of(count));
    // The product's promise is that an upload never holds other requests up for more than 100 ms.
    expect(longestGap).toBeLessThan(100);
    // About 2 MB here: chunks in flight and the promises between them.
    expect(peak).toBeLessThan(8 * 1024 * 1024);
    await result.file.remove();
  });
});

describe('the upload limit', () => {
  it('is 20 MiB unless JIAOLIU_UPLOAD_MAX_BYTES says otherwise', () => {
    expect(uploadLimit({})).toBe(20 * 1024 * 1024);
    expect(uploadLimit({ JIAOLIU_UPLOAD_MAX_BYTES: ' 5000000 ' })).toBe(5_000_000);
  });

  it.each(['0', '-1', '20MB', '1e6', '1.5'])('names the variable when it is %j', (value) => {
    expect(() => uploadLimit({ JIAOLIU_UPLOAD_MAX_BYTES: value })).toThrow(/JIAOLIU_UPLOAD_MAX_BYTES/);
  });
});
