import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { admin, publishAsAdmin, signIn, signOut, staff } from './accounts';

/*
 * A signing ceremony's record gets its agreement (kept internal: it carries signatures and contact
 * details) and a photo of the signing, which the public sees with its description once the record is
 * published; the agreement's address answers "not found" to them.
 */

const title = 'Zibo and Liuzhou sign a cultural tourism agreement';
const agreement = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

test('staff add an internal agreement and a described photo; the public sees the photo alone', async ({ page, browser }) => {
  const photo = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#1f6f4a' } }).jpeg().toBuffer();
  await signIn(page, staff);
  await page.getByRole('link', { name: 'New exchange' }).click();
  await page.getByLabel('Kind of exchange').selectOption({ label: 'Signing ceremony' });
  await page.getByLabel('Title (Chinese)').fill('淄博柳州签署文旅合作协议');
  await page.getByLabel('Title (English)').fill(title);
  await page.getByLabel('Visiting city').selectOption({ label: 'Zibo' });
  await page.getByLabel('Host city').selectOption({ label: 'Liuzhou' });
  await page.getByLabel('Date (first day)').fill('2024-11-20');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const workspaceUrl = page.url();

  await page.getByRole('link', { name: 'Add: Document or photo' }).click();
  await page.getByLabel(/^File/).setInputFiles({ name: '协议.pdf', mimeType: 'application/pdf', buffer: agreement });
  await page.getByLabel('Caption (Chinese)').fill('淄博柳州文旅合作协议（签字页）');
  await page.getByLabel(/^Credit/).fill('淄博市外事办');
  await page.getByLabel(/^Licence/).fill('所有权利保留');
  await page.getByLabel('Who may see it').selectOption({ label: 'Staff only (never shown to the public)' });
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const internalLink = page.getByRole('link', { name: /^Edit: 淄博柳州文旅合作协议/ });
  const internalId = (await internalLink.getAttribute('href'))!.split('/').at(-1)!;

  // A photo without words for what it shows is refused, and says so at the field.
  await page.getByRole('link', { name: 'Add: Document or photo' }).click();
  await page.getByLabel(/^File/).setInputFiles({ name: 'signing.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.getByLabel('Caption (English)').fill('The two mayors sign the agreement');
  await page.getByLabel(/^Credit/).fill('Liuzhou Daily');
  await page.getByLabel(/^Licence/).fill('CC BY 4.0');
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('What the photo shows (Chinese): Describe what the photo shows');
  await page.getByLabel(/^File/).setInputFiles({ name: 'signing.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.getByLabel('What the photo shows (English)').fill('Two officials at a table sign a document under a banner reading “Cultural tourism cooperation”.');
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByRole('region', { name: 'Documents and photos' })).toContainText('The two mayors sign the agreement');

  await page.getByRole('button', { name: 'Submit for review' }).click();
  await signOut(page);
  await publishAsAdmin(page, workspaceUrl);

  await page.goto('/en');
  await page.getByRole('link', { name: title }).click();
  const files = page.getByRole('region', { name: 'Documents and photos' });
  const shown = files.getByRole('img', { name: /Two officials at a table sign a document/ });
  // The photo loads lazily: bring it into view, then wait until the browser has decoded it.
  await shown.scrollIntoViewIfNeeded();
  await expect.poll(() => shown.evaluate((image: HTMLImageElement) => (image.complete ? image.naturalWidth : 0))).toBeGreaterThan(0);
  await expect(files).toContainText('Licence: CC BY 4.0');
  await expect(files).not.toContainText('签字页');

  const visitor = await browser.newContext();
  const internal = await visitor.request.get(`/api/files/${internalId}/original`);
  expect(internal.status()).toBe(404);
  await visitor.close();

  // Taken off again, so that later journeys find the founding record alone between the two cities.
  await signIn(page, admin);
  await page.goto(workspaceUrl);
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Delete record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workspace' })).toBeVisible();
});
