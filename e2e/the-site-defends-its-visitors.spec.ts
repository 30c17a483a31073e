import { expect, type Page, type Response, test } from '@playwright/test';
import { admin, signIn, signOut, staff } from './accounts';

const exchangeTitle = 'Zibo government delegation visits Liuzhou to study its luosifen industry';

/** Everything the browser refused under the Content-Security-Policy, as it reports it. */
async function watchPolicyViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportPolicyViolation', (violation: string) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportPolicyViolation(v: string): void }).reportPolicyViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return violations;
}

function directives(response: Response | null): Map<string, string[]> {
  const policy = response?.headers()['content-security-policy'] ?? '';
  return new Map(policy.split(';').map((directive) => {
    const [name = '', ...sources] = directive.trim().split(/\s+/);
    return [name, sources];
  }));
}

function expectDocumentHeaders(response: Response | null) {
  const headers = response?.headers() ?? {};
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['reporting-endpoints']).toBe('csp="/api/csp-report"');
  expect(headers['permissions-policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  // The suite runs a production build, as a deployment does; browsers ignore this over http.
  expect(headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
}

test('every page is served with a policy that runs only its own scripts, and nothing breaks under it', async ({ page }) => {
  const violations = await watchPolicyViolations(page);

  const timeline = await page.goto('/en');
  await expect(page.getByRole('heading', { name: exchangeTitle })).toBeVisible();
  expectDocumentHeaders(timeline);
  const policy = directives(timeline);
  const scripts = policy.get('script-src') ?? [];
  expect(scripts).toContain("'strict-dynamic'");
  expect(scripts.filter((source) => /^'nonce-[A-Za-z0-9+/]{22}=='$/.test(source))).toHaveLength(1);
  expect(scripts.join(' ')).not.toMatch(/unsafe-(inline|eval)/);
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);
  expect(policy.get('form-action')).toEqual(["'self'"]);
  expect(policy.get('report-uri')).toEqual(['/api/csp-report']);
  expect(policy.get('report-to')).toEqual(['csp']);

  // A fresh nonce for every page.
  const again = await page.reload();
  expect(directives(again).get('script-src')).not.toEqual(scripts);

  await page.getByRole('link', { name: exchangeTitle }).click();
  await expect(page.getByRole('heading', { level: 1, name: exchangeTitle })).toBeVisible();

  // Navigating within the site stays in the same document: React's scripts ran under the policy.
  await page.evaluate(() => Object.assign(window, { stayedInDocument: true }));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cooperation tracker' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cooperation tracker' })).toBeVisible();
  expect(await page.evaluate(() => 'stayedInDocument' in window)).toBe(true);

  const signInPage = await page.goto('/en/sign-in');
  expectDocumentHeaders(signInPage);
  await signIn(page, admin);
  await page.goto('/en/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
  await signOut(page);

  expect(violations).toEqual([]);
});

test('a copy of the session cookie stops working when its owner signs out', async ({ page, browser, baseURL }) => {
  await signIn(page, staff);
  const copy = await browser.newContext({ baseURL });
  await copy.addCookies(await page.context().cookies());
  const copyPage = await copy.newPage();
  await copyPage.goto('/en/manage');
  await expect(copyPage.getByRole('heading', { level: 1, name: 'Workspace' })).toBeVisible();

  await signOut(page);
  await copyPage.goto('/en/manage');
  await expect(copyPage).toHaveURL(/\/en\/sign-in\?returnTo=/);
  await copy.close();
});

test('data is served with its own type and a policy that allows nothing', async ({ request }) => {
  for (const [address, type] of [
    ['/api/v1/exchanges', /^application\/json/],
    ['/api/v1/exchanges.csv', /^text\/csv/],
    ['/en/feeds/exchanges.atom', /^application\/atom\+xml/],
    ['/en/feeds/exchanges.ics', /^text\/calendar/],
  ] as const) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(200);
    const headers = response.headers();
    expect(headers['content-type'], address).toMatch(type);
    expect(headers['x-content-type-options'], address).toBe('nosniff');
    expect(headers['content-security-policy'], address).toMatch(/frame-ancestors 'none'/);
    if (address.startsWith('/api/')) expect(headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  }
});

test('the policy’s report address takes violation reports and turns away anything else', async ({ request }) => {
  const report = { 'csp-report': { 'document-uri': 'http://localhost/en', 'effective-directive': 'script-src-elem', 'blocked-uri': 'inline' } };
  const sent = await request.post('/api/csp-report', { headers: { 'content-type': 'application/csp-report' }, data: JSON.stringify(report) });
  expect(sent.status()).toBe(204);
  expect(await sent.text()).toBe('');

  for (const [headers, data, status] of [
    [{ 'content-type': 'application/csp-report' }, '{"csp-report": [', 400],
    [{ 'content-type': 'application/json' }, JSON.stringify(report), 415],
    [{ 'content-type': 'application/reports+json' }, `[${' '.repeat(20_000)}]`, 413],
  ] as const) {
    const refused = await request.post('/api/csp-report', { headers: { ...headers, 'accept-language': 'en' }, data });
    expect(refused.status()).toBe(status);
    expect(refused.headers()['content-type']).toMatch(/^application\/problem\+json/);
    expect(await refused.text()).not.toContain('{"csp-report": [');
  }
});
