import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

/**
 * Every public page, in both languages, as people who do not read it with a mouse on a wide screen
 * meet it: through a screen reader (no serious WCAG 2.1 A/AA failure that axe can find, a title that
 * says which page this is, the page's language), and on a small phone (nothing wider than the screen,
 * so reading never means scrolling sideways line by line).
 */

const languages = [
  { locale: 'zh', reader: 'a reader of the Chinese site', lang: 'zh-CN', siteName: '交流', mainNavigation: '主导航' },
  { locale: 'en', reader: 'a reader of the English site', lang: 'en-GB', siteName: 'Jiaoliu', mainNavigation: 'Main' },
] as const;

type Locale = (typeof languages)[number]['locale'];

interface PublicPage {
  what: string;
  path: string;
  /** The title before the site's name: it says which page, and which view of it, this is. */
  title: string;
  /** The HTTP status the page is sent with, when it is not 200. */
  status?: number;
}

/** The public pages in each language. */
const pages: Record<Locale, readonly PublicPage[]> = {
  zh: [
    { what: 'the timeline', path: '/zh', title: '城市交流时间线' },
    { what: 'the timeline narrowed to Zibo and Liuzhou', path: '/zh?city=zibo&partner=liuzhou', title: '城市交流时间线：淄博 ↔ 柳州' },
    { what: 'the page of the Zibo delegation’s visit', path: '/zh/exchanges/2023-05-zibo-delegation-to-liuzhou', title: '淄博市政府考察团赴柳州考察螺蛳粉产业' },
    { what: 'the search results for 螺蛳粉', path: `/zh/search?q=${encodeURIComponent('螺蛳粉')}`, title: '“螺蛳粉” · 搜索' },
    { what: 'the list of cities', path: '/zh/cities', title: '城市及其交流' },
    { what: 'Zibo’s city page', path: '/zh/cities/zibo', title: '淄博' },
    { what: 'the page of Zibo and Liuzhou together', path: '/zh/cities/zibo/liuzhou', title: '淄博 ↔ 柳州' },
    { what: 'the cooperation tracker', path: '/zh/cooperation', title: '合作追踪' },
    { what: 'the staff sign-in page', path: '/zh/sign-in', title: '工作人员登录' },
    { what: 'the page for an address that does not exist', path: '/zh/no-such-page', title: '页面不存在', status: 404 },
    { what: 'the page for an exchange that does not exist', path: '/zh/exchanges/no-such-exchange', title: '页面不存在', status: 404 },
  ],
  en: [
    { what: 'the timeline', path: '/en', title: 'Timeline of exchanges' },
    { what: 'the timeline narrowed to Zibo and Liuzhou', path: '/en?city=zibo&partner=liuzhou', title: 'Timeline of exchanges: Zibo ↔ Liuzhou' },
    {
      what: 'the page of the Zibo delegation’s visit',
      path: '/en/exchanges/2023-05-zibo-delegation-to-liuzhou',
      title: 'Zibo government delegation visits Liuzhou to study its luosifen industry',
    },
    { what: 'the search results for 螺蛳粉', path: `/en/search?q=${encodeURIComponent('螺蛳粉')}`, title: '“螺蛳粉” · Search' },
    { what: 'the search results for luosifen', path: '/en/search?q=luosifen', title: '“luosifen” · Search' },
    { what: 'the list of cities', path: '/en/cities', title: 'Cities and their exchanges' },
    { what: 'Zibo’s city page', path: '/en/cities/zibo', title: 'Zibo' },
    { what: 'the page of Zibo and Liuzhou together', path: '/en/cities/zibo/liuzhou', title: 'Zibo ↔ Liuzhou' },
    { what: 'the cooperation tracker', path: '/en/cooperation', title: 'Cooperation tracker' },
    { what: 'the staff sign-in page', path: '/en/sign-in', title: 'Staff sign-in' },
    { what: 'the page for an address that does not exist', path: '/en/no-such-page', title: 'Not found', status: 404 },
    { what: 'the page for an exchange that does not exist', path: '/en/exchanges/no-such-exchange', title: 'Not found', status: 404 },
  ],
};

const phone = { width: 360, height: 740 };

/** The serious and critical failures axe finds, one line each, so that a failing test says what to fix. */
async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} — ${node.target.join(' ')}`),
    );
}

for (const language of languages) {
  for (const { what, path, title, status = 200 } of pages[language.locale]) {
    test(`${language.reader} can use ${what} with a screen reader and a phone`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(status);

      await expect(page.locator('html')).toHaveAttribute('lang', language.lang);
      await expect(page).toHaveTitle(`${title} · ${language.siteName}`);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S/);
      // The tab and bookmarks show the site's icon, and the browser asks no missing /favicon.ico.
      const icon = await page.locator('link[rel="icon"]').getAttribute('href');
      expect((await page.request.get(icon!)).status(), 'the site icon').toBe(200);
      await expect(page.getByRole('navigation', { name: language.mainNavigation, exact: true })).toBeVisible();
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);

      expect(await seriousViolations(page), 'on a wide screen').toEqual([]);

      await page.setViewportSize(phone);
      // Wide tables scroll within their own frame; the page itself must fit the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'the page’s width on a phone').toBeLessThanOrEqual(phone.width);
      expect(await seriousViolations(page), 'on a phone').toEqual([]);
    });
  }
}

test('a keyboard user skips to the timeline’s filters and narrows it without a mouse', async ({ page }) => {
  await page.goto('/en');

  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Skip to content' });
  await expect(skipLink).toBeFocused();
  // Hidden until focused, then shown: a sighted keyboard user must see where they are.
  expect((await skipLink.boundingBox())?.width).toBeGreaterThan(20);

  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const filters = page.getByRole('region', { name: 'Filter the timeline' });
  await expect(filters.getByLabel('City', { exact: true })).toBeFocused();
  await expect(filters.getByLabel('City', { exact: true })).toHaveCSS('outline-style', 'solid');
  await page.keyboard.type('Zibo');
  await page.keyboard.press('Tab');
  await expect(filters.getByLabel('With city')).toBeFocused();
  await page.keyboard.type('Liuzhou');
  await page.keyboard.press('Tab');
  await expect(filters.getByLabel('Year')).toBeFocused();
  await page.keyboard.type('2023');
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/en\?city=zibo&partner=liuzhou&year=2023/);
  await expect(page).toHaveTitle('Timeline of exchanges: Zibo ↔ Liuzhou, 2023 · Jiaoliu');
  await expect(page.getByRole('status')).toHaveText('1 exchange');
  await expect(filters.getByLabel('City', { exact: true })).toHaveValue('zibo');
});
