import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { compressTemplate, filled, type GzipTemplate, gzipFilled } from './gzip-template';

/**
 * Public pages rendered once and served again to every visitor without an account, until anything the
 * public can read changes. Each page carries a Content-Security-Policy nonce, so a page is never sent
 * twice alike: a stored page goes out with a fresh nonce in place of the one it was rendered with, in
 * its body and its policy.
 *
 * Whether a stored page is still current is asked of the database on every request (the
 * ContentGeneration row, which a trigger moves on with every committed change to a record), so a change
 * saved through any instance is seen at once through every other; nothing here can go stale.
 */

/**
 * Where the app, once started, leaves its reader of the content generation for the server in front of
 * it: the server runs outside Next's bundles, and only the app's own database client may be used (an
 * embedded database serves one client).
 */
export const contentGenerationReader = Symbol.for('jiaoliu.contentGeneration');

export function registeredContentGeneration(): Promise<string | undefined> {
  const read = (globalThis as { [contentGenerationReader]?: () => Promise<string> })[contentGenerationReader];
  return read ? read() : Promise.resolve(undefined);
}

/**
 * `read`, once for all the calls made in one turn of the event loop: requests that arrive together
 * share one query. The read starts after every call that shares it was made, so each still sees every
 * change committed before its request came in.
 */
export function readOncePerTurn<T>(read: () => Promise<T>): () => Promise<T> {
  let next: Promise<T> | null = null;
  return () =>
    (next ??= new Promise<T>((resolve, reject) => {
      setImmediate(() => {
        next = null;
        read().then(resolve, reject);
      });
    }));
}

export interface PageCacheOptions {
  /** The current generation of public content, or undefined when it cannot be read (nothing is cached then). */
  generation: () => Promise<string | undefined>;
  /** A new nonce for each page served from the cache. */
  createNonce: () => string;
  /** How many bytes of pages to hold, compressed and not. */
  maxSize?: number;
  /** The day pages are rendered for: pages say how long ago things happened, and which items are overdue. */
  today?: () => string;
}

interface RenderedPage {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  nonce: string;
}

/**
 * A page as kept: its body cut at the nonce, to be sent with any other nonce, and the same compressed
 * (once ready; a compressed answer waits for it).
 */
interface StoredPage extends Omit<RenderedPage, 'body'> {
  pieces: Buffer[];
  compressed: Promise<GzipTemplate | undefined>;
  size: number;
}

/** The public pages, by path under their language; the workspace, admin and sign-in are never stored. */
const publicPage = /^\/(?:zh|en)(?:\/(?:exchanges\/[a-z0-9-]+|search|cooperation|cities(?:\/[a-z0-9-]+){0,2}))?\/?$/;

/** Requests Next answers with something other than the whole document (client navigations, actions). */
const partialRequestHeaders = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action'];

/** Whoever holds a session may see their own name, links and drafts: their pages are always rendered. */
const sessionCookie = /(?:^|;\s*)(?:__Secure-|__Host-)?authjs\.session-token(?:\.\d+)?=/;

const nonceInPolicy = /'nonce-([A-Za-z0-9+/=]+)'/;

/** Headers that describe one transmission rather than the page. */
const transmissionHeaders = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

export function isCacheableRequest(request: IncomingMessage): boolean {
  if (request.method !== 'GET' || !request.url) return false;
  const [path = '', query = ''] = request.url.split('?', 2);
  if (!publicPage.test(path) || /(?:^|&)_rsc=/.test(query)) return false;
  if (partialRequestHeaders.some((name) => request.headers[name] !== undefined)) return false;
  return !sessionCookie.test(request.headers.cookie ?? '');
}

export class PageCache {
  readonly #pages = new Map<string, StoredPage>();
  /** Pages being rendered to be kept, by generation and key, for the requests that arrive meanwhile. */
  readonly #rendering = new Map<string, Promise<StoredPage | undefined>>();
  #generation: string | undefined;
  #size = 0;
  readonly #maxSize: number;

  constructor(private readonly options: PageCacheOptions) {
    this.#maxSize = options.maxSize ?? 64 * 1024 * 1024;
  }

  /**
   * Answers `request` from the cache, or has `render` answer it and keeps the page when it can be
   * served to others. Requests that are not for a public page go straight to `render`.
   */
  async handle(request: IncomingMessage, response: ServerResponse, render: () => Promise<void>): Promise<void> {
    if (!isCacheableRequest(request)) return render();
    const generation = await this.options.generation().catch(() => undefined);
    if (generation === undefined) return render();
    if (generation !== this.#generation) {
      this.#pages.clear();
      this.#size = 0;
      this.#generation = generation;
    }
    const key = `${this.options.today?.() ?? new Date().toISOString().slice(0, 10)} ${request.url}`;
    const stored = this.#pages.get(key);
    if (stored) {
      // Most recently used last, so the oldest is the first to go when space runs out.
      this.#pages.delete(key);
      this.#pages.set(key, stored);
      return this.#send(request, response, stored);
    }
    // After a change every visitor misses at once: one request renders the page, the rest wait for it.
    const rendering = `${generation} ${key}`;
    const pending = this.#rendering.get(rendering);
    if (pending) {
      const page = await pending.catch(() => undefined);
      if (page) return this.#send(request, response, page, 'jiaoliu; hit; detail=shared');
      return render();
    }
    const kept = this.#renderAndKeep(request, response, render, key, generation);
    this.#rendering.set(rendering, kept);
    try {
      await kept;
    } finally {
      this.#rendering.delete(rendering);
    }
  }

