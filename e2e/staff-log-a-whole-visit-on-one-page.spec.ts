import { expect, type Locator, type Page, test } from '@playwright/test';
import sharp from 'sharp';
import { admin, signIn, staff } from './accounts';

/*
 * A clerk logs a whole visit to a city not yet on record on one page, with no admin's help: the city
 * and two of the sites visited are added in place, three officials (one found on record by his name in
 * the other script, two new to it), an event with four
 * sites, a topic of that event with a question the new person asked, two statements, a cooperation
 * item and a source, saved at once; then a photo, and the record goes to review. A refused save and a
 * reload lose nothing. A reviewer sends it back; the clerk fixes it in the same editor; the reviewer
 * publishes it, and the public reads it.
 */

const title = 'Zibo culture bureau visits Guilin';

const row = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
/** Adds the `n`th row of a kind; returns it. */
async function addRow(page: Page, kind: string, n = 1): Promise<Locator> {
  await page.getByRole('button', { name: `Add: ${kind}` }).click();
  return row(page, `${kind} ${n}`);
}

test('a clerk logs a whole visit on one page, and a reviewer publishes it after one round of review', async ({ page, browser }) => {
  test.setTimeout(150_000);
  let submissions = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && !request.url().includes('/sign-in') && !request.url().includes('/api/auth')) submissions++;
  });
  await signIn(page, staff);
  submissions = 0;
  await page.getByRole('link', { name: 'Log an exchange' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log an exchange' })).toBeVisible();

  const exchange = page.getByRole('region', { name: 'The exchange' });
  await exchange.getByLabel('Title (Chinese)').fill('淄博市文化局考察桂林');
  await exchange.getByLabel('Title (English)').fill(title);
  await exchange.getByLabel('Visiting city (leading)').selectOption({ label: 'Zibo' });
  // Rows added from here on are recorded in Chinese too.
  await exchange.getByLabel('Original language').selectOption({ label: 'Chinese' });

  // Guilin is not on record: the clerk adds it, and two of the places visited, in place.
  const guilin = await addRow(page, 'New city');
  await guilin.getByLabel('Name (Chinese)').fill('桂林');
  await guilin.getByLabel('Name (English)').fill('Guilin');
  await guilin.getByLabel('Province (Chinese)').fill('广西壮族自治区');
  await guilin.getByLabel('Province (English)').fill('Guangxi');
  await exchange.getByLabel('Host city').selectOption({ label: 'Guilin (new on this page)' });
  for (const [n, [zh, en]] of [
    ['桂林博物馆', 'Guilin Museum'],
    ['桂林市图书馆', 'Guilin Library'],
  ].entries()) {
    const site = await addRow(page, 'New organization', n + 1);
    await site.getByLabel('Name (Chinese)').fill(zh!);
    await site.getByLabel('Name (English)').fill(en!);
    await site.getByLabel('Kind').selectOption({ label: 'Public institution' });
    await site.getByLabel('City').selectOption({ label: 'Guilin (new on this page)' });
  }

  const leader = await addRow(page, 'Person');
  await leader.getByLabel('New person’s name (Chinese)').fill('孙文化');
  await leader.getByLabel('New person’s name (English)').fill('Sun Wenhua');
  await leader.getByLabel('Side').selectOption({ label: 'Visiting side' });
  await leader.getByLabel('Role in the exchange').selectOption({ label: 'Leader' });

  // The mayor is on record: typing his name in the other script finds him, with his post, and he is chosen rather than added twice.
  const mayor = await addRow(page, 'Person', 2);
  await mayor.getByLabel('New person’s name (English)').fill('Zhao Qingwen');
  await mayor.getByRole('button', { name: 'Choose 赵庆文 · Zhao Qingwen' }).click();
  await expect(mayor.getByLabel('Person on record')).toHaveValue(/^[0-9a-f-]{36}$/);
  await expect(mayor.getByLabel('New person’s name (English)')).toHaveValue('');
  await mayor.getByLabel('Side').selectOption({ label: 'Visiting side' });
  await mayor.getByLabel('Role in the exchange').selectOption({ label: 'Member' });
  const host = await addRow(page, 'Person', 3);
  await host.getByLabel('New person’s name (Chinese)').fill('李桂华');
  await host.getByLabel('Side').selectOption({ label: 'Host side' });
  await host.getByLabel('Role in the exchange').selectOption({ label: 'Host' });

  const visit = await addRow(page, 'Event');
  await visit.getByLabel('Kind').selectOption({ label: 'Site visit' });
  await visit.getByLabel('Title (Chinese)').fill('参观桂林文化场馆');
  await visit.getByLabel('Title (English)').fill('Visit to Guilin’s cultural venues');
  const stops = visit.getByRole('group', { name: 'Sites visited, in the order visited' });
  await stops.getByLabel('No. 1', { exact: true }).selectOption({ label: 'Guilin Museum (new on this page)' });
  await stops.getByLabel('No. 2', { exact: true }).selectOption({ label: 'Guilin Library (new on this page)' });
  await stops.getByLabel('No. 3: Place not on record (Chinese)').fill('靖江王府');
  await stops.getByLabel('No. 4: Place not on record (Chinese)').fill('东西巷');

  // A topic of the event just added, and a question asked by the person just added: both are offered at once.
  const topic = await addRow(page, 'Topic');
  await topic.getByLabel('Title (Chinese)').fill('博物馆数字化');
  await topic.getByLabel('Title (English)').fill('Museums going digital');
  await topic.getByLabel('At event').selectOption({ label: 'Visit to Guilin’s cultural venues' });
  const question = await addRow(page, 'Question');
  await question.getByLabel('Text (Chinese)').fill('馆藏如何数字化？');
  await question.getByLabel('Under topic').selectOption({ label: 'Museums going digital' });
  await question.getByLabel('Asked by', { exact: true }).selectOption({ label: 'Sun Wenhua (new on this page)' });
  await (await addRow(page, 'Statement')).getByLabel('Text (Chinese)').fill('双方将加强文化交流。');
  await (await addRow(page, 'Statement', 2)).getByLabel('Text (Chinese)').fill('欢迎桂林代表团回访淄博。');
  await (await addRow(page, 'Cooperation item')).getByLabel('Title (Chinese)').fill('互办馆藏精品展');
  const source = await addRow(page, 'New source');
  await source.getByLabel('Publication (Chinese)').fill('桂林日报');
  await source.getByLabel('Publication (English)').fill('Guilin Daily');

  // The date was left out: the save is refused in the browser, with the problem named at the top, and nothing typed is lost.
  await page.getByRole('button', { name: 'Save everything' }).click();
  const problems = page.getByRole('main').getByRole('alert');
  await expect(problems).toContainText('The exchange: Date (first day)');
  await problems.getByRole('link', { name: /The exchange: Date \(first day\)/ }).click();
  await expect(exchange.getByLabel('Date (first day)')).toBeFocused();
  await page.keyboard.type('2024-09-20');

  // Closing the page before saving keeps the draft in this browser.
  await page.reload();
  await expect(page.getByText(/had not saved were put back from this browser/)).toBeVisible();
  await expect(exchange.getByLabel('Date (first day)')).toHaveValue('2024-09-20');
  await expect(row(page, 'Question 1').getByLabel('Asked by', { exact: true })).toHaveValue(/^new:/);

  await page.getByRole('button', { name: 'Save everything' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const recordUrl = page.url();
  await expect(page.getByRole('region', { name: 'People' })).toContainText('Sun Wenhua');
  await expect(page.getByRole('region', { name: 'People' })).toContainText('Zhao Qingwen');
  await expect(page.getByRole('region', { name: 'Questions' })).toContainText('馆藏如何数字化？');

  await page.getByRole('link', { name: 'Add: Document or photo' }).click();
  const photo = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#7a4a1f' } }).jpeg().toBuffer();
  await page.getByLabel(/^File/).setInputFiles({ name: 'museum.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.getByLabel('Caption (Chinese)').fill('代表团参观桂林博物馆');
  await page.getByLabel('What the photo shows (Chinese)').fill('代表团成员在展柜前听讲解员介绍。');
  await page.getByLabel(/^Credit/).fill('淄博市文化局');
  await page.getByLabel(/^Licence/).fill('CC BY 4.0');
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByRole('region', { name: 'Documents and photos' })).toContainText('代表团参观桂林博物馆');
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('State: In review')).toBeVisible();
  // Save, upload, submit: no admin step on the way.
  expect(submissions).toBeLessThanOrEqual(5);

  // A reviewer finds it in the queue, sees what it holds, and sends it back.
  const reviewer = await (await browser.newContext()).newPage();
  await signIn(reviewer, admin);
  await reviewer.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: /^Awaiting review \(\d+\)$/ }).click();
  await reviewer.getByRole('link', { name: title }).click();
  await expect(reviewer.getByText('What it holds: it has never been published')).toBeVisible();
  await reviewer.getByText('Send back with a comment').click();
  await reviewer.getByLabel(/^What needs doing before it can be published/).fill('The second statement was said at the dinner, not recorded by a source: remove it.');
  await reviewer.getByRole('button', { name: 'Send back', exact: true }).click();
  await expect(reviewer.getByText('State: Draft')).toBeVisible();

  // The clerk reads why, and fixes it in the same editor.
  await page.goto(recordUrl);
  await expect(page.getByRole('main')).toContainText('remove it.');
  await page.getByRole('link', { name: 'Edit everything on one page' }).click();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Remove: Statement 2' }).click();
  await page.getByRole('button', { name: 'Save everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Statements' }).getByRole('group')).toHaveCount(1);
  await page.goto(recordUrl);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('State: In review')).toBeVisible();

  await reviewer.goto(recordUrl);
  await reviewer.getByRole('button', { name: 'Publish' }).click();
  await expect(reviewer.getByText('State: Published')).toBeVisible();

  // The public reads it, with the city that was new to the record.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/en');
  await visitor.getByRole('link', { name: title }).click();
  await expect(visitor.getByRole('main')).toContainText('Guilin');
  await expect(visitor.getByRole('main')).toContainText('Guilin Museum');
  await expect(visitor.getByRole('main')).not.toContainText('欢迎桂林代表团回访淄博');
});
