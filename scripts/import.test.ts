import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDatabase } from '../lib/db/connect';
import { lockPathFor } from '../lib/db/embedded-lock';
import { type DatabaseTarget, describePostgresUrl } from '../lib/db/target';
import { databaseFingerprint } from '../lib/testing/database';
import { exchangesCsv, historicalExchange, historicalExchangesCsv } from '../lib/testing/import-files';
import { npmScript } from '../lib/testing/npm-script';
import { ensureSiblingDatabase } from '../lib/testing/sibling-database';
import { progressBar, progressLine } from './terminal-progress';
import { embeddedPass } from '../lib/testing/passes';

const dbImportScript = npmScript('db:import');
/** The command, in a process group of its own, to be killed part-way. */
const startImport = (args: string[], env: Record<string, string>) => dbImportScript.start(args, env, { detached: true });
const dbImport = dbImportScript.run;

const tempRoot = mkdtempSync(path.join(tmpdir(), 'jiaoliu-import-'));
const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)']);
afterAll(() => {
  sleeper.kill();
  rmSync(tempRoot, { recursive: true, force: true });
});

function fileOf(name: string, text: string): string {
  const file = path.join(tempRoot, name);
  writeFileSync(file, text);
  return file;
}

const badFile = () =>
  fileOf('bad.csv', exchangesCsv([historicalExchange(1), historicalExchange(2, { start_date: '2023-02-30' }), historicalExchange(3, { host_city: 'xian' })]));

describe.runIf(embeddedPass)('npm run db:import', () => {
  it.each([
    ['no file', [], /^Error: Name one file to import\. Usage: npm run db:import -- FILE \[--dry-run \| --publish\]$/],
    ['a dry run that would publish', ['visits.csv', '--dry-run', '--publish'], /^Error: A dry run publishes nothing: give --dry-run or --publish, not both\./],
    ['an unknown option', ['visits.csv', '--force'], /^Error: Unknown option --force\. Usage:/],
    ['a file that is not there', ['visits.csv'], /^Error: There is no file visits\.csv\.$/],
  ])('refuses %s in one line before opening any database', async (_case, args, message) => {
    const dataDir = path.join(tempRoot, 'never-made');
    const result = await dbImport(args, { JIAOLIU_DATA_DIR: dataDir });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(existsSync(dataDir)).toBe(false);
  });

  it('refuses an embedded database the app holds, naming the screen that imports instead', async () => {
    const dataDir = path.join(tempRoot, 'held');
    writeFileSync(lockPathFor(dataDir), String(sleeper.pid));
    const result = await dbImport([badFile()], { JIAOLIU_DATA_DIR: dataDir });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Error: The embedded database in .* is in use by another process, probably the running app: import the file on its admin screen \(\/en\/admin\/import\), or stop the app and run this again\.$/);
    expect(existsSync(dataDir)).toBe(false);
  });
});

describe.runIf(embeddedPass)('npm run db:import on an embedded database', () => {
  const dataDir = path.join(tempRoot, 'embedded');
  const run = (args: string[]) => dbImport(args, { JIAOLIU_DATA_DIR: dataDir });

  it('creates the database as npm start would, then imports the file, and adds nothing the second time', async () => {
    const file = fileOf('visits.csv', historicalExchangesCsv(3));
    const first = await run([file]);
    expect(first.status).toBe(0);
    expect(first.stderr.split('\n')).toEqual(['Writing: 0 of 3 exchanges written (0%)', 'Writing: 3 of 3 exchanges written (100%)']);
    expect(first.stdout).toMatch(
      /^Imported visits\.csv into the embedded database in .* in [\d.]+ s: 3 exchanges in the file; 3 are new; 0 already on record, skipped; 0 new people, 0 new organizations, 0 new sources\. The new exchanges are drafts\.$/,
    );
    const second = await run([file]);
    expect(second).toMatchObject({ status: 0, stderr: '' });
    expect(second.stdout).toMatch(/: 3 exchanges in the file; 0 are new; 3 already on record, skipped;/);
    const target: DatabaseTarget = { kind: 'embedded', dataDir, description: '' };
    // The founding record and the three.
    expect(await withDatabase(target, (db) => db.exchange.count())).toBe(4);

    const published = await run([fileOf('more-visits.csv', historicalExchangesCsv(5)), '--publish']);
    expect(published.status).toBe(0);
    expect(published.stderr.split('\n')).toEqual([
      'Writing: 0 of 2 exchanges written (0%)',
      'Writing: 2 of 2 exchanges written (100%)',
      'Publishing: 2 of 2 exchanges published (100%)',
    ]);
    expect(published.stdout).toMatch(/: 5 exchanges in the file; 2 are new; 3 already on record, skipped;.* The new exchanges are published\.$/);
    const states = await withDatabase(target, (db) => db.exchange.groupBy({ by: ['publicationState'], _count: true, orderBy: { publicationState: 'asc' } }));
    // The founding record and the two published at once; the three imported before stay drafts.
    expect(states.map((state) => [state.publicationState, state._count])).toEqual([
      ['DRAFT', 3],
      ['PUBLISHED', 3],
    ]);
  }, 180_000);
});

