import { expect, test } from '@playwright/test';
import { signIn, staff } from './accounts';

/*
 * A Zibo staff member deletes an event of the founding record by mistake, finds it under "Deleted
 * records" and restores it. The account is made by `npm run user:create` before the server starts
 * (scripts/e2e-server.ts).
 */

const record = 'Zibo government delegation visits Liuzhou to study its luosifen industry';
const event = 'Inspection of the Liuzhou luosifen industry';

test('staff delete an event by mistake and restore it from the deleted records', async ({ page }) => {
  await signIn(page, staff);

  await page.getByRole('link', { name: record }).click();
  const events = page.getByRole('region', { name: 'Events', exact: true });
  await events.getByRole('link', { name: `Edit: ${event}` }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: record })).toBeVisible();
  await expect(events).not.toContainText(event);

  await page.getByRole('link', { name: 'Deleted records' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deleted records' })).toBeVisible();
  const deletedEvents = page.getByRole('region', { name: 'Events', exact: true });
  await expect(deletedEvents.getByRole('listitem').filter({ hasText: event })).toContainText(`In “${record}”`);
  await deletedEvents.getByRole('button', { name: `Restore: ${event}` }).click();

  const confirmation = page.getByRole('main').getByRole('status');
  await expect(confirmation).toContainText('Event restored. Its exchange is a draft again until someone reviews it.');
  await expect(page.getByRole('button', { name: `Restore: ${event}` })).toHaveCount(0);
  await confirmation.getByRole('link', { name: 'Open its exchange' }).click();

  await expect(page.getByRole('heading', { level: 1, name: record })).toBeVisible();
  await expect(events.getByRole('listitem').filter({ hasText: event })).toBeVisible();
  await expect(page.getByText('State: Draft')).toBeVisible();
});
