import { expect, test } from '@playwright/test';
import { admin, signIn, staff } from './accounts';

/*
 * A reviewer publishes exactly what they reviewed: the clerk changes the record while the reviewer
 * has it open, so the reviewer's Publish is refused and shows the change, and a second look publishes
 * it. (Sending back with a comment is in staff-log-a-whole-visit-on-one-page.spec.ts.)
 */

const title = 'Zibo sports bureau visits Liuzhou';

test('a reviewer is refused a publication of a version they did not see, and publishes after looking again', async ({ browser }) => {
  test.setTimeout(120_000);
  const clerk = await (await browser.newContext()).newPage();
  const reviewer = await (await browser.newContext()).newPage();

  await signIn(clerk, staff);
  await clerk.getByRole('link', { name: 'New exchange' }).click();
  await clerk.getByLabel('Title (Chinese)').fill('淄博市体育局考察柳州');
  await clerk.getByLabel('Title (English)').fill(title);
  await clerk.getByLabel('Visiting city (leading)').selectOption({ label: 'Zibo' });
  await clerk.getByLabel('Host city').selectOption({ label: 'Liuzhou' });
  await clerk.getByLabel('Date (first day)').fill('2024-10-12');
  await clerk.getByRole('button', { name: 'Create draft' }).click();
  await expect(clerk.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const recordUrl = clerk.url();
  await clerk.getByRole('button', { name: 'Submit for review' }).click();
  await expect(clerk.getByText('State: In review')).toBeVisible();

  await signIn(reviewer, admin);

  // The reviewer opens the record; meanwhile the clerk adds an event.
  await reviewer.goto(recordUrl);
  await expect(reviewer.getByText('State: In review')).toBeVisible();
  await clerk.getByRole('link', { name: 'Add: Event' }).click();
  await clerk.getByLabel('Kind').selectOption({ label: 'Symposium' });
  await clerk.getByLabel('Title (Chinese)').fill('体育产业座谈会');
  await clerk.getByLabel('Title (English)').fill('Sports industry symposium');
  await clerk.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(clerk.getByRole('heading', { name: 'Review and publishing' })).toBeVisible();

  await reviewer.getByRole('button', { name: 'Publish' }).click();
  await expect(reviewer.getByRole('main').getByRole('alert')).toContainText('This record changed after you opened it');
  const review = reviewer.getByRole('region', { name: 'Review and publishing' });
  await expect(review).toContainText('created an event');
  await reviewer.getByRole('button', { name: 'Publish' }).click();
  await expect(reviewer.getByText('State: Published')).toBeVisible();

  // Taken off again, so that later journeys find the founding record alone between the two cities.
  reviewer.once('dialog', (dialog) => dialog.accept());
  await reviewer.getByRole('button', { name: 'Delete record' }).click();
  await expect(reviewer.getByRole('heading', { level: 1, name: 'Workspace' })).toBeVisible();
});
