import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createNonce } from '../security/headers';
import { PageCache, readOncePerTurn } from './page-cache';

/*
 * The cache in front of a real HTTP server. The pages are rendered by a stand-in for Next that writes
 * what Next writes for a page: a policy with a fresh nonce, and that nonce on the page's scripts.
 */

let generation: string | undefined;
let renders: number;
let cache: PageCache;
let server: Server;
let base: string;

function renderLikeNext(request: IncomingMessage, response: ServerResponse) {
  renders++;
  const nonce = createNonce();
  const url = new URL(request.url ?? '/', 'http://localhost');
  response.setHeader('Content-Security-Policy', `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Link', `</page.css>; rel=preload; as="style"; nonce="${nonce}"`);
  if (url.searchParams.has('cookie')) response.setHeader('Set-Cookie', 'theme=dark');
  const status = url.pathname.endsWith('/missing') ? 404 : 200;
  response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
  response.write(`<!DOCTYPE html><html><head><script nonce="${nonce}">self.n=1</script></head>`);
  response.end(`<body>页面 ${url.pathname} #${renders}<script>self.__next_f.push(["nonce","${nonce}"])</script></body></html>`);
}

beforeAll(async () => {
  server = createServer((request, response) => {
    void cache.handle(request, response, async () => {
      // Some pages take a while, so that other requests arrive while they render.
      if (request.url?.includes('slow')) await new Promise((resolve) => setTimeout(resolve, 100));
      renderLikeNext(request, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  generation = '1';
  renders = 0;
  cache = new PageCache({ generation: async () => generation, createNonce });
});

async function load(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers });
  const body = await response.text();
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1];
  return { response, body, nonce, status: response.headers.get('cache-status') };
}

describe('a public page for a visitor without an account', () => {
  it('is rendered once and then served from memory, each time with a nonce of its own', async () => {
    const first = await load('/en');
    const second = await load('/en');
    const third = await load('/en');
    expect([first.status, second.status, third.status]).toEqual(['jiaoliu; fwd=miss', 'jiaoliu; hit', 'jiaoliu; hit']);
    expect(renders).toBe(1);
    expect(new Set([first.nonce, second.nonce, third.nonce]).size).toBe(3);
    for (const { body, nonce } of [second, third]) {
      expect(body).toBe(first.body.replaceAll(first.nonce!, nonce!));
      expect(body).not.toContain(first.nonce);
    }
    expect(second.body).toContain('页面 /en #1');
    expect(second.response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(second.response.headers.get('link')).toBe(`</page.css>; rel=preload; as="style"; nonce="${second.nonce}"`);
  });

  it('is rendered afresh once anything the public reads has changed', async () => {
    await load('/en/exchanges/zibo-liuzhou');
    generation = '2';
    const after = await load('/en/exchanges/zibo-liuzhou');
    expect(after.status).toBe('jiaoliu; fwd=miss');
    expect(after.body).toContain('#2');
    expect((await load('/en/exchanges/zibo-liuzhou')).body).toContain('#2');
  });

  it('is rendered every time when the database cannot say whether it changed', async () => {
    generation = undefined;
    await load('/en');
    await load('/en');
    expect(renders).toBe(2);
  });

  it('is kept apart for each address and query', async () => {
    await load('/en/search?q=柳州');
    await load('/en/search?q=淄博');
    expect((await load('/en/search?q=柳州')).body).toContain('#1');
    expect((await load('/en/search?q=淄博')).body).toContain('#2');
  });

  it('goes out compressed to a browser that accepts it', async () => {
    await load('/zh');
    const compressed = await load('/zh', { 'accept-encoding': 'gzip, br' });
    expect(compressed.status).toBe('jiaoliu; hit');
    expect(compressed.response.headers.get('content-encoding')).toBe('gzip');
    // fetch decompresses as a browser does, checking the length and checksum.
    const plain = await load('/zh');
    expect(compressed.body).toBe(plain.body.replaceAll(plain.nonce!, compressed.nonce!));
    expect(compressed.body.split(compressed.nonce!)).toHaveLength(3);
  });
});

describe('a page many visitors ask for at once', () => {
  it('is rendered once, and everyone who asked meanwhile gets it, each with a nonce of their own', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => load('/en/search?q=slow')));
    expect(renders).toBe(1);
    expect(answers.filter((answer) => answer.status === 'jiaoliu; fwd=miss')).toHaveLength(1);
    expect(new Set(answers.map((answer) => answer.nonce)).size).toBe(10);
    const [first] = answers;
    for (const { body, nonce } of answers) expect(body).toBe(first!.body.replaceAll(first!.nonce!, nonce!));
  });

  it('is rendered for each of them when it cannot be kept', async () => {
    await Promise.all(Array.from({ length: 3 }, () => load('/en/exchanges/missing?slow')));
    expect(renders).toBe(3);
  });
});

describe('never kept or served from memory', () => {
  it.each([
    ['a signed-in visitor', '/en', { cookie: 'authjs.session-token=abc' }],
    ['a signed-in visitor on https', '/en', { cookie: 'theme=dark; __Secure-authjs.session-token=abc' }],
    ['a client-side navigation', '/en', { rsc: '1' }],
    ['a prefetch', '/en?_rsc=x1', {}],
    ['the workspace', '/en/manage', {}],
    ['the admin pages', '/en/admin/accounts', {}],
    ['the sign-in page', '/en/sign-in', {}],
    ['the API', '/api/v1/exchanges', {}],
  ])('%s', async (_who, path, headers) => {
    const first = await load(path, headers);
    await load(path, headers);
    expect(renders).toBe(2);
    expect(first.status).toBeNull();
  });

  it('a page that is not found, or that sets a cookie', async () => {
    await load('/en/exchanges/missing');
    await load('/en/exchanges/missing');
    await load('/en?cookie=1');
    await load('/en?cookie=1');
    expect(renders).toBe(4);
  });

  it('a page rendered for a signed-in visitor, even to visitors without an account', async () => {
    await load('/en', { cookie: 'authjs.session-token=abc' });
    const anonymous = await load('/en');
    expect(anonymous.status).toBe('jiaoliu; fwd=miss');
    expect(renders).toBe(2);
  });
});

it('holds no more than its size, dropping the page used longest ago', async () => {
  // A page counts in full once its compressed copy is ready, which a compressed answer waits for.
  const keep = async (path: string) => {
    await load(path);
    await load(path, { 'accept-encoding': 'gzip' });
  };
  await keep('/en/cities/a');
  const onePage = cache.size;
  renders = 0;
  cache = new PageCache({ generation: async () => generation, createNonce, maxSize: Math.floor(onePage * 2.5) });
  await keep('/en/cities/a');
  await keep('/en/cities/b');
  await load('/en/cities/a');
  await keep('/en/cities/c');
  expect(renders).toBe(3);
  expect(cache.size).toBeLessThanOrEqual(onePage * 2.5);
  expect((await load('/en/cities/a')).status).toBe('jiaoliu; hit');
  expect((await load('/en/cities/b')).status).toBe('jiaoliu; fwd=miss');
});

describe('reading the content generation', () => {
  it('happens once for the requests of one turn, and afresh for a request that comes after it started', async () => {
    let reads = 0;
    const generationNow = readOncePerTurn(async () => String(++reads));
    const together = await Promise.all([generationNow(), generationNow(), generationNow()]);
    expect(together).toEqual(['1', '1', '1']);
    const first = generationNow();
    await new Promise((resolve) => setImmediate(resolve));
    // The first read has started: a change committed now may be missing from it, so a later call reads again.
    const later = generationNow();
    expect([await first, await later]).toEqual(['2', '3']);
  });

  it('passes a failed read on to every request that shared it, and reads again after', async () => {
    let fail = true;
    const generationNow = readOncePerTurn(async () => {
      if (fail) throw new Error('connection lost');
      return '7';
    });
    const shared = await Promise.allSettled([generationNow(), generationNow()]);
    expect(shared.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await generationNow()).toBe('7');
  });
});
