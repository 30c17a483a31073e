import { expect, type Locator, type Page, test } from '@playwright/test';
import sharp from 'sharp';
import { admin, signIn, signOut, staff } from './accounts';

/*
 * Zibo's office records that Zibo and Liuzhou became sister cities in June 2024, with the signed
 * agreement, a photo of the signing and the delegations' contact sheet (internal), and two reports that
 * disagree on the month; an administrator reviews and publishes it. The two city pages, the pair's page
 * and the network of cities show it, the disputed month with each report's; the contact sheet's
 * address answers "not found" to the public.
 */

const pdf = (title: string) => Buffer.from(`%PDF-1.7\n% ${title}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

/** Picks the option that names a source, as a person reads the list. */
async function choose(select: Locator, text: string) {
  await select.selectOption((await select.locator('option', { hasText: text }).first().getAttribute('value'))!);
}

async function claimDate(page: Page, month: string, source: string) {
  const claim = page.getByRole('region', { name: 'Add a claim' });
  await claim.getByLabel(/^What the source gives/).fill(month);
  await choose(claim.getByLabel(/^Source/), source);
  await claim.getByRole('button', { name: 'Add a claim' }).click();
  await expect(page.getByRole('region', { name: 'Sources and claims' })).toContainText(`Established on · ${month} · ${source}`);
}

async function uploadFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, described: { caption: string; alt?: string; visibility?: string }) {
  await page.getByRole('link', { name: 'Add: Document or photo' }).click();
  await page.getByLabel(/^File/).setInputFiles(file);
  await page.getByLabel('Caption (English)').fill(described.caption);
  if (described.alt) await page.getByLabel('What the photo shows (English)').fill(described.alt);
  await page.getByLabel(/^Credit/).fill('Zibo Foreign Affairs Office');
  await page.getByLabel(/^Licence/).fill('CC BY 4.0');
  if (described.visibility) await page.getByLabel('Who may see it').selectOption({ label: described.visibility });
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByRole('region', { name: 'Documents and photos' })).toContainText(described.caption);
}

test('staff record a sister-city relationship with its agreement and photos, an admin publishes it, and the city and pair pages and the network show it', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, staff);
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Relationships' }).click();
  await page.getByRole('link', { name: 'New relationship' }).click();
  await page.getByRole('combobox', { name: 'City', exact: true }).selectOption({ label: 'Zibo' });
  await page.getByLabel('Partner city').selectOption({ label: 'Liuzhou' });
  await page.getByLabel('Kind of relationship').selectOption({ label: 'Sister cities' });
  await page.getByLabel('Status').selectOption({ label: 'In force' });
  // A relationship in force has not ended: the date is refused at its field, and what was typed stays.
  await page.getByLabel('Established on').fill('2024-06');
  await page.getByLabel('How precisely the date of establishment is known').selectOption({ label: 'Month only' });
  await page.getByLabel('Ended on').fill('2025-01-01');
  await page.getByLabel('What the agreement says (English)').fill('The two cities agree to cooperate in culture, tourism and food industries.');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Ended on: A relationship proposed or in force has no end date');
  await expect(page.getByLabel('Established on')).toHaveValue('2024-06');
  await page.getByLabel('Ended on').fill('');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zibo – Liuzhou' })).toBeVisible();
  const relationshipUrl = page.url();

  await uploadFile(page, { name: 'agreement.pdf', mimeType: 'application/pdf', buffer: pdf('agreement') }, { caption: 'The signed sister-city agreement' });
  const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#7a3b1f' } }).jpeg().toBuffer();
  await uploadFile(page, { name: 'signing.jpg', mimeType: 'image/jpeg', buffer: photo }, { caption: 'The mayors sign', alt: 'Two mayors shake hands over a signed agreement.' });
  await uploadFile(
    page,
    { name: 'contacts.pdf', mimeType: 'application/pdf', buffer: pdf('contacts') },
    { caption: 'Delegation contact sheet', visibility: 'Staff only (never shown to the public)' },
  );
  const contactSheetId = (await page.getByRole('link', { name: 'Edit contacts.pdf' }).getAttribute('href'))!.split('/').at(-1)!;

  const cite = page.getByRole('region', { name: 'Cite a source on record' });
  await choose(cite.getByLabel(/^Source/), 'Workers’ Daily');
  await cite.getByRole('button', { name: 'Add citation' }).click();
  await expect(page.getByRole('region', { name: 'Sources and claims' }).getByRole('listitem').filter({ hasText: 'Workers’ Daily' })).toHaveCount(1);
  await claimDate(page, '2024-06', 'Workers’ Daily');
  await claimDate(page, '2024-07', 'Liuzhou Daily');

  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('State: In review')).toBeVisible();
  // Nobody publishes what they wrote themselves.
  await expect(page.getByRole('button', { name: 'Publish' })).toHaveCount(0);
  await signOut(page);

  await signIn(page, admin);
  await page.goto(relationshipUrl);
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('State: Published')).toBeVisible();
  await signOut(page);

  await page.goto('/en/cities/zibo');
  await page.getByRole('link', { name: 'Relationships (1)' }).click();
  const listed = page.getByRole('region', { name: 'Relationships with other cities' });
  await expect(listed).toContainText('Liuzhou');
  await expect(listed).toContainText('Sister cities');
  await expect(listed).toContainText('June 2024');
  await page.goto('/en/cities/liuzhou');
  await expect(page.getByRole('region', { name: 'Relationships with other cities' })).toContainText('Zibo');

  await page.goto('/en/cities/zibo/liuzhou');
  const theirs = page.getByRole('region', { name: 'Their relationships' });
  await expect(theirs).toContainText('The two cities agree to cooperate in culture, tourism and food industries.');
  await expect(theirs.getByRole('img', { name: 'Two mayors shake hands over a signed agreement.' })).toBeVisible();
  await expect(theirs).not.toContainText('Delegation contact sheet');
  await expect(theirs).toContainText('The sources disagree on when it was established: source 1: June 2024; source 2: July 2024');
  await expect(theirs.getByRole('listitem').filter({ hasText: /^1\. Workers’ Daily/ })).toBeVisible();
  const agreement = await page.request.get((await theirs.getByRole('link', { name: 'The signed sister-city agreement' }).getAttribute('href'))!);
  expect(agreement.status()).toBe(200);
  expect(agreement.headers()['content-disposition']).toContain('attachment');
  const visitor = await browser.newContext();
  expect((await visitor.request.get(`/api/files/${contactSheetId}/original`)).status()).toBe(404);
  await visitor.close();

  await page.goto('/en/cities');
  await expect(page.getByRole('main')).toContainText('Sister cities (in force)');

  // Taken off again, so that later journeys find the two cities as the founding record left them.
  await signIn(page, admin);
  await page.goto(relationshipUrl);
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Delete record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Relationships between cities' })).toBeVisible();
});
