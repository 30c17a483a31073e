/**
 * How long an import of many historical exchanges takes: a generated file of 10,000 visits (the
 * exchanges download's columns), checked, imported, then imported again (which must add nothing).
 *
 *     npm run bench:import [-- --rows 10000 --format csv|json]
 *
 * With DATABASE_URL it runs on that PostgreSQL server, in a scratch database beside the one the URL
 * names (made afresh each run: `<name>_import_benchmark`); without it, on an embedded database in a
 * temporary folder, removed afterwards. The developer's own data is never touched. A JSON file gives
 * each visit people, an event, a statement and a cooperation item with a progress report. It exits
 * non-zero when the import did not add every visit, or the second added any.
 *
 * lib/data is marked server-only, so package.json runs this with Node's `react-server` condition.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkImport, importExchanges } from '../lib/data/imports';
import { commandLine } from '../lib/data/viewer';
import { installDatabase } from '../lib/db/client';
import { connectDatabase, createPrismaClient } from '../lib/db/connect';
import { prepareDatabase } from '../lib/db/prepare';
import { type DatabaseTarget, describePostgresUrl } from '../lib/db/target';
import { bytesOf, historicalExchangesCsv, historicalRecordsJson } from '../lib/testing/import-files';
import { ensureSiblingDatabase } from '../lib/testing/sibling-database';
import { runCommand } from './run-command';

/** The requirement: ten thousand exchanges in under thirty seconds on PostgreSQL. */
const targetSeconds = 30;

runCommand(async () => {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '10000' }, format: { type: 'string', default: 'csv' } } });
  const rows = Number(values.rows);
  if (!Number.isInteger(rows) || rows < 1) throw new Error('--rows must be a whole number above zero.');
  if (values.format !== 'csv' && values.format !== 'json') throw new Error('--format must be csv or json.');

  const url = process.env.DATABASE_URL?.trim();
  const scratchDir = url ? null : mkdtempSync(path.join(tmpdir(), 'jiaoliu-import-benchmark-'));
  try {
    let target: DatabaseTarget;
    if (url) {
      const scratchUrl = await ensureSiblingDatabase(url, 'import_benchmark', { fresh: true });
      target = { kind: 'postgres', url: scratchUrl, description: describePostgresUrl(scratchUrl) };
    } else {
      const dataDir = path.join(scratchDir!, 'pglite');
      target = { kind: 'embedded', dataDir, description: `embedded database in ${dataDir}` };
    }
    // The founding record brings the two cities the visits are between.
    await prepareDatabase(target, { seed: true });
    const file = { name: `benchmark.${values.format}`, bytes: bytesOf(values.format === 'csv' ? historicalExchangesCsv(rows) : historicalRecordsJson(rows)) };

    const connection = await connectDatabase(target);
    const db = createPrismaClient(connection);
    try {
      installDatabase(db);
      const seconds = async <T,>(work: () => Promise<T>) => {
        const started = performance.now();
        const result = await work();
        return { result, seconds: (performance.now() - started) / 1000 };
      };
      const check = await seconds(() => checkImport(commandLine, file, 'en'));
      const first = await seconds(() => importExchanges(commandLine, file, { locale: 'en' }));
      const again = await seconds(() => importExchanges(commandLine, file, { locale: 'en' }));
      const parts = await db.revision.count({ where: { note: `Imported from ${file.name}` } });
      const rate = (rows / first.seconds).toFixed(0);

      console.log(`Import of ${rows.toLocaleString('en')} exchanges (${values.format.toUpperCase()}, ${(file.bytes.length / 1e6).toFixed(1)} MB) into the ${target.description}`);
      console.log(`  dry run:         ${check.seconds.toFixed(1)} s, ${check.result.problems.length} problems`);
      console.log(`  import:          ${first.seconds.toFixed(1)} s, ${first.result.summary.added.toLocaleString('en')} added, ${parts.toLocaleString('en')} records with their history, ${rate} exchanges/s`);
      console.log(`  same file again: ${again.seconds.toFixed(1)} s, ${again.result.summary.added} added, ${again.result.summary.alreadyPresent.toLocaleString('en')} already on record`);
      if (target.kind === 'postgres' && rows === 10_000) {
        console.log(`  target:          under ${targetSeconds} s for 10,000 on PostgreSQL: ${first.seconds < targetSeconds ? 'met' : 'missed'}`);
      }
      if (first.result.summary.added !== rows || again.result.summary.added !== 0) throw new Error('The import did not add each exchange exactly once: see the figures above.');
    } finally {
      await db.$disconnect();
      await connection.close();
    }
  } finally {
    if (scratchDir) rmSync(scratchDir, { recursive: true, force: true });
  }
});
