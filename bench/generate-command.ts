/**
 * Fills a database with generated exchanges for benchmarks (see docs/benchmark-data.md):
 *
 *     npm run bench:generate -- --exchanges 10000 [--database-url URL] [--seed N] [--concurrency N] [--yes]
 *
 * The database is the one --database-url names, else the configured one (DATABASE_URL, or the
 * embedded database). It is migrated and given the founding record first. A database that already
 * holds other exchanges is refused unless --yes, which adds the generated ones beside them.
 *
 * lib/data is marked server-only, so package.json runs this with Node's `react-server` condition.
 */
import { parseArgs } from 'node:util';
import { connectDatabase, createPrismaClient } from '../lib/db/connect';
import { prepareDatabase } from '../lib/db/prepare';
import { foundingExchangeSlug, seedDatabase } from '../lib/db/seed';
import { resolveDatabaseTarget } from '../lib/db/target';
import { runCommand } from '../scripts/run-command';
import { defaultSeed, generateExchanges } from './generate';

const usage = 'npm run bench:generate -- --exchanges N [--database-url URL] [--seed N] [--concurrency N] [--yes]';

function readArguments() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        exchanges: { type: 'string' },
        'database-url': { type: 'string' },
        seed: { type: 'string', default: String(defaultSeed) },
        yes: { type: 'boolean', default: false },
        concurrency: { type: 'string', default: '2' },
      },
    }));
  } catch (error) {
    throw new Error(`${(error as Error).message.split('\n')[0]!.replace(/\.?$/, '.')} Usage: ${usage}`);
  }
  const whole = (value: string | undefined, option: string, min: number) => {
    const n = Number(value);
    if (value === undefined || !Number.isInteger(n) || n < min) throw new Error(`--${option} must be a whole number of at least ${min}. Usage: ${usage}`);
    return n;
  };
  return {
    exchanges: whole(values.exchanges, 'exchanges', 1),
    seed: whole(values.seed, 'seed', 0),
    concurrency: whole(values.concurrency, 'concurrency', 1),
    url: values['database-url'],
    yes: values.yes,
  };
}

const figure = (n: number) => n.toLocaleString('en');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

runCommand(async () => {
  const args = readArguments();
  const target = resolveDatabaseTarget(args.url ? { ...process.env, DATABASE_URL: args.url } : process.env);
  await prepareDatabase(target, { seed: false });
  const connection = await connectDatabase(target);
  const db = createPrismaClient(connection);
  try {
    const others = await db.exchange.count({ where: { slug: { not: foundingExchangeSlug } } });
    if (others > 0 && !args.yes) {
      throw new Error(`The ${target.description} already holds ${figure(others)} exchanges besides the founding record; to add ${figure(args.exchanges)} more beside them, add --yes.`);
    }
    await seedDatabase(db);
    console.log(`Generating ${figure(args.exchanges)} exchanges (seed ${args.seed}) in the ${target.description}…`);
    let reported = 0;
    const report = await generateExchanges(db, {
      exchanges: args.exchanges,
      seed: args.seed,
      concurrency: target.kind === 'postgres' ? args.concurrency : 1,
      onProgress: (done, total) => {
        if (done === total || done - reported >= total / 10) {
          reported = done;
          console.log(`  ${figure(done)} of ${figure(total)}`);
        }
      },
    });
    const { referenceMs, rowsMs, publicationMs, analyzeMs } = report.phases;
    console.log(`Generated ${figure(report.exchanges)} exchanges in ${seconds(report.ms)}: ${figure(report.publications)} published, ${figure(report.texts)} searchable texts.`);
    console.log(`  cities, organizations and people ${seconds(referenceMs)}; working rows ${seconds(rowsMs)} and publishing ${seconds(publicationMs)}, summed over batches; VACUUM and ANALYZE ${seconds(analyzeMs)}`);
    const [exchanges, people, statements, items, updates, sources, citations] = await Promise.all([
      db.exchange.count(),
      db.person.count(),
      db.statement.count(),
      db.cooperationItem.count(),
      db.cooperationUpdate.count(),
      db.source.count(),
      db.citation.count(),
    ]);
    console.log(
      `The database holds ${figure(exchanges)} exchanges, ${figure(people)} people, ${figure(statements)} statements, ` +
        `${figure(items)} cooperation items with ${figure(updates)} progress updates, ${figure(sources)} sources and ${figure(citations)} citations.`,
    );
  } finally {
    await db.$disconnect();
    await connection.close();
  }
});
