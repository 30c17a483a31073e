import { expect, type Page, test } from '@playwright/test';
import { admin, publishAsAdmin, signIn, signOut, staff } from './accounts';

/*
 * Zibo and Weifang send one delegation to Liuzhou; in the autumn Liuzhou returns the visit to Zibo.
 * Zibo's office records both, links the return to the joint visit, and the public reads each from its
 * own side, and the two cities' pages as a thread of visits and returns.
 */

const jointTitle = 'Zibo and Weifang joint delegation visits Liuzhou';
const returnTitle = 'Liuzhou delegation returns the visit to Zibo';

async function createExchange(page: Page, fields: { zh: string; en: string; from: string; joining?: string; to: string; date: string }) {
  await page.goto('/en/manage');
  await page.getByRole('link', { name: 'New exchange' }).click();
  await page.getByLabel('Title (Chinese)').fill(fields.zh);
  await page.getByLabel('Title (English)').fill(fields.en);
  await page.getByLabel('Visiting city (leading)').selectOption({ label: fields.from });
  if (fields.joining) await page.getByRole('group', { name: /Other visiting cities/ }).getByLabel('No. 1').selectOption({ label: fields.joining });
  await page.getByLabel('Host city').selectOption({ label: fields.to });
  await page.getByLabel('Date (first day)').fill(fields.date);
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: fields.en })).toBeVisible();
  return page.url();
}

async function deleteRecord(page: Page, workspaceUrl: string) {
  await page.goto(workspaceUrl);
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Delete record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workspace' })).toBeVisible();
}

test('staff record a joint delegation of two cities and its return visit; both pages show the link and the pair reads as a thread', async ({ page }) => {
  // Two records, each written, reviewed and published, then read from both sides.
  test.setTimeout(120_000);
  await signIn(page, admin);
  await page.goto('/en/admin/cities');
  await page.getByRole('link', { name: 'New city' }).click();
  await page.getByLabel(/^Name \(Chinese\)/).fill('潍坊');
  await page.getByLabel(/^Name \(English\)/).fill('Weifang');
  await page.getByLabel(/^Web address key/).fill('weifang');
  await page.getByLabel(/^Province \(Chinese\)/).fill('山东省');
  await page.getByLabel(/^Province \(English\)/).fill('Shandong Province');
  await page.getByRole('button', { name: 'Add city' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Weifang' })).toBeVisible();
  await signOut(page);

  await signIn(page, staff);
  // A city on both sides is refused at its field, and what was typed stays.
  await page.getByRole('link', { name: 'New exchange' }).click();
  await page.getByLabel('Title (Chinese)').fill('淄博潍坊联合代表团访问柳州');
  await page.getByLabel('Title (English)').fill(jointTitle);
  await page.getByLabel('Visiting city (leading)').selectOption({ label: 'Zibo' });
  const others = page.getByRole('group', { name: /Other visiting cities/ });
  await others.getByLabel('No. 1').selectOption({ label: 'Liuzhou' });
  await page.getByLabel('Host city').selectOption({ label: 'Liuzhou' });
  await page.getByLabel('Date (first day)').fill('2024-04-16');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Other visiting cities: A further visiting city cannot be the host');
  await expect(page.getByLabel('Title (English)')).toHaveValue(jointTitle);
  await expect(others.getByLabel('No. 1')).toHaveValue(/.+/);
  await others.getByLabel('No. 1').selectOption({ label: 'Weifang' });
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: jointTitle })).toBeVisible();
  const jointUrl = page.url();
  await page.getByRole('button', { name: 'Submit for review' }).click();

  const returnUrl = await createExchange(page, { zh: '柳州代表团回访淄博', en: returnTitle, from: 'Liuzhou', to: 'Zibo', date: '2024-10-22' });
  await page.getByRole('link', { name: 'Add: Link to another exchange' }).click();
  await page.getByRole('combobox', { name: 'Kind', exact: true }).selectOption({ label: 'Returns the visit of' });
  const target = page.getByLabel(/^The other exchange/);
  await target.selectOption((await target.locator('option', { hasText: jointTitle }).getAttribute('value'))!);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: returnTitle })).toBeVisible();
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await signOut(page);

  await publishAsAdmin(page, jointUrl);
  await publishAsAdmin(page, returnUrl);

  await page.goto('/en');
  await page.getByRole('link', { name: jointTitle }).click();
  const header = page.getByRole('main').locator('header');
  await expect(header).toContainText('Zibo, Weifang →');
  await expect(page.getByRole('term').filter({ hasText: 'Together with' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Visits returned, follow-ups and series' })).toContainText(`Its visit was returned by ${returnTitle}`);

  await page.getByRole('link', { name: returnTitle }).click();
  await expect(page.getByRole('region', { name: 'Visits returned, follow-ups and series' })).toContainText(`Returns the visit of ${jointTitle}`);

  await page.goto('/en/cities/zibo/liuzhou');
  const thread = page.getByRole('region', { name: 'Visits and returns, oldest first' });
  await expect(thread.getByRole('listitem').filter({ hasText: returnTitle }).first()).toContainText(`Returns the visit of ${jointTitle}`);
  await page.goto('/en/cities/weifang/liuzhou');
  await expect(page.getByRole('main')).toContainText(jointTitle);
  await page.goto('/en/cities/weifang');
  await expect(page.getByRole('main')).toContainText('Liuzhou');

  // Taken off again, so that later journeys find the founding record alone between the two cities.
  await signIn(page, admin);
  await deleteRecord(page, returnUrl);
  await deleteRecord(page, jointUrl);
});
