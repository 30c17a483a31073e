/**
 * The benchmark: the app under load at a fixed concurrency, next to the physical baseline on the same
 * machine and database (bench/baseline-server.ts), on a database of generated records.
 *
 *     DATABASE_URL=postgresql://… npm run bench [-- --exchanges 100000 --clients 50 --seconds 20]
 *
 * The records live in a database beside the one DATABASE_URL names (`<name>_bench_<exchanges>`),
 * generated on the first run and reused after (generating 100,000 exchanges takes a while). For each
 * scenario (the timeline, an exchange's page, search, the JSON API) it reports throughput, latency
 * percentiles and errors for the app as visitors get it (page cache on), for the app rendering every
 * page (cache off), and for the baseline, with the app's figures as ratios of the baseline's. Then the
 * search in the database alone: each word's time and whether its plan reads an index. It exits
 * non-zero when a request failed or a search plan scans the table.
 *
 * lib/data is marked server-only, so package.json runs this with Node's `react-server` condition.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { installDatabase } from '../lib/db/client';
import { withDatabase } from '../lib/db/connect';
import { prepareDatabase } from '../lib/db/prepare';
import { type DatabaseTarget, describePostgresUrl } from '../lib/db/target';
import { searchPublicRecords } from '../lib/data/search';
import { hitQueries, searchPageSize } from '../lib/data/search-queries';
import { anonymous } from '../lib/data/viewer';
import type { PrismaClient } from '../lib/generated/prisma/client';
import { parseSearchQuery } from '../lib/search/terms';
import { startAppInstance } from '../lib/testing/app-instances';
import { ensureSiblingDatabase } from '../lib/testing/sibling-database';
import { ensureNextBuild } from '../scripts/build-state';
import { runCommand } from '../scripts/run-command';
import { generateExchanges } from './generate';
import { type LoadFigures, percentile, runLoad } from './load';

const root = path.resolve(import.meta.dirname, '..');
const ports = { app: 3401, uncached: 3402, baseline: 3403 };

/** Words of three or more characters, in both languages, from the generated records' vocabulary. */
const searchWords = ['螺蛳粉', '新能源汽车', '城市管理', '营商环境', '文旅融合', 'tourism', 'barbecue', 'vehicle', 'governance', 'cooperation'];

