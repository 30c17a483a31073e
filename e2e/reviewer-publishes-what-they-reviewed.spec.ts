import { expect, test } from '@playwright/test';
import { admin, signIn, staff } from './accounts';

/*
 * Review that works: a clerk submits a record; the reviewer finds it in the queue, sends it back with a
 * comment that the clerk reads in the workspace. Later, the clerk changes the record while the reviewer
 * has it open: the reviewer's Publish is refused and shows the change, and a second look publishes it.
 */

const title = 'Zibo sports bureau visits Liuzhou';

test('a reviewer sends a record back, and is refused a publication of a version they did not see', async ({ browser }) => {
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

  // The reviewer's queue holds it, with a count in the workspace's navigation.
  await signIn(reviewer, admin);
  const workspaceNav = reviewer.getByRole('navigation', { name: 'Workspace' });
  await workspaceNav.getByRole('link', { name: /^Awaiting review \(\d+\)$/ }).click();
  await reviewer.getByRole('link', { name: title }).click();
  await expect(reviewer.getByText('What it holds: it has never been published')).toBeVisible();
  await reviewer.getByText('Send back with a comment').click();
  await reviewer.getByLabel(/^What needs doing before it can be published/).fill('Name the source that gives the date.');
  await reviewer.getByRole('button', { name: 'Send back', exact: true }).click();
  await expect(reviewer.getByText('State: Draft')).toBeVisible();

  // The clerk reads why, in the workspace and on the record.
  await clerk.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Workspace' }).click();
  await expect(clerk.getByRole('listitem').filter({ hasText: title })).toContainText('Name the source that gives the date.');
  await clerk.goto(recordUrl);
  await clerk.getByRole('button', { name: 'Submit for review' }).click();
  await expect(clerk.getByText('State: In review')).toBeVisible();

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
