import { type Browser, expect, type Page, test } from '@playwright/test';
import { type AppInstance, startAppInstance, startBalancer } from '../lib/testing/app-instances';
import { siblingDatabaseUrl } from '../lib/testing/sibling-database';
import { admin, signIn, signOut, staff } from './accounts';

/*
 * Two app processes on one PostgreSQL database behave as one site: instance A is the server every
 * journey uses, instance B a second `npm run serve` of the same build on the next port, with the same
 * settings. What one instance changes, the other shows on its next request; sessions, sign-outs,
 * disabled accounts and sign-in limits hold on both; and a visitor may be sent to either instance for
 * any request. Reads that show a change are made once, without waiting or retrying, after the same
 * pages were read before the change, so that a copy kept in one process's memory would show as stale.
 */

const databaseUrl = process.env.DATABASE_URL?.trim();
test.skip(!databaseUrl, 'Two instances need a PostgreSQL server (set DATABASE_URL): the embedded database serves one process.');

let a: string;
let b: AppInstance;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  a = test.info().project.use.baseURL!;
  b = await startAppInstance(Number(new URL(a).port) + 1, { ...process.env, DATABASE_URL: siblingDatabaseUrl(databaseUrl!, 'e2e') });
});

test.afterAll(async () => {
  await b?.stop();
});

async function newPage(browser: Browser, base: string): Promise<Page> {
  return (await browser.newContext({ baseURL: base })).newPage();
}

/** What a visitor finds of one exchange through one instance, each page read once. */
async function publicView(page: Page, base: string, exchange: { slug: string; title: string; word: string }) {
  await page.goto(`${base}/en`);
  const timeline = await page.getByRole('link', { name: exchange.title, exact: true }).count();
  const response = await page.goto(`${base}/en/exchanges/${exchange.slug}`);
  const exchangePage = response?.ok() ? await page.getByRole('heading', { level: 1 }).textContent() : response?.status();
  await page.goto(`${base}/en/search?q=${encodeURIComponent(exchange.word)}`);
  const search = await page.getByRole('main').getByRole('link', { name: exchange.title, exact: true }).count();
  const { data } = (await (await page.request.get(`${base}/api/v1/exchanges`)).json()) as { data: { slug: string; title: { en: string } }[] };
  const api = data.find((row) => row.slug === exchange.slug)?.title.en ?? null;
  return { timeline, exchangePage, search, api };
}

async function createStaffAccount(adminPage: Page, base: string, account: { email: string; password: string }): Promise<string> {
  await adminPage.goto(`${base}/en/admin/accounts/new`);
  await adminPage.getByLabel(/^Email address/).fill(account.email);
  await adminPage.getByLabel(/^Password(?! again)/).fill(account.password);
  await adminPage.getByLabel(/^Password again/).fill(account.password);
  await adminPage.getByLabel(/^Role/).selectOption({ label: 'Staff' });
  await adminPage.getByRole('group', { name: 'Cities' }).getByLabel('Liuzhou').check();
  await adminPage.getByRole('button', { name: 'Create account' }).click();
  await expect(adminPage.getByRole('heading', { level: 1, name: account.email })).toBeVisible();
  return new URL(adminPage.url()).pathname;
}

test('what is published through one instance is on the other’s pages, search and API at once, both ways', async ({ browser }) => {
  // The slug is made from the month and the cities; the pages are read before the exchange exists.
  const exchange = { slug: '2024-11-liuzhou-to-zibo', title: 'Liuzhou lakeside park delegation visits Zibo', word: 'lakeside' };
  const staffOnA = await newPage(browser, a);
  await signIn(staffOnA, staff);
  await staffOnA.getByRole('link', { name: 'New exchange' }).click();
  await staffOnA.getByLabel('Title (Chinese)').fill('柳州湖滨公园代表团访问淄博');
  await staffOnA.getByLabel('Title (English)').fill(exchange.title);
  await staffOnA.getByLabel('Visiting city').selectOption({ label: 'Liuzhou' });
  await staffOnA.getByLabel('Host city').selectOption({ label: 'Zibo' });
  await staffOnA.getByLabel('Date (first day)').fill('2024-11-05');
  await staffOnA.getByRole('button', { name: 'Create draft' }).click();
  await expect(staffOnA.getByRole('heading', { level: 1, name: exchange.title })).toBeVisible();
  await staffOnA.getByRole('button', { name: 'Submit for review' }).click();
  await expect(staffOnA.getByText('State: In review')).toBeVisible();
  const workspacePath = new URL(staffOnA.url()).pathname;

  const visitor = await newPage(browser, a);
  expect(await publicView(visitor, b.url, exchange)).toEqual({ timeline: 0, exchangePage: 404, search: 0, api: null });

  // A reviewer publishes it on A; B shows it on the very next request.
  const adminOnA = await newPage(browser, a);
  await signIn(adminOnA, admin);
  await adminOnA.goto(workspacePath);
  await adminOnA.getByRole('button', { name: 'Publish' }).click();
  await expect(adminOnA.getByText('State: Published')).toBeVisible();
  await expect(adminOnA.getByRole('link', { name: 'View the public page' })).toHaveAttribute('href', `/en/exchanges/${exchange.slug}`);
  expect(await publicView(visitor, b.url, exchange)).toEqual({ timeline: 1, exchangePage: exchange.title, search: 1, api: exchange.title });

  // The other way: an admin renames it on B and publishes the change; A shows the new name at once.
  const renamed = { ...exchange, title: 'Liuzhou riverside greenway delegation visits Zibo', word: 'greenway' };
  expect(await publicView(visitor, a, renamed)).toEqual({ timeline: 0, exchangePage: exchange.title, search: 0, api: exchange.title });
  const adminOnB = await newPage(browser, b.url);
  await signIn(adminOnB, admin);
  await adminOnB.goto(`${workspacePath}/edit`);
  await adminOnB.getByLabel('Title (English)').fill(renamed.title);
  await adminOnB.getByRole('button', { name: 'Save changes' }).click();
  await expect(adminOnB.getByRole('heading', { level: 1, name: renamed.title })).toBeVisible();
  await adminOnB.getByRole('button', { name: 'Publish these changes' }).click();
  await expect(adminOnB.getByText('State: Published')).toBeVisible();
  expect(await publicView(visitor, a, renamed)).toEqual({ timeline: 1, exchangePage: renamed.title, search: 1, api: renamed.title });
  expect((await publicView(visitor, a, exchange)).search).toBe(0);
});

