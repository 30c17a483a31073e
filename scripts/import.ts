/**
 * Imports historical exchanges from a CSV or JSON file, as the admin screen does (docs/import.md):
 *   npm run db:import -- FILE [--dry-run | --publish]
 * A dry run lists every problem with the file, by row and field, and writes nothing. An import adds
 * the exchanges not yet on record, as drafts (with --publish, published), all in one transaction: a
 * file with a problem adds nothing, and neither does an import that fails or is stopped part-way.
 * Progress goes to stderr.
 * It works on the database the other commands use; while the app holds the embedded database, it says
 * to use the app's import screen instead.
 *
 * lib/data is marked server-only, so package.json runs this with Node's `react-server` condition.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkImport, importExchanges } from '../lib/data/imports';
import { commandLine } from '../lib/data/viewer';
import { installDatabase } from '../lib/db/client';
import { type DatabaseConnection, connectDatabase, createPrismaClient } from '../lib/db/connect';
import { lockPathFor } from '../lib/db/embedded-lock';
import { prepareDatabase } from '../lib/db/prepare';
import { DatabaseSetupError } from '../lib/db/setup-error';
import { type DatabaseTarget, resolveDatabaseTarget } from '../lib/db/target';
import type { ImportSummary } from '../lib/import/protocol';
import { fileArgument } from './backup-arguments';
import { runCommand } from './run-command';
import { terminalProgress } from './terminal-progress';

const usage = 'npm run db:import -- FILE [--dry-run | --publish]';

runCommand(async () => {
  const file = fileArgument(usage, ['--dry-run', '--publish'], 'file to import');
  const dryRun = process.argv.includes('--dry-run');
  const publish = process.argv.includes('--publish');
  if (dryRun && publish) throw new Error(`A dry run publishes nothing: give --dry-run or --publish, not both. Usage: ${usage}`);
  if (!existsSync(file)) throw new Error(`There is no file ${file}.`);
  const upload = { name: path.basename(file), bytes: readFileSync(file) };
  const target = resolveDatabaseTarget();
  const connection = await open(target);
  const db = createPrismaClient(connection);
  installDatabase(db);
  try {
    const started = performance.now();
    let summary: ImportSummary;
    if (dryRun) {
      summary = await checkImport(commandLine, upload, 'en');
    } else {
      const progress = terminalProgress();
      try {
        ({ summary } = await importExchanges(commandLine, upload, { locale: 'en', publish, onProgress: progress.update }));
      } finally {
        progress.end();
      }
    }
    for (const { row, field, message } of summary.problems) console.log(`${row === null ? 'file' : `row ${row}`}${field ? `, ${field}` : ''}: ${message}`);
    if (summary.problems.length > 0) {
      const count = summary.problems.length === 1 ? 'one problem' : `${summary.problems.length.toLocaleString('en')} problems`;
      throw new Error(`${upload.name} has ${count} (listed above): ${dryRun ? 'correct them and check it again' : 'nothing was imported'}.`);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      dryRun
        ? `${upload.name} is ready to import into the ${target.description}: ${describe(summary)}. Nothing was written (dry run).`
        : `Imported ${upload.name} into the ${target.description} in ${seconds} s: ${describe(summary)}. ${publish ? 'The new exchanges are published.' : 'The new exchanges are drafts.'}`,
    );
  } finally {
    await db.$disconnect();
    await connection.close();
  }
});

/** Opens the database as `npm start` would, migrating and seeding it; the running app may hold an embedded one. */
async function open(target: DatabaseTarget): Promise<DatabaseConnection> {
  try {
    await prepareDatabase(target, { seed: true });
    return await connectDatabase(target);
  } catch (error) {
    // Any other failure releases the lock before it is thrown, so a lock file still there is someone else's.
    if (error instanceof DatabaseSetupError && target.kind === 'embedded' && existsSync(lockPathFor(target.dataDir))) {
      throw new DatabaseSetupError(
        `The embedded database in ${target.dataDir} is in use by another process, probably the running app: import the file on its admin screen (/en/admin/import), or stop the app and run this again.`,
      );
    }
    throw error;
  }
}

function describe(summary: ImportSummary): string {
  const n = (count: number) => count.toLocaleString('en');
  return [
    `${n(summary.records)} exchanges in the file`,
    `${n(summary.added)} ${summary.added === 1 ? 'is' : 'are'} new`,
    `${n(summary.alreadyPresent)} already on record, skipped`,
    `${n(summary.people)} new people, ${n(summary.organizations)} new organizations, ${n(summary.sources)} new sources`,
  ].join('; ');
}
