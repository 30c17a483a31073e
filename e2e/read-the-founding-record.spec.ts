import { expect, test } from '@playwright/test';

const exchangeTitle = 'Zibo government delegation visits Liuzhou to study its luosifen industry';

test('a visitor finds the Zibo–Liuzhou visit on the timeline and reads every part of it', async ({ page }) => {
  await page.goto('/en');
  await expect(page).toHaveTitle(/Timeline of exchanges/);
  const entry = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: exchangeTitle }) });
  await expect(entry).toContainText('Zibo');
  await expect(entry).toContainText('Liuzhou');
  await expect(entry).toContainText('Disputed');

  await entry.getByRole('link', { name: exchangeTitle }).click();
  await expect(page.getByRole('heading', { level: 1, name: exchangeTitle })).toBeVisible();

  // The date, flagged, with each source's claim side by side.
  const dispute = page.getByRole('region', { name: 'The sources disagree on the date', exact: true });
  const claims = dispute.getByRole('listitem');
  await expect(claims).toHaveCount(3);
  await expect(claims.nth(0)).toContainText(/5 May 2023.*Workers’ Daily.*On May 5.*Inferred by the editors/);
  await expect(claims.nth(1)).toContainText(/15 May 2023.*Liuzhou Daily.*昨日.*Inferred by the editors/);
  await expect(claims.nth(2)).toContainText(/15 May 2023.*Chinanews.*5月15日.*Stated by the source/);

  const people = page.getByRole('region', { name: 'Who went, who hosted', exact: true });
  await expect(people).toContainText('Zhao Qingwen (赵庆文)');
  await expect(people).toContainText('Leader');
  await expect(people).toContainText('Mayor of Zibo');
  await expect(people).toContainText('Zhang Zhuang (张壮)');
  await expect(people).toContainText('Accompanying host');

  const events = page.getByRole('region', { name: 'Events', exact: true });
  await expect(events.getByRole('heading', { level: 3 })).toHaveText([/Inspection of the Liuzhou luosifen industry/, /Zibo–Liuzhou symposium/]);
  await expect(events).toContainText('Guangxi Luobawang Food Co., Ltd.');

  const topics = page.getByRole('region', { name: 'Topics discussed', exact: true });
  await expect(topics.getByRole('heading', { level: 3 })).toHaveCount(4);
  await expect(topics).toContainText('How does Zibo promote flexible urban management?');
  await expect(topics).toContainText('Host side (Inferred by the editors)');

  const statements = page.getByRole('region', { name: 'Statements', exact: true });
  await expect(statements.getByRole('listitem')).toHaveCount(5);
  await expect(statements).toContainText('We welcome Zibo BBQ to enter Liuzhou');
  await expect(statements).toContainText('Third-party commentary');

  const cooperation = page.getByRole('region', { name: 'Cooperation items', exact: true });
  await expect(cooperation.getByRole('heading', { level: 3 })).toHaveText([
    /Zibo barbecue comes to Liuzhou/,
    /Liuzhou luosifen comes to Zibo/,
    /Industrial integration with complementary strengths/,
    /Exchange and cooperation on urban environmental governance/,
    /Deeper exchange on culture-and-tourism integration and urban management/,
  ]);
  await expect(cooperation.getByText('Proposed', { exact: true })).toHaveCount(5);

  const practices = page.getByRole('region', { name: 'Practices shown', exact: true });
  await expect(practices).toContainText('A barbecue map');
  await expect(practices).toContainText('Luosifen and late-night snack bus lines');

  const sources = page.getByRole('region', { name: 'Sources', exact: true });
  await expect(sources.getByRole('listitem')).toHaveCount(3);
  await expect(sources.getByRole('link', { name: 'http://gxenews.com/show.asp?id=5265' })).toBeVisible();
});

test('a cooperation item leads back to the statement it came from', async ({ page }) => {
  await page.goto('/en/exchanges/2023-05-zibo-delegation-to-liuzhou');
  const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Zibo barbecue comes to Liuzhou/ }) });
  await item.getByRole('link', { name: 'statement 2' }).click();
  await expect(page).toHaveURL(/#statement-2$/);
  await expect(page.locator('#statement-2')).toContainText('We welcome Zibo BBQ');
});

test('a Chinese reader sees the same record in Chinese', async ({ page }) => {
  await page.goto('/en/exchanges/2023-05-zibo-delegation-to-liuzhou');
  await page.getByRole('link', { name: '切换到中文' }).click();
  await expect(page).toHaveURL(/\/zh\/exchanges\/2023-05-zibo-delegation-to-liuzhou$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('淄博市政府考察团赴柳州考察螺蛳粉产业');
  const header = page.getByRole('article');
  await expect(header).toContainText('淄博');
  await expect(header).toContainText('柳州');
  const dispute = page.getByRole('region', { name: '各来源对日期说法不一', exact: true });
  await expect(dispute).toContainText('2023年5月5日');
  await expect(dispute).toContainText('2023年5月15日');
  await expect(page.getByRole('region', { name: '出访与接待人员', exact: true })).toContainText('赵庆文');
});

test('the site opens in the language the browser asks for, keeping the address asked for', async ({ browser }) => {
  for (const [locale, path, heading] of [
    ['zh-CN', '/zh', '城市交流时间线'],
    ['en-GB', '/en', 'Timeline of exchanges'],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await page.goto('/exchanges/2023-05-zibo-delegation-to-liuzhou');
    await expect(page).toHaveURL(new RegExp(`${path}/exchanges/2023-05-zibo-delegation-to-liuzhou$`));
    await context.close();
  }
});

test('a regional language address leads to the same page', async ({ page }) => {
  await page.goto('/zh-CN/exchanges/2023-05-zibo-delegation-to-liuzhou');
  await expect(page).toHaveURL(/\/zh\/exchanges\/2023-05-zibo-delegation-to-liuzhou$/);
});

test('a record that does not exist says so, with a way back', async ({ page }) => {
  const response = await page.goto('/en/exchanges/no-such-visit');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
  await page.getByRole('link', { name: 'Back to the timeline' }).click();
  await expect(page).toHaveURL(/\/en$/);
});

test('an address that matches no page says so in its language, even without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto('/zh/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  await context.close();
});
