import { describe, expect, it } from 'vitest';
import { isSameOrigin } from './same-origin';

const post = (headers: Record<string, string>) => new Request('http://localhost:3000/en/admin/import/run', { method: 'POST', headers });

describe('isSameOrigin', () => {
  it('accepts a page of the same host, as a proxy in front names it', () => {
    expect(isSameOrigin(post({ origin: 'http://localhost:3000', host: 'localhost:3000' }))).toBe(true);
    expect(isSameOrigin(post({ origin: 'https://jiaoliu.example.org', host: '127.0.0.1:3000', 'x-forwarded-host': 'jiaoliu.example.org' }))).toBe(true);
  });

  it('refuses another site, another port, a missing or unreadable origin', () => {
    expect(isSameOrigin(post({ origin: 'https://evil.example', host: 'localhost:3000' }))).toBe(false);
    expect(isSameOrigin(post({ origin: 'http://localhost:4000', host: 'localhost:3000' }))).toBe(false);
    expect(isSameOrigin(post({ host: 'localhost:3000' }))).toBe(false);
    expect(isSameOrigin(post({ origin: 'null', host: 'localhost:3000' }))).toBe(false);
  });
});
