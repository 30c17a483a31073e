import { expect, type Page } from '@playwright/test';

/** The accounts `npm run user:create` makes before the server starts (scripts/e2e-server.ts). */
export const staff = { email: 'staff.zibo@example.org', password: 'zibo exchange office 2024' };
export const admin = { email: 'admin@example.org', password: 'jiaoliu administrator' };

/** Signs in on the page's own site, or on the instance at `base` (http://host:port). */
export async function signIn(page: Page, account: { email: string; password: string }, base = '') {
  await page.goto(`${base}/en/sign-in`);
  await page.getByLabel(/^Email address/).fill(account.email);
  await page.getByLabel(/^Password/).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workspace' })).toBeVisible();
}

/** An admin reviews the record at `workspaceUrl` and publishes it, then signs out again. */
export async function publishAsAdmin(page: Page, workspaceUrl: string) {
  await signIn(page, admin);
  await page.goto(workspaceUrl);
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('State: Published')).toBeVisible();
  await signOut(page);
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
}
