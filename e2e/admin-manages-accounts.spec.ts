import { expect, test } from '@playwright/test';
import { admin, signIn, staff } from './accounts';

/*
 * An admin gives the Liuzhou exchange office an account, the new staff member signs in, the admin
 * disables the account again, and the audit log shows both changes.
 */

const liuzhouStaff = { email: 'staff.liuzhou@example.org', password: 'liuzhou exchange office 2025' };

test('the admin section asks visitors to sign in, and tells staff it is for administrators', async ({ page }) => {
  await page.goto('/en/admin/audit');
  await expect(page).toHaveURL(/\/en\/sign-in\?returnTo=%2Fen%2Fadmin%2Faudit/);

  await signIn(page, staff);
  await expect(page.getByRole('link', { name: 'Administration' })).toHaveCount(0);
  await page.goto('/en/admin/accounts');
  await expect(page.getByRole('heading', { level: 1, name: 'For administrators only' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('You do not have permission to do that.');
  await expect(page.getByRole('main')).not.toContainText(admin.email);
});

test('an address that already has an account is refused, keeping what was typed but the passwords', async ({ page }) => {
  await signIn(page, admin);
  await page.goto('/en/admin/accounts/new');
  await page.getByLabel(/^Email address/).fill(staff.email);
  await page.getByLabel(/^Name/).fill('Second Zibo account');
  await page.getByLabel(/^Password(?! again)/).fill('a long enough password');
  await page.getByLabel(/^Password again/).fill('a long enough password');
  await page.getByRole('group', { name: 'Cities' }).getByLabel('Zibo').check();
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page.getByRole('main').getByRole('alert')).toContainText('An account with this email address already exists.');
  await expect(page.getByLabel(/^Email address/)).toHaveValue(staff.email);
  await expect(page.getByLabel(/^Name/)).toHaveValue('Second Zibo account');
  await expect(page.getByRole('group', { name: 'Cities' }).getByLabel('Zibo')).toBeChecked();
  await expect(page.getByLabel(/^Password(?! again)/)).toHaveValue('');
  await expect(page.getByLabel(/^Password again/)).toHaveValue('');
});

test('an admin creates a staff account, disables it, and finds both in the audit log', async ({ page, browser, baseURL }) => {
  await signIn(page, admin);
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Administration' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
  await page.getByRole('link', { name: 'New account' }).click();

  // A password that is too short is named before anything is sent.
  await page.getByLabel(/^Email address/).fill(liuzhouStaff.email);
  await page.getByLabel(/^Name/).fill('Liuzhou exchange office');
  await page.getByLabel(/^Password(?! again)/).fill('liuzhou');
  await page.getByLabel(/^Password again/).fill('liuzhou');
  await page.getByLabel(/^Role/).selectOption({ label: 'Staff' });
  await page.getByRole('group', { name: 'Cities' }).getByLabel('Liuzhou').check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Password: At least 12 characters');
  await expect(page.getByLabel(/^Email address/)).toHaveValue(liuzhouStaff.email);

  await page.getByLabel(/^Password(?! again)/).fill(liuzhouStaff.password);
  await page.getByLabel(/^Password again/).fill(liuzhouStaff.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: liuzhouStaff.email })).toBeVisible();
  const accountUrl = page.url();

  // The new staff member signs in, in a browser of their own.
  const staffContext = await browser.newContext({ baseURL });
  const staffPage = await staffContext.newPage();
  await signIn(staffPage, liuzhouStaff);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Disable account' }).click();
  await expect(page.getByText('The account is disabled.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enable account' })).toBeVisible();

  // Their next page load finds them signed out, and the password no longer lets them in.
  await staffPage.reload();
  await expect(staffPage).toHaveURL(/\/en\/sign-in\?returnTo=/);
  await staffPage.getByLabel(/^Email address/).fill(liuzhouStaff.email);
  await staffPage.getByLabel(/^Password/).fill(liuzhouStaff.password);
  await staffPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(staffPage.getByRole('main').getByRole('alert')).toContainText('This account has been disabled.');
  await staffContext.close();

  // The audit log, filtered by kind, has both changes, made by the admin.
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  for (const kind of ['Account created', 'Account disabled']) {
    await page.getByLabel(/^Event/).selectOption({ label: kind });
    await page.getByLabel(/^Account/).fill('staff.liuzhou');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(/kind=ACCOUNT_(CREATED|DISABLED)/);
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText(kind);
    await expect(rows.nth(1)).toContainText(admin.email);
    await expect(rows.nth(1)).toContainText(liuzhouStaff.email);
  }

  // A filter that cannot be one is named, not ignored.
  await page.goto('/en/admin/audit?view=events&from=2026-02-30');
  await expect(page.getByRole('main').getByRole('alert')).toContainText('From (day): Enter a real date');
  await expect(page.getByRole('table')).toHaveCount(0);

  await page.goto(accountUrl);
  await expect(page.getByText(/^Disabled since/)).toBeVisible();
});

