import { expect, test } from '@playwright/test';
import { admin, signIn, staff } from './accounts';

/*
 * An admin keeps the reference data tidy: adds a city, and finds that Zhao Qingwen, the Zibo mayor of
 * the founding record (赵庆文), was entered a second time from an English report with only his
 * English name, and merges that entry into the first. The accounts are made by `npm run user:create`
 * before the server starts (scripts/e2e-server.ts).
 */

test('the reference screens ask visitors to sign in and tell staff they are for administrators', async ({ page }) => {
  await page.goto('/en/admin/people');
  await expect(page).toHaveURL(/\/en\/sign-in\?returnTo=/);
  await signIn(page, staff);
  await page.goto('/en/admin/cities');
  await expect(page.getByRole('heading', { level: 1, name: 'For administrators only' })).toBeVisible();
});

test('an admin adds a city and merges two entries for one person', async ({ page }) => {
  await signIn(page, admin);

  // A bad latitude is named next to its field, and what was typed is kept.
  await page.goto('/en/admin/cities');
  await page.getByRole('link', { name: 'New city' }).click();
  await page.getByLabel(/^Name \(Chinese\)/).fill('西安');
  await page.getByLabel(/^Name \(English\)/).fill('Xi’an');
  await page.getByLabel(/^Web address key/).fill('xian');
  await page.getByLabel(/^Province \(Chinese\)/).fill('陕西省');
  await page.getByLabel(/^Province \(English\)/).fill('Shaanxi Province');
  await page.getByLabel(/^Latitude/).fill('134.27');
  await page.getByLabel(/^Longitude/).fill('108.94');
  await page.getByRole('button', { name: 'Add city' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Latitude: Enter a number from -90 to 90');
  await expect(page.getByLabel(/^Name \(English\)/)).toHaveValue('Xi’an');
  await page.getByLabel(/^Latitude/).fill('34.27');
  await page.getByRole('button', { name: 'Add city' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Xi’an' })).toBeVisible();
  await page.goto('/en/admin/cities?q=shaanxi');
  await expect(page.getByRole('link', { name: 'Xi’an' })).toBeVisible();

  // The same mayor, entered again from an English report.
  await page.goto('/en/admin/people');
  await page.getByRole('link', { name: 'New person' }).click();
  await page.getByLabel(/^Name \(English\)/).fill('Zhao Qingwen');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zhao Qingwen', exact: true })).toBeVisible();

  await page.goto('/en/admin/people');
  await page.getByLabel('Filter by name').fill('zhao');
  await page.getByRole('button', { name: 'Filter', exact: true }).click();
  const entries = page.getByRole('main').getByRole('listitem');
  await expect(entries).toHaveCount(2);
  await page.getByRole('link', { name: 'Zhao Qingwen (赵庆文)' }).click();
  await expect(page.getByRole('region', { name: 'Posts held' })).toContainText('Mayor of Zibo');

  await page.getByLabel(/^The other entry/).selectOption({ label: 'Zhao Qingwen' });
  await page.getByRole('button', { name: 'Review the merge' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Merge two entries for one person' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Merged into it, then deleted' })).toContainText('Zhao Qingwen');
  await page.getByRole('button', { name: 'Merge into this entry' }).click();

  await expect(page.getByText('The two entries are now one.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Zhao Qingwen (赵庆文)' })).toBeVisible();
  await expect(page.getByLabel(/^Name \(Chinese\)/)).toHaveValue('赵庆文');
  await expect(page.getByLabel(/^Name \(English\)/)).toHaveValue('Zhao Qingwen');
  await expect(page.getByRole('region', { name: 'History' })).toContainText('Merged in');

  await page.goto('/en/admin/people?q=zhao');
  await expect(entries).toHaveCount(1);
});
