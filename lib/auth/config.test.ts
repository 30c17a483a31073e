import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { hashPassword } from './password';

/*
 * next-auth's own endpoints, as a browser at an https deployment meets them: signing in, reading the
 * session, signing out, and what a copy of the cookie taken before signing out is worth afterwards.
 */

const database = setupTestDatabase();
const site = 'https://jiaoliu.example.gov.cn';
const account = { email: 'staff@zibo.example', password: 'correct horse battery staple' };

let handle: (request: Request) => Promise<Response>;
beforeAll(async () => {
  vi.stubEnv('JIAOLIU_ENV', 'production');
  vi.stubEnv('AUTH_SECRET', 'a'.repeat(44));
  vi.stubEnv('AUTH_URL', '');
  const { handlers } = await import('./config');
  handle = handlers.POST as unknown as typeof handle;
  return () => vi.unstubAllEnvs();
});

beforeEach(async () => {
  await database.db.user.create({ data: { email: account.email, role: 'STAFF', passwordHash: await hashPassword(account.password) } });
});

/** A browser's cookie jar, cut down: the cookies each response sets, sent back with the next request. */
class Browser {
  readonly cookies = new Map<string, string>();
  readonly setCookies: string[] = [];

  async send(path: string, form?: Record<string, string>): Promise<Response> {
    const headers = new Headers({ cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') });
    if (form) headers.set('content-type', 'application/x-www-form-urlencoded');
    const response = await handle(
      new Request(`${site}/api/auth/${path}`, { method: form ? 'POST' : 'GET', headers, body: form && new URLSearchParams(form) }),
    );
    for (const line of response.headers.getSetCookie()) {
      this.setCookies.push(line);
      const [pair = ''] = line.split(';');
      const [name = '', value = ''] = pair.split(/=(.*)/s);
      if (/expires=Thu, 01 Jan 1970/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  async csrfToken(): Promise<string> {
    return ((await (await this.send('csrf')).json()) as { csrfToken: string }).csrfToken;
  }

  async signIn() {
    await this.send('callback/credentials', { csrfToken: await this.csrfToken(), ...account });
  }

  async sessionEmail(): Promise<string | null> {
    const session = (await (await this.send('session')).json()) as { user?: { email?: string } } | null;
    return session?.user?.email ?? null;
  }
}

describe('sessions at an https deployment', () => {
  it('signing out ends the session for a copy of the cookie taken before', async () => {
    const browser = new Browser();
    await browser.signIn();
    expect(await browser.sessionEmail()).toBe(account.email);
    const copy = new Browser();
    for (const [name, value] of browser.cookies) copy.cookies.set(name, value);
    expect(await copy.sessionEmail()).toBe(account.email);

    await browser.send('signout', { csrfToken: await browser.csrfToken() });
    expect(await browser.sessionEmail()).toBeNull();
    expect(await copy.sessionEmail()).toBeNull();
    expect(await database.db.session.count()).toBe(0);
    expect(await database.db.auditEvent.count({ where: { kind: 'SIGN_OUT' } })).toBe(1);
  });

  it('leaves the sessions of other browsers open when one signs out', async () => {
    const office = new Browser();
    const laptop = new Browser();
    await office.signIn();
    await laptop.signIn();
    await office.send('signout', { csrfToken: await office.csrfToken() });
    expect(await laptop.sessionEmail()).toBe(account.email);
  });

  it('names every cookie __Host-: Secure, for the whole site, for this host alone', async () => {
    const browser = new Browser();
    await browser.signIn();
    expect([...browser.cookies.keys()].sort()).toEqual(['__Host-authjs.callback-url', '__Host-authjs.csrf-token', '__Host-authjs.session-token']);
    for (const line of browser.setCookies) {
      expect(line).toMatch(/^__Host-/);
      expect(line).toMatch(/; Path=\/(;|$)/);
      expect(line).toMatch(/; Secure(;|$)/);
      expect(line).toMatch(/; HttpOnly(;|$)/);
      expect(line).not.toMatch(/; Domain=/i);
    }
  });
});
