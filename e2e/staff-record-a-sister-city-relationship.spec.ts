import { expect, test } from '@playwright/test';
import { admin, signIn, signOut, staff } from './accounts';

/*
 * Zibo's office records that Zibo and Liuzhou became sister cities in June 2024; an administrator
 * reviews and publishes it. The two city pages, the pair's page and the network of cities show it.
 */

test('staff record a sister-city relationship, an admin publishes it, and the city and pair pages and the network show it', async ({ page }) => {
  test.setTimeout(90_000);
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
  await expect(page.getByRole('region', { name: 'Their relationships' })).toContainText('The two cities agree to cooperate in culture, tourism and food industries.');

  await page.goto('/en/cities');
  await expect(page.getByRole('main')).toContainText('Sister cities (in force)');

  // Taken off again, so that later journeys find the two cities as the founding record left them.
  await signIn(page, admin);
  await page.goto(relationshipUrl);
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Delete record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Relationships between cities' })).toBeVisible();
});