describe.runIf(process.env.DATABASE_URL)('npm run db:import on PostgreSQL', () => {
  let url: string;
  const target = (): DatabaseTarget => ({ kind: 'postgres', url, description: describePostgresUrl(url) });
  const run = (args: string[]) => dbImport(args, { DATABASE_URL: url });
  beforeAll(async () => {
    // Never the database DATABASE_URL names: a fresh one beside it, which the command migrates and seeds.
    url = await ensureSiblingDatabase(process.env.DATABASE_URL!, 'import_cli', { fresh: true });
  });

  it('lists every problem of a dry run with its row and field, exits non-zero and writes nothing', async () => {
    const result = await run([badFile(), '--dry-run']);
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      'row 3, start_date: Enter a real date as YYYY-MM-DD (2023-05-15), or as YYYY-MM (2023-05) when only the month is known, or YYYY (2023)',
      'row 4, host_city: No city with the key “xian” is on record. Add it under Administration → Cities, or correct the key.',
    ]);
    expect(result.stderr).toMatch(/Error: bad\.csv has 2 problems \(listed above\): correct them and check it again\.$/);
    expect(await withDatabase(target(), (db) => db.exchange.count())).toBe(1);
  }, 120_000);

  it('leaves nothing behind when it is killed part-way through', async () => {
    const before = await withDatabase(target(), (db) => databaseFingerprint(db, { withAudit: true }));
    // The import writes the audit log last: holding that table keeps its transaction from committing,
    // so the process is surely killed before the end, however fast the machine.
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE "AuditEvent" IN ACCESS EXCLUSIVE MODE');
    const child = startImport([fileOf('many.csv', historicalExchangesCsv(1000))], { DATABASE_URL: url });
    let stderr = '';
    await new Promise<void>((resolve) =>
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk;
        if (/Writing: 250 of 1,000/.test(stderr)) resolve();
      }),
    );
    const exited = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    process.kill(-child.pid!, 'SIGKILL');
    expect(await exited).toBe('SIGKILL');
    await holder.query('ROLLBACK');
    await holder.end();
    expect(await withDatabase(target(), (db) => databaseFingerprint(db, { withAudit: true }))).toBe(before);
  }, 120_000);

  it('imports the file once', async () => {
    const file = fileOf('visits.csv', historicalExchangesCsv(600));
    const result = await run([file]);
    expect(result.status).toBe(0);
    expect(result.stderr.split('\n').filter((line) => line.startsWith('Writing'))).toEqual([
      'Writing: 0 of 600 exchanges written (0%)',
      'Writing: 250 of 600 exchanges written (41%)',
      'Writing: 500 of 600 exchanges written (83%)',
      'Writing: 600 of 600 exchanges written (100%)',
    ]);
    expect(result.stdout).toMatch(/: 600 exchanges in the file; 600 are new; 0 already on record, skipped;/);
    expect((await run([file])).stdout).toMatch(/: 600 exchanges in the file; 0 are new; 600 already on record, skipped;/);
    expect(await withDatabase(target(), (db) => db.exchange.count())).toBe(601);
  }, 120_000);
});

describe('the terminal progress bar', () => {
  it('fills as exchanges are written, and says how many', () => {
    expect(progressBar({ phase: 'writing', done: 0, total: 10_000 }, 10)).toBe('[..........]   0%  0 of 10,000 exchanges written');
    expect(progressBar({ phase: 'writing', done: 4_500, total: 10_000 }, 10)).toBe('[#####.....]  45%  4,500 of 10,000 exchanges written');
    expect(progressBar({ phase: 'writing', done: 10_000, total: 10_000 }, 10)).toBe('[##########] 100%  10,000 of 10,000 exchanges written');
    expect(progressLine({ phase: 'writing', done: 250, total: 600 })).toBe('Writing: 250 of 600 exchanges written (41%)');
    expect(progressLine({ phase: 'publishing', done: 50, total: 600 })).toBe('Publishing: 50 of 600 exchanges published (8%)');
  });
});
