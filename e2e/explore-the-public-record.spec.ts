import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { openApiChecker } from '../lib/testing/openapi';

const exchangeTitle = 'Zibo government delegation visits Liuzhou to study its luosifen industry';
const exchangeTitleZh = '淄博市政府考察团赴柳州考察螺蛳粉产业';

test('a visitor filters the timeline to Zibo ↔ Liuzhou and opens the pair’s page', async ({ page }) => {
  await page.goto('/en');
  const filters = page.getByRole('region', { name: 'Filter the timeline' });
  await filters.getByLabel('City', { exact: true }).selectOption({ label: 'Zibo' });
  await filters.getByLabel('With city').selectOption({ label: 'Liuzhou' });
  await filters.getByRole('button', { name: 'Show exchanges' }).click();

  await expect(page).toHaveURL(/\/en\?city=zibo&partner=liuzhou/);
  await expect(page.getByRole('status')).toHaveText('1 exchange');
  await expect(page.getByRole('heading', { name: exchangeTitle })).toBeVisible();

  // A filter that cannot be one is named, not ignored.
  await page.goto('/en?city=atlantis&year=abc');
  await expect(page.getByRole('alert', { name: /These filters cannot be used/ })).toBeVisible();
  await expect(page.getByLabel('Year')).toHaveAccessibleDescription(/Enter a whole number/);

  await page.goto('/en/exchanges/2023-05-zibo-delegation-to-liuzhou');
  await page.getByRole('link', { name: /Zibo.*Liuzhou/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zibo ↔ Liuzhou' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Statements' })).toContainText('We welcome Zibo BBQ to enter Liuzhou');
  const items = page.getByRole('region', { name: 'Cooperation items and where they stand' });
  await expect(items.getByRole('rowheader')).toHaveCount(5);
  await expect(page.getByText('0 of 5 completed')).toBeVisible();
});

test('a visitor searches 螺蛳粉 in Chinese and follows a cooperation item to the statement it came from', async ({ page }) => {
  await page.goto('/zh/search');
  await page.getByLabel('搜索词').fill('螺蛳粉');
  await page.getByRole('button', { name: '搜索' }).click();
  await expect(page).toHaveURL(/\/zh\/search\?q=/);
  await expect(page.getByRole('status')).toContainText('“螺蛳粉”共');

  const firstHit = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: exchangeTitleZh }) });
  await expect(firstHit.locator('mark').first()).toHaveText('螺蛳粉');
  // What was typed is text, never markup.
  await page.goto(`/zh/search?q=${encodeURIComponent('<script>window.injected=1</script>螺蛳粉')}`);
  expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();

  await page.goto('/zh/cooperation');
  const item = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /淄博烧烤进柳州/ }) });
  await expect(item).toContainText('久无进展');
  await item.getByRole('link', { name: /第 \d+ 条发言/ }).click();
  await expect(page).toHaveURL(/\/zh\/exchanges\/2023-05-zibo-delegation-to-liuzhou#statement-\d+$/);
  await expect(page.locator(new URL(page.url()).hash)).toContainText('欢迎淄博烧烤进入柳州');
});

test('a visitor downloads the pair’s exchanges as CSV and as a calendar file', async ({ page }) => {
  await page.goto('/en?city=zibo&partner=liuzhou');
  const downloads = page.getByRole('navigation', { name: 'Take this list with you' });

  const [csv] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('link', { name: 'Download as CSV' }).click()]);
  const csvText = await readFile((await csv.path())!, 'utf8');
  const [header, row, ...rest] = csvText.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(rest).toEqual([]);
  expect(header).toContain('slug,url_zh,url_en,kind,start_date');
  expect(row).toContain('2023-05-zibo-delegation-to-liuzhou');
  expect(row).toContain(exchangeTitleZh);
  expect(row).toContain(',true,zibo,');

  const [ics] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('link', { name: 'Calendar (iCalendar)' }).click()]);
  const lines = (await readFile((await ics.path())!, 'utf8')).replace(/\r\n[ \t]/g, '').split('\r\n');
  expect(lines).toContain('BEGIN:VEVENT');
  expect(lines).toContain(`SUMMARY:${exchangeTitle}`);
  expect(lines.find((line) => line.startsWith('URL:'))).toMatch(/\/en\/exchanges\/2023-05-zibo-delegation-to-liuzhou$/);
  expect(lines).toContain('STATUS:TENTATIVE');
  expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);

  // A program asking with a bad filter is told what is wrong, not handed an empty file.
  const refused = await page.request.get('/api/v1/exchanges.csv?year=twenty&lang=en');
  expect(refused.status()).toBe(400);
  expect((await refused.json()).errors).toEqual({ year: expect.stringContaining('whole number') });
});

test('a developer reads the API’s document and gets answers that match it', async ({ page, request }) => {
  const documentAnswer = await request.get('/api/v1/openapi.json');
  expect(documentAnswer.ok()).toBe(true);
  const problemsWith = openApiChecker(await documentAnswer.json());
  const answer = async (path: string, address: string) => {
    const response = await request.get(address);
    const body = await response.json();
    expect(problemsWith(path, { status: response.status(), contentType: response.headers()['content-type'] ?? null, body })).toEqual([]);
    return body;
  };

  // The timeline's own link to the same list in JSON.
  await page.goto('/en?city=zibo&partner=liuzhou');
  const apiLink = page.getByRole('navigation', { name: 'Take this list with you' }).getByRole('link', { name: 'JSON API' });
  const list = await answer('/api/v1/exchanges', (await apiLink.getAttribute('href'))!);
  expect(list.total).toBe(1);
  const exchange = await answer('/api/v1/exchanges/{slug}', new URL(list.data[0].api_url).pathname);
  expect(exchange.title.zh).toBe(exchangeTitleZh);
  expect(exchange.start_date_claims.state).toBe('disputed');
  await answer('/api/v1/items', '/api/v1/items?city=zibo&status=stale');
  await answer('/api/v1/cities', '/api/v1/cities');
  const popolo = await answer('/api/v1/popolo', '/api/v1/popolo?lang=en');
  expect(popolo.events[0].name).toBe(exchangeTitle);
  expect((await answer('/api/v1/exchanges', '/api/v1/exchanges?modified_since=last%20week')).errors).toEqual({
    modified_since: expect.stringContaining('2026-01-31'),
  });
});
