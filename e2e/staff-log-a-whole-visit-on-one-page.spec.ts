import { expect, type Locator, type Page, test } from '@playwright/test';
import { signIn, staff } from './accounts';

/*
 * A clerk logs a whole visit on one page: the exchange, its people (one new to the record), an event
 * with the sites it visited, a topic of that event with a question the new person asked, a statement
 * and a cooperation item, and saves it all at once. A refused save loses nothing, and neither does
 * closing the page before saving. Later the clerk reorders and removes rows in the same editor.
 */

const title = 'Zibo culture bureau visits Liuzhou';

const row = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
/** Adds the `n`th row of a kind; returns it. */
async function addRow(page: Page, kind: string, n = 1): Promise<Locator> {
  await page.getByRole('button', { name: `Add: ${kind}` }).click();
  return row(page, `${kind} ${n}`);
}

test('a clerk logs a whole visit on one page and saves it at once', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, staff);
  await page.getByRole('link', { name: 'Log an exchange' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log an exchange' })).toBeVisible();

  const exchange = page.getByRole('region', { name: 'The exchange' });
  await exchange.getByLabel('Title (Chinese)').fill('淄博市文化局考察柳州');
  await exchange.getByLabel('Title (English)').fill(title);
  await exchange.getByLabel('Visiting city (leading)').selectOption({ label: 'Zibo' });
  await exchange.getByLabel('Host city').selectOption({ label: 'Liuzhou' });
  // Rows added from here on are recorded in Chinese too.
  await exchange.getByLabel('Original language').selectOption({ label: 'Chinese' });

  const leader = await addRow(page, 'Person');
  await leader.getByLabel('New person’s name (Chinese)').fill('孙文化');
  await leader.getByLabel('New person’s name (English)').fill('Sun Wenhua');
  await leader.getByLabel('Side').selectOption({ label: 'Visiting side' });
  await leader.getByLabel('Role in the exchange').selectOption({ label: 'Leader' });

  const visit = await addRow(page, 'Event');
  await visit.getByLabel('Kind').selectOption({ label: 'Site visit' });
  await visit.getByLabel('Title (Chinese)').fill('参观柳州工业博物馆');
  await visit.getByLabel('Title (English)').fill('Visit to the Liuzhou Industrial Museum');
  const stops = visit.getByRole('group', { name: 'Sites visited, in the order visited' });
  await stops.getByLabel('No. 1: Place not on record (Chinese)').fill('柳州工业博物馆');
  await stops.getByLabel('No. 1: Place not on record (English)').fill('Liuzhou Industrial Museum');

  // A topic of the event just added, and a question asked by the person just added: both are offered at once.
  const topic = await addRow(page, 'Topic');
  await topic.getByLabel('Title (Chinese)').fill('工业遗产保护');
  await topic.getByLabel('Title (English)').fill('Keeping industrial heritage');
  await topic.getByLabel('At event').selectOption({ label: 'Visit to the Liuzhou Industrial Museum' });
  const question = await addRow(page, 'Question');
  await question.getByLabel('Text (Chinese)').fill('老厂房如何变成博物馆？');
  await question.getByLabel('Under topic').selectOption({ label: 'Keeping industrial heritage' });
  await question.getByLabel('Asked by', { exact: true }).selectOption({ label: 'Sun Wenhua (new on this page)' });

  const statement = await addRow(page, 'Statement');
  await statement.getByLabel('Text (Chinese)').fill('双方将加强文化交流。');
  const item = await addRow(page, 'Cooperation item');
  await item.getByLabel('Title (Chinese)').fill('互办工业遗产展');

  // The date was left out: the save is refused, with the problem named at the top, and nothing typed is lost.
  await page.getByRole('button', { name: 'Save everything' }).click();
  const problems = page.getByRole('main').getByRole('alert');
  await expect(problems).toContainText('The exchange: Date (first day)');
  await problems.getByRole('link', { name: /The exchange: Date \(first day\)/ }).click();
  await expect(exchange.getByLabel('Date (first day)')).toBeFocused();
  await page.keyboard.type('2024-09-20');
  await expect(row(page, 'Question 1').getByLabel('Text (Chinese)')).toHaveValue('老厂房如何变成博物馆？');

  // Closing the page before saving keeps the draft in this browser.
  await page.reload();
  await expect(page.getByText(/had not saved were put back from this browser/)).toBeVisible();
  await expect(exchange.getByLabel('Date (first day)')).toHaveValue('2024-09-20');
  await expect(row(page, 'Question 1').getByLabel('Asked by', { exact: true })).toHaveValue(/^new:/);

  await page.getByRole('button', { name: 'Save everything' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const people = page.getByRole('region', { name: 'People' });
  await expect(people).toContainText('Sun Wenhua');
  await expect(page.getByRole('region', { name: 'Questions' })).toContainText('老厂房如何变成博物馆？');

  // In the same editor, a second event goes before the first, and the statement goes.
  await page.getByRole('link', { name: 'Edit everything on one page' }).click();
  await expect(row(page, 'Event 1').getByLabel('Title (English)')).toHaveValue('Visit to the Liuzhou Industrial Museum');
  const symposium = await addRow(page, 'Event', 2);
  await symposium.getByLabel('Kind').selectOption({ label: 'Symposium' });
  await symposium.getByLabel('Title (Chinese)').fill('文化产业座谈会');
  await page.getByRole('button', { name: 'Move up: Event 2' }).click();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Remove: Statement 1' }).click();
  await page.getByRole('button', { name: 'Save everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(row(page, 'Event 1').getByLabel('Title (Chinese)')).toHaveValue('文化产业座谈会');
  await expect(page.getByRole('region', { name: 'Statements' }).getByRole('group')).toHaveCount(0);
});
