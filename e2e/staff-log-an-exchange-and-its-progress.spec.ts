import { expect, type Page, test } from '@playwright/test';
import { publishAsAdmin, signIn, signOut, staff } from './accounts';

/*
 * The life of a record: a Zibo staff member logs an exchange, an admin publishes it, the public reads
 * it, and later the staff member records progress that the public page shows at once.
 */

const title = 'Zibo culture delegation visits Liuzhou';

async function addPart(page: Page, kind: string, fill: () => Promise<void>) {
  await page.getByRole('link', { name: `Add: ${kind}` }).click();
  await fill();
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Review and publishing' })).toBeVisible();
}

test('a wrong password is refused with a message that does not say which part was wrong', async ({ page }) => {
  await page.goto('/en/sign-in');
  await page.getByLabel(/^Email address/).fill(staff.email);
  await page.getByLabel(/^Password/).fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('The email address or password is not correct.');
  await expect(page.getByLabel(/^Email address/)).toHaveValue(staff.email);
  await expect(page.getByLabel(/^Password/)).toHaveValue('');
});

test('the workspace asks visitors to sign in', async ({ page }) => {
  await page.goto('/en/manage');
  await expect(page).toHaveURL(/\/en\/sign-in\?returnTo=/);
});

test('staff log an exchange, an admin publishes it, and the public follows its progress', async ({ page }) => {
  // A long journey: on a loaded two-core machine it can pass the default half minute.
  test.setTimeout(90_000);
  await signIn(page, staff);

  // A mistake is named next to its field, and what was typed is kept.
  await page.getByRole('link', { name: 'New exchange' }).click();
  await page.getByLabel('Title (Chinese)').fill('淄博文化代表团访问柳州');
  await page.getByLabel('Title (English)').fill(title);
  await page.getByLabel('Visiting city').selectOption({ label: 'Zibo' });
  await page.getByLabel('Host city').selectOption({ label: 'Liuzhou' });
  await page.getByLabel('Date (first day)').fill('2024-09-10');
  await page.getByLabel('Last day').fill('2024-09-08');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Last day: The end date is before the start date');
  await expect(page.getByLabel('Title (English)')).toHaveValue(title);
  await page.getByLabel('Last day').fill('2024-09-11');
  await page.getByRole('button', { name: 'Create draft' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('State: Draft')).toBeVisible();

  // The sites of a visit are given in the order visited, which the public page keeps; the museum,
  // not on record as an organization, is typed by name in its place.
  const sites = ['Guangxi Xingliu Food Co., Ltd.', 'Guangxi Luobawang Food Co., Ltd.'];
  for (const [zh, en, kind] of [
    ['参观柳州工业博物馆', 'Visit to the Liuzhou Industrial Museum', 'Site visit'],
    ['文旅座谈会', 'Culture and tourism symposium', 'Symposium'],
  ] as const) {
    await addPart(page, 'Event', async () => {
      await page.getByLabel('Kind').selectOption({ label: kind });
      await page.getByLabel('Title (Chinese)').fill(zh);
      await page.getByLabel('Title (English)').fill(en);
      if (kind !== 'Site visit') return;
      const stops = page.getByRole('group', { name: 'Sites visited, in the order visited' });
      await stops.getByLabel('No. 1: Place not on record (Chinese)').fill('柳州工业博物馆');
      await stops.getByLabel('No. 1: Place not on record (English)').fill('Liuzhou Industrial Museum');
      for (const [index, site] of sites.entries()) await stops.getByLabel(`No. ${index + 2}`, { exact: true }).selectOption({ label: site });
    });
  }
  await addPart(page, 'Topic', async () => {
    await page.getByLabel('Title (Chinese)').fill('工业遗产旅游');
    await page.getByLabel('Title (English)').fill('Industrial heritage tourism');
    await page.getByLabel('At event').selectOption({ label: 'Culture and tourism symposium' });
  });
  await addPart(page, 'Statement', async () => {
    await page.getByLabel('Kind').selectOption({ label: 'Joint statement' });
    await page.getByLabel('Form').selectOption({ label: 'As reported' });
    await page.getByLabel('Text (Chinese)').fill('双方同意共同开发工业遗产旅游线路。');
    await page.getByLabel('Text (English)').fill('Both sides agreed to develop industrial heritage tourism routes together.');
  });
  await addPart(page, 'Cooperation item', async () => {
    await page.getByLabel('Title (Chinese)').fill('联合工业遗产旅游线路');
    await page.getByLabel('Title (English)').fill('Joint industrial heritage tourism route');
    await page.getByRole('group', { name: 'Responsible cities' }).getByLabel('Zibo').check();
    await page.getByRole('group', { name: 'Partner cities' }).getByLabel('Liuzhou').check();
    await page.getByLabel('Came from statement').selectOption({ index: 1 });
  });

  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('State: In review')).toBeVisible();
  // Nobody publishes their own work.
  await expect(page.getByRole('button', { name: 'Publish' })).toHaveCount(0);
  const workspaceUrl = page.url();
  await signOut(page);

  // Not public yet.
  await page.goto('/en');
  await expect(page.getByRole('heading', { name: title })).toHaveCount(0);

  await publishAsAdmin(page, workspaceUrl);

  await page.goto('/en');
  await page.getByRole('link', { name: title }).click();
  const items = page.getByRole('region', { name: 'Cooperation items', exact: true });
  await expect(items).toContainText('Joint industrial heritage tourism route');
  await expect(items).toContainText('Proposed');
  const events = page.getByRole('region', { name: 'Events', exact: true });
  await expect(events.getByRole('heading', { level: 3 })).toHaveCount(2);
  await expect(events).toContainText(`Visited: ${['Liuzhou Industrial Museum', ...sites].join(', ')}`);

  // Later: progress, recorded by the staff member, public at once.
  await signIn(page, staff);
  await page.goto(workspaceUrl);
  await page.getByRole('link', { name: /Progress and details: Joint industrial heritage tourism route/ }).click();
  const progress = page.getByRole('region', { name: 'Progress' });
  await progress.getByLabel('As of').fill('2025-03-01');
  await progress.getByLabel('Status now').selectOption({ label: 'In progress' });
  await progress.getByLabel('Percent complete').fill('30');
  await progress.getByLabel('What happened (Chinese)').fill('首批旅行团已成行。');
  await progress.getByLabel('What happened (English)').fill('The first tour groups have travelled the route.');
  await progress.getByLabel('Evidence link').fill('https://example.org/news/route-opens');
  await progress.getByRole('button', { name: 'Record progress' }).click();
  await expect(progress.getByText('Progress recorded; the public page shows it now.')).toBeVisible();
  await signOut(page);

  await page.goto('/en');
  await page.getByRole('link', { name: title }).click();
  await expect(items).toContainText('In progress');
  await expect(items).toContainText('30%');
  await expect(items).toContainText('The first tour groups have travelled the route.');
  await items.getByText('History').click();
  await expect(items.getByRole('link', { name: 'https://example.org/news/route-opens' })).toBeVisible();
});
