import { expect, test } from '@playwright/test';
import { admin, publishAsAdmin, signIn, signOut, staff } from './accounts';

/*
 * A clerk in Zibo writes Chinese; the English comes later, from someone else. The record is saved and
 * published in Chinese alone: English readers get the Chinese with a note, and the staff's list of
 * what awaits translation names it until the English is added.
 */

const titleZh = '淄博市文旅局考察柳州夜市经济';

test('a record written in Chinese only is published with its English pending, and listed for translation', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, staff);
  await page.getByRole('link', { name: 'New exchange' }).click();
  await page.getByLabel('Original language').selectOption({ label: 'Chinese' });
  // The original language is the one that cannot wait.
  await page.getByLabel('Title (English)').fill('Zibo culture and tourism bureau studies Liuzhou’s night markets');
  await page.getByLabel('Visiting city (leading)').selectOption({ label: 'Zibo' });
  await page.getByLabel('Host city').selectOption({ label: 'Liuzhou' });
  await page.getByLabel('Date (first day)').fill('2024-08-09');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Title (Chinese): Write this in the record’s original language');
  await page.getByLabel('Title (English)').fill('');
  await page.getByLabel('Title (Chinese)').fill(titleZh);
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: titleZh })).toBeVisible();
  const workspaceUrl = page.url();

  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Awaiting translation' }).click();
  await expect(page.getByRole('region', { name: titleZh })).toContainText(`the exchange: ${titleZh}`);

  await page.goto(workspaceUrl);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await signOut(page);
  await publishAsAdmin(page, workspaceUrl);

  await page.goto('/en');
  await page.getByRole('link', { name: titleZh }).click();
  const heading = page.getByRole('heading', { level: 1, name: titleZh });
  await expect(heading).toBeVisible();
  await expect(heading.locator('[lang="zh-CN"]')).toHaveText(titleZh);
  await expect(page.getByText('Translation pending: shown in the original Chinese')).toBeVisible();

  // Taken off again, so that later journeys find the founding record alone between the two cities.
  await signIn(page, admin);
  await page.goto(workspaceUrl);
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Delete record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workspace' })).toBeVisible();
});
