import { expect, type Page, test } from '@playwright/test';
import { signIn, staff } from './accounts';

/*
 * Staff complete the founding record: they add a host-side participant with the post held at the
 * time, add a source and cite it for an event, and settle the date the sources disagree on. Each
 * mistake is named beside its field. Nothing reaches the public until someone reviews and publishes.
 */

const record = 'Zibo government delegation visits Liuzhou to study its luosifen industry';

async function openFoundingRecord(page: Page) {
  await signIn(page, staff);
  await page.getByRole('link', { name: record }).click();
  await expect(page.getByRole('heading', { level: 1, name: record })).toBeVisible();
}

const fieldAlert = (page: Page) => page.getByRole('main').getByRole('alert');

test('staff add a participant and a source, cite it, and settle the disputed date for review', async ({ page }) => {
  await openFoundingRecord(page);

  // A participant new to the record, with the post held at the time, given in both languages.
  await page.getByRole('link', { name: 'Add: Person' }).click();
  await page.getByLabel(/^New person’s name \(Chinese\)/).fill('黎明');
  await page.getByLabel(/^New person’s name \(English\)/).fill('Li Ming');
  await page.getByLabel(/^Side/).selectOption({ label: 'Host side' });
  await page.getByLabel(/^Role in the exchange/).selectOption({ label: 'Member' });
  await page.getByLabel(/^Post at the time \(Chinese\)/).fill('柳州市商务局局长');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(fieldAlert(page)).toContainText('Post at the time (English): Give the title in both languages, or leave both empty');
  await page.getByLabel(/^Post at the time \(English\)/).fill('Director of the Liuzhou Commerce Bureau');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const people = page.getByRole('region', { name: 'People' });
  await expect(people).toContainText('Li Ming · Host side · Director of the Liuzhou Commerce Bureau');

  // A source: a malformed address is named, then the source joins the numbered list.
  await page.getByRole('link', { name: 'Add a source' }).click();
  await page.getByLabel(/^Kind of source/).selectOption({ label: 'Government release' });
  await page.getByLabel(/^Publication \(Chinese\)/).fill('柳州市人民政府');
  await page.getByLabel(/^Publication \(English\)/).fill('Liuzhou Municipal Government');
  await page.getByLabel(/^Published on/).fill('2023-05-06');
  await page.getByLabel(/^Web address/).fill('www.liuzhou.gov.cn/news');
  await page.getByRole('button', { name: 'Add a source' }).click();
  await expect(fieldAlert(page)).toContainText('Web address: Enter a web address that starts with http:// or https://');
  await page.getByLabel(/^Web address/).fill('https://www.liuzhou.gov.cn/news');
  await page.getByRole('button', { name: 'Add a source' }).click();
  await expect(page.getByRole('link', { name: /^Edit source: \[\d\] Liuzhou Municipal Government$/ })).toBeVisible();

  // Cite it for the symposium, with where in the release.
  await page.getByRole('link', { name: 'Edit: Zibo–Liuzhou symposium' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit: Event' })).toBeVisible();
  const cited = page.getByRole('region', { name: 'Sources of this entry' });
  await cited.getByText('Cite a source').click();
  await cited.getByLabel(/^Source/).selectOption({ label: 'Liuzhou Municipal Government · 2023-05-06' });
  await cited.getByLabel(/^Where in the source/).fill('para. 2');
  await cited.getByRole('button', { name: 'Add citation' }).click();
  await expect(cited).toContainText('Liuzhou Municipal Government — para. 2');

  // Settle the date on the report that gives 5 May.
  await page.goto(page.url().replace(/\/event\/.*$/, ''));
  const claims = page.getByRole('region', { name: 'What the sources say' });
  await expect(claims.getByText('Disputed', { exact: true })).toBeVisible();
  await claims.getByRole('button', { name: /^Accept this value: 5 May 2023/ }).click();
  await expect(claims.getByText('Settled', { exact: true })).toBeVisible();
  await expect(page.getByText('State: Draft')).toBeVisible();

  // The public keeps the reviewed version, dispute and all, until the change is published.
  await page.goto('/en/exchanges/2023-05-zibo-delegation-to-liuzhou');
  await expect(page.getByRole('heading', { name: 'The sources disagree on the date' })).toBeVisible();
  await expect(page.getByText('Li Ming')).toHaveCount(0);
});