function wholeNumber(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${option} must be a whole number above zero.`);
  return n;
}

async function benchDatabase(baseUrl: string, exchanges: number): Promise<DatabaseTarget> {
  let url = await ensureSiblingDatabase(baseUrl, `bench_${exchanges}`);
  const target = (): DatabaseTarget => ({ kind: 'postgres', url, description: describePostgresUrl(url) });
  const count = await withDatabase(target(), async (db) =>
    db.$queryRaw<[{ n: number }]>`SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'Exchange'`.then(async ([{ n }]) =>
      n ? (await db.exchange.count()) : 0,
    ),
  );
  if (count >= exchanges) {
    console.log(`Using the ${exchanges.toLocaleString('en')} exchanges already in ${target().description}.`);
    await prepareDatabase(target(), { seed: false });
    return target();
  }
  url = await ensureSiblingDatabase(baseUrl, `bench_${exchanges}`, { fresh: true });
  console.log(`Generating ${exchanges.toLocaleString('en')} exchanges in ${target().description} (once; later runs reuse them)…`);
  await prepareDatabase(target(), { seed: true });
  await withDatabase(target(), async (db) => {
    const report = await generateExchanges(db, {
      exchanges,
      // A PostgreSQL server takes two batches at once, one per core.
      concurrency: 2,
      onProgress: (done, total) => process.stderr.write(`\r  ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`),
    });
    process.stderr.write('\n');
    console.log(`  ${report.publications.toLocaleString('en')} published, ${report.texts.toLocaleString('en')} search texts, in ${(report.ms / 1000).toFixed(0)} s.`);
  });
  return target();
}


/** The baseline runs in a process of its own, as the app does, so that neither shares the other's event loop. */
async function startBaseline(port: number, databaseUrl: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'bench/baseline-server.ts')], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('Baseline ready') && resolve());
    child.once('exit', (code) => reject(new Error(`The baseline server stopped (exit code ${code}) before serving.`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

interface Scenario {
  name: string;
  app: (n: number) => string;
  baseline: (n: number) => string;
  /** Whether it is a page, which the page cache serves; the JSON API is not cached. */
  page: boolean;
}

function scenarios(slugs: string[]): Scenario[] {
  const timelinePages = [1, 1, 1, 2, 3];
  return [
    {
      name: 'Timeline (/en, /zh, pages 1–3)',
      app: (n) => `/${n % 2 ? 'zh' : 'en'}${timelinePages[n % 5]! > 1 ? `?page=${timelinePages[n % 5]}` : ''}`,
      baseline: (n) => `/timeline?page=${timelinePages[n % 5]}`,
      page: true,
    },
    {
      name: `Exchange page (${slugs.length} exchanges)`,
      app: (n) => `/${n % 2 ? 'zh' : 'en'}/exchanges/${slugs[n % slugs.length]}`,
      baseline: (n) => `/exchange/${slugs[n % slugs.length]}`,
      page: true,
    },
    {
      name: `Search (${searchWords.length} words)`,
      app: (n) => `/en/search?q=${encodeURIComponent(searchWords[n % searchWords.length]!)}`,
      baseline: (n) => `/search?q=${encodeURIComponent(searchWords[n % searchWords.length]!)}`,
      page: true,
    },
    { name: 'JSON API (/api/v1/exchanges)', app: () => '/api/v1/exchanges', baseline: () => '/api/exchanges', page: false },
  ];
}

const ms = (value: number) => value.toFixed(1);
const times = (value: number, baseline: number) => `${(value / baseline).toFixed(1)}×`;

function row(label: string, figures: LoadFigures, baseline?: LoadFigures) {
  const ratio = (pick: (f: LoadFigures) => number) => (baseline ? ` (${times(pick(figures), pick(baseline))})` : '');
  return `| ${label} | ${figures.throughput.toFixed(0)}${ratio((f) => f.throughput)} | ${ms(figures.p50)}${ratio((f) => f.p50)} | ${ms(figures.p95)}${ratio((f) => f.p95)} | ${ms(figures.p99)}${ratio((f) => f.p99)} | ${figures.errors} |`;
}

/** The search as the app runs it, and its main query's plan: time in the database, and whether it reads an index. */
async function searchInDatabase(db: PrismaClient) {
  installDatabase(db);
  const lines = ['| word | whole search (3 queries), median of 7 | hits query in the database | plan |', '| --- | ---: | ---: | --- |'];
  let scans = 0;
  for (const word of searchWords) {
    const timings: number[] = [];
    for (let i = 0; i < 7; i++) {
      const started = performance.now();
      await searchPublicRecords(anonymous, { q: word });
      timings.push(performance.now() - started);
    }
    // The queries the app runs for the page of hits, in turn until one fills the page, each explained.
    const plans: { 'Execution Time': number; Plan: PlanNode & { 'Actual Rows': number } }[] = [];
    for (const sql of await hitQueries(db, { query: parseSearchQuery(word)! }, 0)) {
      const [{ 'QUERY PLAN': [plan] }] = await db.$queryRaw<[{ 'QUERY PLAN': [(typeof plans)[number]] }]>`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`;
      plans.push(plan);
      if (plan.Plan['Actual Rows'] === searchPageSize) break;
    }
    const nodes = plans.flatMap((plan) => flatten(plan.Plan)).filter((node) => node['Relation Name'] === 'PublicText' || node['Index Name']?.startsWith('PublicText'));
    const scansTable = nodes.some((node) => node['Node Type'] === 'Seq Scan');
    if (scansTable) scans++;
    const reads = [...new Set(nodes.map((node) => `${node['Node Type']}${node['Index Name'] ? ` on ${node['Index Name']}` : ''}`))].join(', ');
    const inDatabase = plans.reduce((sum, plan) => sum + plan['Execution Time'], 0);
    lines.push(`| ${word} | ${ms(percentile(Float64Array.from(timings).sort(), 0.5))} ms | ${ms(inDatabase)} ms${plans.length > 1 ? ` (${plans.length} queries)` : ''} | ${scansTable ? 'SCANS THE TABLE: ' : ''}${reads} |`);
  }
  return { table: lines.join('\n'), scans };
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}
const flatten = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(flatten)];

runCommand(async () => {
  const { values } = parseArgs({
    options: {
      exchanges: { type: 'string', default: '10000' },
      clients: { type: 'string', default: '50' },
      seconds: { type: 'string', default: '20' },
    },
  });
  const [exchanges, clients, seconds] = [wholeNumber(values.exchanges, 'exchanges'), wholeNumber(values.clients, 'clients'), wholeNumber(values.seconds, 'seconds')];
  const baseUrl = process.env.DATABASE_URL?.trim();
  if (!baseUrl) throw new Error('The benchmark runs on PostgreSQL: set DATABASE_URL=postgresql://user@host:5432/name (its records go in a database beside that one).');

  const target = await benchDatabase(baseUrl, exchanges);
  if (target.kind !== 'postgres') throw new Error('unreachable');
  const slugs = await withDatabase(target, async (db) =>
    (await db.$queryRaw<{ slug: string }[]>`SELECT slug FROM "Publication" WHERE "withdrawnAt" IS NULL ORDER BY md5(slug) LIMIT 200`).map((r) => r.slug),
  );
  const search = await withDatabase(target, searchInDatabase);

  ensureNextBuild();
  const stops: (() => unknown)[] = [];
  try {
    console.log('Starting the app (page cache on and off) and the baseline…');
    const env = { ...process.env, DATABASE_URL: target.url, AUTH_SECRET: randomBytes(32).toString('base64') };
    const started = <T extends { stop: () => unknown }>(instance: T) => (stops.push(instance.stop), instance);
    const instances = await Promise.all([
      startAppInstance(ports.app, env).then(started),
      startAppInstance(ports.uncached, { ...env, JIAOLIU_PAGE_CACHE: 'off' }).then(started),
      startBaseline(ports.baseline, target.url).then(started),
    ]);
    const [app, uncached, baseline] = instances.map((instance) => instance.url) as [string, string, string];
    const run = (base: string, address: (n: number) => string) =>
      runLoad({ target: (n) => `${base}${address(n)}`, concurrency: clients, durationMs: seconds * 1000, warmupMs: 3000 });

    const report = [
      `${exchanges.toLocaleString('en')} exchanges, ${clients} concurrent clients, ${seconds} s per run after 3 s of warm-up. ` +
        'Throughput in answers per second; latencies in ms; in brackets, the ratio to the baseline.',
      '',
      '| scenario | answers/s | p50 | p95 | p99 | errors |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
    ];
    let errors = 0;
    for (const scenario of scenarios(slugs)) {
      const base = await run(baseline, scenario.baseline);
      const served = await run(app, scenario.app);
      const rendered = scenario.page ? await run(uncached, scenario.app) : undefined;
      errors += base.errors + served.errors + (rendered?.errors ?? 0);
      report.push(`| **${scenario.name}** | | | | | |`);
      report.push(row(scenario.page ? 'app, as served (page cache)' : 'app', served, base));
      if (rendered) report.push(row('app, every page rendered', rendered, base));
      report.push(row('baseline (http + pg)', base));
      for (const sample of [...served.errorSamples, ...(rendered?.errorSamples ?? []), ...base.errorSamples]) console.error(`  error: ${sample}`);
    }
    console.log(`\n${report.join('\n')}\n\nSearch in the database:\n\n${search.table}\n`);
    if (errors) throw new Error(`${errors} request(s) failed.`);
    if (search.scans) throw new Error(`${search.scans} search plan(s) scan the whole table instead of using an index.`);
  } finally {
    await Promise.all(stops.map((stop) => stop()));
  }
});
