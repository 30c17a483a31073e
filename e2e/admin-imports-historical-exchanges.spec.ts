import { expect, test } from '@playwright/test';
import { exchangesCsv, historicalExchange } from '../lib/testing/import-files';
import { admin, signIn, staff } from './accounts';

/*
 * An admin brings the city's older visits in from a spreadsheet: the first check finds a date that
 * does not exist, the corrected file imports with its progress bar running to the end, and the visits
 * wait in the workspace as drafts, their history naming the file. The accounts are made by
 * `npm run user:create` before the server starts (scripts/e2e-server.ts).
 */

const visits = [
  historicalExchange(1, { slug: '2019-04-zibo-to-liuzhou', start_date: '2019-04-12', title_en: 'Zibo trade mission to Liuzhou', title_zh: '淄博经贸代表团赴柳州' }),
  historicalExchange(2, { slug: '2020-11-zibo-to-liuzhou', start_date: '2020-11-31', title_en: 'Zibo culture week in Liuzhou', title_zh: '柳州“淄博文化周”' }),
];
const file = (rows: typeof visits) => ({ name: 'zibo-history.csv', mimeType: 'text/csv', buffer: Buffer.from(exchangesCsv(rows)) });

test('staff are told the import screen is for administrators', async ({ page }) => {
  await signIn(page, staff);
  await page.goto('/en/admin/import');
  await expect(page.getByRole('heading', { level: 1, name: 'For administrators only' })).toBeVisible();
});

test('an admin checks a file, corrects it and imports it', async ({ page }) => {
  await signIn(page, admin);
  await page.goto('/en/admin/accounts');
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Import' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import exchanges' })).toBeVisible();

  await page.getByLabel('File (CSV or JSON)').setInputFiles(file(visits));
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('One problem. Nothing is imported while the file has any: correct it and check it again.');
  const problems = page.getByRole('table', { name: /problem/ });
  await expect(problems.getByRole('row')).toHaveCount(2);
  await expect(problems.getByRole('row').nth(1)).toHaveText(/^3start_dateEnter a real date as YYYY-MM-DD/);
  await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);

  visits[1] = { ...visits[1]!, start_date: '2020-11-30' };
  await page.getByLabel('File (CSV or JSON)').setInputFiles(file(visits));
  await page.getByRole('button', { name: 'Check the file' }).click();
  const summary = page.getByRole('region', { name: 'The file' });
  await expect(summary.getByRole('definition')).toHaveText(['CSV', '2', '2', '0', '0', '0', '0']);
  await page.getByRole('button', { name: 'Import 2 exchanges' }).click();

  await expect(page.getByRole('main').getByRole('status')).toHaveText('Imported 2 exchanges as drafts. Open the workspace');
  const bar = page.getByRole('progressbar', { name: 'Import progress' });
  await expect(bar).toHaveAttribute('max', '2');
  await expect(bar).toHaveAttribute('value', '2');
  await expect(page.getByText('2 of 2 exchanges written')).toBeVisible();

  // The same file again adds nothing.
  await page.getByLabel('File (CSV or JSON)').setInputFiles(file(visits));
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Every exchange in the file is already on record: importing it adds nothing.');

  // The visits wait in the workspace as drafts, their history naming the file.
  await page.goto('/en/manage');
  await expect(page.getByRole('link', { name: 'Zibo trade mission to Liuzhou' })).toBeVisible();
  await page.getByRole('link', { name: 'Zibo culture week in Liuzhou' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zibo culture week in Liuzhou' })).toBeVisible();
  await page.goto(`${page.url()}/history`);
  await expect(page.getByText('Imported from zibo-history.csv')).toBeVisible();

  // The audit log has the import, and the screen speaks Chinese too.
  await page.goto('/en/admin/audit?kind=IMPORT');
  await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('zibo-history.csv');
  await page.goto('/zh/admin/import');
  await expect(page.getByRole('heading', { level: 1, name: '导入交流记录' })).toBeVisible();
  await expect(page.getByRole('button', { name: '检查文件' })).toBeVisible();
});

test('an admin imports an archive already checked elsewhere and publishes it at once', async ({ page }) => {
  const archive = [historicalExchange(3, { slug: '2018-09-liuzhou-to-zibo', start_date: '2018-09-05', title_en: 'Liuzhou delegation studies Zibo ceramics', title_zh: '柳州代表团考察淄博陶瓷' })];
  await signIn(page, admin);
  await page.goto('/en/admin/import');
  await page.getByLabel('File (CSV or JSON)').setInputFiles({ name: 'archive.csv', mimeType: 'text/csv', buffer: Buffer.from(exchangesCsv(archive)) });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByRole('checkbox', { name: 'Publish them at once' }).check();
  await page.getByRole('button', { name: 'Import 1 exchange' }).click();

  await expect(page.getByRole('main').getByRole('status')).toHaveText('Imported 1 exchange and published it. Open the workspace');
  await expect(page.getByText('1 of 1 exchange published')).toBeVisible();

  // Anyone can read it now, without a review in between.
  await page.context().clearCookies();
  await page.goto('/en/exchanges/2018-09-liuzhou-to-zibo');
  await expect(page.getByRole('heading', { level: 1, name: 'Liuzhou delegation studies Zibo ceramics' })).toBeVisible();

  // Deleted again, so that the other journeys find the founding record alone between the two cities.
  await signIn(page, admin);
  await page.goto('/en/manage');
  await page.getByRole('link', { name: 'Liuzhou delegation studies Zibo ceramics' }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Delete record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workspace' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Liuzhou delegation studies Zibo ceramics' })).toHaveCount(0);
  expect((await page.request.get('/en/exchanges/2018-09-liuzhou-to-zibo')).status()).toBe(404);
});
