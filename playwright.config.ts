import { existsSync, readdirSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Browser journeys in a real Chromium against the app as `npm start` serves it, on a database of its
 * own (see scripts/e2e-server.ts). Playwright's own browser download needs the internet, so the
 * system Chromium is used: `apt-get install -y chromium fonts-noto-cjk` on Debian or Ubuntu.
 */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  throw new Error(
    `No Chromium at ${executablePath}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH.`,
  );
}
const port = Number(process.env.E2E_PORT ?? 3100);

/**
 * Continuous integration runs the whole suite on both databases (.ci/run), and each journey on one of
 * them: `E2E_HALF=1` or `2` runs every other journey file in alphabetical order, and a journey that
 * needs PostgreSQL in whichever half has it. The data-access layer beneath every journey is tested on
 * both databases by the unit suite. Without E2E_HALF, every journey runs.
 */
function otherHalf(half: string | undefined): string[] {
  if (half !== '1' && half !== '2') return [];
  const needsPostgres = ['two-instances-share-one-database.spec.ts'];
  const journeys = readdirSync('e2e')
    .filter((file) => file.endsWith('.spec.ts') && !needsPostgres.includes(file))
    .sort();
  const mine = new Set([...journeys.filter((_, index) => String((index % 2) + 1) === half), ...(process.env.DATABASE_URL ? needsPostgres : [])]);
  return [...journeys, ...needsPostgres].filter((file) => !mine.has(file)).map((file) => `**/${file}`);
}

export default defineConfig({
  testDir: 'e2e',
  testIgnore: otherHalf(process.env.E2E_HALF),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // The server shares the two cores with the browsers; in CI one browser at a time keeps timings calm.
  workers: process.env.CI ? 1 : 2,
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath,
          // The closed network refuses Chromium's background connections; as root it needs --no-sandbox.
          args: [
            '--no-sandbox',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'tsx scripts/e2e-server.ts',
    url: `http://localhost:${port}/en`,
    env: { PORT: String(port) },
    // E2E_REUSE_SERVER=1 runs against a server already started with `tsx scripts/e2e-server.ts`.
    reuseExistingServer: Boolean(process.env.E2E_REUSE_SERVER),
    timeout: 300_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