  async #renderAndKeep(request: IncomingMessage, response: ServerResponse, render: () => Promise<void>, key: string, generation: string) {
    response.setHeader('Cache-Status', 'jiaoliu; fwd=miss');
    // Rendered uncompressed so that it can be kept; it is compressed once, when kept.
    delete request.headers['accept-encoding'];
    const captured = captureBody(response);
    await render();
    const page = await captured;
    return page && this.#generation === generation ? this.#keep(key, page) : undefined;
  }

  /** Bytes of pages held now. */
  get size(): number {
    return this.#size;
  }

  async #send(request: IncomingMessage, response: ServerResponse, page: StoredPage, status = 'jiaoliu; hit') {
    const nonce = this.options.createNonce();
    // The nonce is in the policy, and on the stylesheet Next announces in a Link header.
    const headers: OutgoingHttpHeaders = { 'cache-status': status };
    for (const [name, value] of Object.entries(page.headers)) {
      headers[name] = Array.isArray(value) ? value.map((v) => v.replaceAll(page.nonce, nonce)) : typeof value === 'string' ? value.replaceAll(page.nonce, nonce) : value;
    }
    const compressed = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) ? await page.compressed : undefined;
    const body = compressed ? gzipFilled(compressed, Buffer.from(nonce)) : filled(page, Buffer.from(nonce));
    if (compressed) headers['content-encoding'] = 'gzip';
    headers['content-length'] = body.length;
    response.writeHead(page.status, headers);
    response.end(body);
  }

  #keep(key: string, { body, ...page }: RenderedPage): StoredPage | undefined {
    if (body.length > this.#maxSize) return undefined;
    const pieces: Buffer[] = [];
    const nonce = Buffer.from(page.nonce);
    for (let start = 0; ; ) {
      const at = body.indexOf(nonce, start);
      pieces.push(body.subarray(start, at === -1 ? body.length : at));
      if (at === -1) break;
      start = at + nonce.length;
    }
    // Compressed once, off the main thread; its size counts once it is there, if the page still is.
    const stored: StoredPage = { ...page, pieces, size: 0, compressed: compressTemplate(pieces).catch(() => undefined) };
    void stored.compressed.then((template) => {
      if (template && this.#pages.get(key) === stored) this.#hold(stored, template.compressed.reduce((sum, part) => sum + part.length, 0));
    });
    // Two visitors may have had the same page rendered at once: the later copy replaces the earlier.
    const earlier = this.#pages.get(key);
    if (earlier) this.#size -= earlier.size;
    this.#pages.delete(key);
    this.#pages.set(key, stored);
    this.#hold(stored, body.length);
    return stored;
  }

  /** Counts `bytes` more of `page`, then lets go of the pages used longest ago until the rest fit. */
  #hold(page: StoredPage, bytes: number) {
    page.size += bytes;
    this.#size += bytes;
    for (const [oldest, stored] of this.#pages) {
      if (this.#size <= this.#maxSize) break;
      this.#pages.delete(oldest);
      this.#size -= stored.size;
    }
  }
}

/**
 * Passes everything through to the client while keeping a copy of the body; resolves to the page if it
 * can be shown to anyone (a whole, uncompressed HTML document with its nonce, setting no cookie).
 */
function captureBody(response: ServerResponse): Promise<RenderedPage | undefined> {
  const chunks: Buffer[] = [];
  let writeHeadHeaders: OutgoingHttpHeaders = {};
  const { write, end, writeHead } = response;
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array));
  };
  response.writeHead = function (this: ServerResponse, ...args: Parameters<typeof writeHead>) {
    const headers = args.find((arg, index) => index > 0 && typeof arg === 'object' && arg !== null && !Array.isArray(arg));
    if (headers) writeHeadHeaders = headers as OutgoingHttpHeaders;
    return writeHead.apply(this, args);
  } as typeof writeHead;
  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof write;
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as typeof end;
  return new Promise((resolve) => {
    response.once('close', () => {
      if (!response.writableFinished) return resolve(undefined);
      const headers: OutgoingHttpHeaders = {};
      for (const [name, value] of Object.entries({ ...response.getHeaders(), ...lowerCased(writeHeadHeaders) })) {
        if (!transmissionHeaders.has(name) && value !== undefined) headers[name] = value;
      }
      const nonce = nonceInPolicy.exec(String(headers['content-security-policy'] ?? ''))?.[1];
      const storable =
        response.statusCode === 200 &&
        nonce !== undefined &&
        String(headers['content-type'] ?? '').startsWith('text/html') &&
        headers['content-encoding'] === undefined &&
        headers['set-cookie'] === undefined;
      delete headers['cache-status'];
      resolve(storable ? { status: 200, headers, body: Buffer.concat(chunks), nonce } : undefined);
    });
  });
}

function lowerCased(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}
