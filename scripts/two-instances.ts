/**
 * Two app instances on one PostgreSQL database, behind a load balancer that takes turns: how soon a
 * change published through one instance is seen through the other, and how many requests each served.
 *
 *     DATABASE_URL=postgresql://… npm run bench:two-instances [-- --rounds 20 --reads 200 --port 3000]
 *
 * It works in a scratch database beside the one DATABASE_URL names (`<name>_two_instances`, made afresh
 * each run), builds the app if it is out of date, serves that one build on --port and the port after
 * it with the same AUTH_SECRET, and drives the system Chromium (see playwright.config.ts) through the
 * balancer. Each round an admin renames the founding exchange and publishes it, through A and B in
 * turn; the moment the publishing instance confirms, the other is asked for the exchange's page and
 * its API record. It exits non-zero if any such read did not show the change, or any request failed.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import playwrightConfig from '../playwright.config';
import { describePostgresUrl } from '../lib/db/target';
import { type AppInstance, startAppInstance, startBalancer } from '../lib/testing/app-instances';
import { ensureSiblingDatabase } from '../lib/testing/sibling-database';
import { ensureNextBuild, ensurePrismaClient } from './build-state';
import { runCommand } from './run-command';

/** The founding record, which the seed puts in every new database. */
const slug = '2023-05-zibo-delegation-to-liuzhou';
const foundingTitle = 'Zibo government delegation visits Liuzhou to study its luosifen industry';
const admin = { email: 'admin@example.org', password: 'two instances, one database' };

function count(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${option} must be a whole number above zero.`);
  return n;
}

/** How many reads of the other instance it took to see the title, and how long from `since` to the first that did. */
async function readUntilSeen(base: string, title: string, since: number): Promise<{ reads: number; ms: number }> {
  for (let reads = 1; reads <= 50; reads++) {
    const [page, record] = await Promise.all([
      fetch(`${base}/en/exchanges/${slug}`).then((response) => response.text()),
      fetch(`${base}/api/v1/exchanges/${slug}`).then((response) => response.json() as Promise<{ title: { en: string } }>),
    ]);
    if (page.includes(title) && record.title.en === title) return { reads, ms: performance.now() - since };
  }
  throw new Error(`${base} still did not show "${title}" after 50 reads.`);
}

runCommand(async () => {
  const { values } = parseArgs({
    options: { rounds: { type: 'string', default: '20' }, reads: { type: 'string', default: '200' }, port: { type: 'string', default: '3000' } },
  });
  const [rounds, reads, port] = [count(values.rounds, 'rounds'), count(values.reads, 'reads'), count(values.port, 'port')];
  const url = process.env.DATABASE_URL?.trim();
  if (!url) throw new Error('Two instances need a PostgreSQL server: set DATABASE_URL. The embedded database serves one process.');

  const scratchUrl = await ensureSiblingDatabase(url, 'two_instances', { fresh: true });
  const env = { ...process.env, DATABASE_URL: scratchUrl, AUTH_SECRET: randomBytes(32).toString('base64url') };
  ensurePrismaClient();
  ensureNextBuild();
  // Migrates and seeds the scratch database too, as it would a newcomer's.
  execFileSync('npm', ['run', '--silent', 'user:create', '--', '--email', admin.email, '--password', admin.password, '--role', 'admin'], {
    stdio: 'inherit',
    env,
  });

  // Whatever was started is stopped, last first, however the run ends.
  const started: (() => Promise<void>)[] = [];
  try {
    const instances: AppInstance[] = [];
    for (const instancePort of [port, port + 1]) {
      const instance = await startAppInstance(instancePort, env);
      started.push(() => instance.stop());
      instances.push(instance);
    }
    const balancer = await startBalancer(instances.map((instance) => instance.url));
    started.push(() => balancer.close());
    const browser = await chromium.launch(playwrightConfig.projects?.[0]?.use?.launchOptions);
    started.push(() => browser.close());

    const page = await (await browser.newContext({ baseURL: balancer.url })).newPage();
    await page.goto('/en/sign-in');
    await page.getByLabel(/^Email address/).fill(admin.email);
    await page.getByLabel(/^Password/).fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Workspace' }).waitFor();
    await page.getByRole('link', { name: foundingTitle }).click();
    await page.getByRole('heading', { name: 'Review and publishing' }).waitFor();
    const editPath = `${new URL(page.url()).pathname}/edit`;

    const seen: { writer: number; reads: number; ms: number }[] = [];
    for (let round = 0; round < rounds; round++) {
      const writer = round % 2;
      const title = `${foundingTitle} (round ${round + 1})`;
      // The whole change goes through the writer, so the read that follows is the other's first sight of it.
      balancer.pin(writer);
      await page.goto(editPath);
      await page.getByLabel('Title (English)').fill(title);
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('button', { name: 'Publish these changes' }).click();
      await page.getByText('State: Published').waitFor();
      const published = performance.now();
      balancer.pin(undefined);
      seen.push({ writer, ...(await readUntilSeen(instances[1 - writer]!.url, title, published)) });
    }

    const readsStarted = performance.now();
    const paths = ['/en', '/en/search?q=螺蛳粉', `/en/exchanges/${slug}`, '/api/v1/exchanges', '/en/cooperation'];
    // Four at a time, as a few visitors at once would.
    for (let sent = 0; sent < reads; sent += 4) {
      const batch = Array.from({ length: Math.min(4, reads - sent) }, (_, i) => paths[(sent + i) % paths.length]!);
      await Promise.all(batch.map((path) => fetch(`${balancer.url}${path}`).then((response) => response.arrayBuffer())));
    }
    const readMs = performance.now() - readsStarted;

    const names = ['A', 'B'];
    const delays = seen.map((round) => round.ms).sort((x, y) => x - y);
    const firstRead = seen.filter((round) => round.reads === 1).length;
    console.log(`Two instances on the ${describePostgresUrl(scratchUrl)}, at ${instances.map((i) => i.url).join(' and ')}, behind a balancer taking turns`);
    console.log(`  changes published: ${rounds} (${names.map((name, i) => `${seen.filter((r) => r.writer === i).length} through ${name}`).join(', ')})`);
    console.log(`  seen by the other instance on its first read: ${firstRead} of ${rounds} (its page and its API record)`);
    console.log(`  from the publishing instance's answer to the other's: median ${Math.round(delays[Math.floor(delays.length / 2)]!)} ms, slowest ${Math.round(delays.at(-1)!)} ms`);
    console.log(`  public reads through the balancer: ${reads} in ${(readMs / 1000).toFixed(1)} s, ${Math.round(reads / (readMs / 1000))} a second`);
    console.log(`  requests served: ${names.map((name, i) => `${name} ${balancer.served[i]}`).join(', ')}; failed ${balancer.failed}`);
    if (firstRead < rounds || balancer.failed > 0) throw new Error('Not every change was seen at once, or a request failed: see the figures above.');
  } finally {
    for (const stop of started.reverse()) await stop();
  }
});