test('an admin signs a staff member out of every browser, and they can sign in again', async ({ page, browser, baseURL }) => {
  const guangzhouStaff = { email: 'staff.guangzhou@example.org', password: 'guangzhou exchange office 2025' };
  await signIn(page, admin);
  await page.goto('/en/admin/accounts/new');
  await page.getByLabel(/^Email address/).fill(guangzhouStaff.email);
  await page.getByLabel(/^Password(?! again)/).fill(guangzhouStaff.password);
  await page.getByLabel(/^Password again/).fill(guangzhouStaff.password);
  await page.getByLabel(/^Role/).selectOption({ label: 'Staff' });
  await page.getByRole('group', { name: 'Cities' }).getByLabel('Liuzhou').check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: guangzhouStaff.email })).toBeVisible();

  // Signed in at the office and on a laptop.
  const browsers = await Promise.all([browser.newContext({ baseURL }), browser.newContext({ baseURL })]);
  const pages = await Promise.all(browsers.map((context) => context.newPage()));
  for (const staffPage of pages) await signIn(staffPage, guangzhouStaff);
  await page.reload();
  await expect(page.getByRole('definition').filter({ hasText: 'In 2 browsers' })).toBeVisible();

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Signed out of 2 browsers.' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Nowhere' })).toBeVisible();
  await expect(page.getByText(/^Active$/)).toBeVisible();

  for (const staffPage of pages) {
    await staffPage.reload();
    await expect(staffPage).toHaveURL(/\/en\/sign-in\?returnTo=/);
  }
  await signIn(pages[0]!, guangzhouStaff);
  await Promise.all(browsers.map((context) => context.close()));

  await page.goto(`/en/admin/audit?view=events&kind=SESSIONS_ENDED&account=${encodeURIComponent(guangzhouStaff.email)}`);
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Signed out everywhere');
  await expect(rows.nth(1)).toContainText('Sessions ended: 2');
});

test('an account page refuses a save made from an out-of-date copy, and leaves an administrator in place', async ({ page, context }) => {
  await signIn(page, admin);
  await page.goto('/en/admin/accounts');
  await page.getByRole('link', { name: admin.email }).click();
  await expect(page.getByRole('heading', { level: 1, name: admin.email })).toBeVisible();
  const outOfDate = await context.newPage();
  await outOfDate.goto(page.url());

  // Two saves in a row from the same page: each names the version the one before it left.
  const access = page.getByRole('region', { name: 'Name, role and cities' });
  for (const name of ['Jiaoliu administrator', 'Jiaoliu administrators']) {
    await access.getByRole('textbox', { name: 'Name' }).fill(name);
    await Promise.all([page.waitForResponse((response) => response.request().method() === 'POST'), access.getByRole('button', { name: 'Save changes' }).click()]);
    await expect(access.getByRole('status')).toContainText('Saved.');
    await expect(access.getByRole('alert')).toHaveCount(0);
  }

  const staleAccess = outOfDate.getByRole('region', { name: 'Name, role and cities' });
  await staleAccess.getByRole('textbox', { name: 'Name' }).fill('Someone else');
  await staleAccess.getByRole('button', { name: 'Save changes' }).click();
  await expect(staleAccess.getByRole('alert')).toContainText('Someone else changed this record after you opened it.');
  await expect(staleAccess.getByRole('textbox', { name: 'Name' })).toHaveValue('Someone else');

  await access.getByLabel(/^Role/).selectOption({ label: 'Staff' });
  await access.getByRole('button', { name: 'Save changes' }).click();
  await expect(access.getByRole('alert')).toContainText('This is the last active administrator account');
  await page.reload();
  await expect(page.getByRole('main')).toContainText('Administrator');
  await expect(access.getByRole('textbox', { name: 'Name' })).toHaveValue('Jiaoliu administrators');
});

test('the audit log filters work without JavaScript, every filter in the address', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, admin);
  await page.goto('/en/admin/audit?view=changes');
  await page.getByRole('link', { name: 'Security events' }).click();
  await page.getByLabel(/^Event/).selectOption({ label: 'Signed in' });
  await page.getByLabel(/^Account/).fill(admin.email);
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/view=events&kind=SIGN_IN&account=admin%40example.org/);
  await expect(page.getByLabel(/^Event/)).toHaveValue('SIGN_IN');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toContainText('Signed in');
  for (const row of (await rows.all()).slice(1)) await expect(row).toContainText('Signed in');
  await context.close();
});