test('a session made on one instance holds on the other, and signing out or disabling the account on one ends it on both', async ({ browser }) => {
  const member = { email: 'staff.two.instances@example.org', password: 'one database, two instances' };
  const adminOnB = await newPage(browser, b.url);
  await signIn(adminOnB, admin);
  const accountPath = await createStaffAccount(adminOnB, b.url, member);

  // One browser, as behind a load balancer: its cookie goes to both instances (cookies ignore the port).
  const memberPage = await newPage(browser, a);
  await signIn(memberPage, member);
  await memberPage.goto(`${b.url}/en/manage`);
  await expect(memberPage.getByRole('heading', { level: 1, name: 'Workspace' })).toBeVisible();
  await signOut(memberPage);
  await memberPage.goto(`${a}/en/manage`);
  await expect(memberPage).toHaveURL(/\/en\/sign-in\?returnTo=/);

  await signIn(memberPage, member, b.url);
  const adminOnA = await newPage(browser, a);
  await signIn(adminOnA, admin);
  await adminOnA.goto(accountPath);
  adminOnA.once('dialog', (dialog) => void dialog.accept());
  await adminOnA.getByRole('button', { name: 'Disable account' }).click();
  await expect(adminOnA.getByText('The account is disabled.')).toBeVisible();
  for (const base of [b.url, a]) {
    await memberPage.goto(`${base}/en/manage`);
    await expect(memberPage).toHaveURL(new RegExp(`^${base}/en/sign-in\\?returnTo=`));
  }
});

test('wrong passwords tried on both instances add up to one limit, and the lockout holds on both', async ({ browser }) => {
  const member = { email: 'staff.lockout@example.org', password: 'the right password all along' };
  const adminOnA = await newPage(browser, a);
  await signIn(adminOnA, admin);
  await createStaffAccount(adminOnA, a, member);

  const page = await newPage(browser, a);
  const attempt = async (base: string, password: string) => {
    await page.goto(`${base}/en/sign-in`);
    await page.getByLabel(/^Email address/).fill(member.email);
    await page.getByLabel(/^Password/).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    return page.getByRole('main').getByRole('alert');
  };
  // Five wrong passwords (the limit), three on A and two on B: neither instance saw five itself.
  for (const base of [a, b.url, a, b.url, a]) {
    await expect(await attempt(base, 'a wrong guess')).toContainText('The email address or password is not correct.');
  }
  for (const base of [b.url, a]) {
    await expect(await attempt(base, member.password)).toContainText('Too many failed attempts.');
  }
});

test('a visitor sent to either instance for any request signs in and works without noticing', async ({ browser }) => {
  const balancer = await startBalancer([a, b.url]);
  const context = await browser.newContext({ baseURL: balancer.url });
  const page = await context.newPage();
  try {
    // Each form is shown by A and sent to B, as a balancer without sticky sessions may do.
    const showOnAThenSendToB = async (show: () => Promise<unknown>, send: () => Promise<unknown>) => {
      balancer.pin(0);
      await show();
      balancer.pin(1);
      await send();
    };
    await showOnAThenSendToB(
      async () => {
        await page.goto('/en/sign-in');
        await page.getByLabel(/^Email address/).fill(staff.email);
        await page.getByLabel(/^Password/).fill(staff.password);
      },
      async () => {
        await page.getByRole('button', { name: 'Sign in' }).click();
        await expect(page.getByRole('heading', { level: 1, name: 'Workspace' })).toBeVisible();
      },
    );
    const title = 'Zibo ceramics delegation visits Liuzhou';
    await showOnAThenSendToB(
      async () => {
        await page.goto('/en/manage/exchanges/new');
        await page.getByLabel('Title (Chinese)').fill('淄博陶瓷代表团访问柳州');
        await page.getByLabel('Title (English)').fill(title);
        await page.getByLabel('Visiting city').selectOption({ label: 'Zibo' });
        await page.getByLabel('Host city').selectOption({ label: 'Liuzhou' });
        await page.getByLabel('Date (first day)').fill('2024-12-02');
      },
      async () => {
        await page.getByRole('button', { name: 'Create draft' }).click();
        await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      },
    );
    await showOnAThenSendToB(
      () => page.reload(),
      async () => {
        await page.getByRole('button', { name: 'Submit for review' }).click();
        await expect(page.getByText('State: In review')).toBeVisible();
      },
    );
    // Taking turns, request by request.
    balancer.pin(undefined);
    for (let load = 0; load < 4; load++) {
      await page.reload();
      await expect(page.getByText('State: In review')).toBeVisible();
    }
    expect(balancer.failed).toBe(0);
    expect(balancer.served.every((count) => count > 0)).toBe(true);
  } finally {
    await context.close();
    await balancer.close();
  }
});
