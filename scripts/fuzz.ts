/**
 * Throws generated bad input at every server action and route handler, a chosen number of inputs
 * each, and prints per endpoint how many were sent, refused, accepted and failed, and how long it took.
 *
 *     npm run fuzz [-- --runs 10000 --seed 42 --only signInAction,createExchangeAction]
 *
 * It runs the fuzz tests `npm test` runs (lib/forms/fuzzed-*.test.ts, lib/api/fuzzed-routes.test.ts,
 * see docs/fuzzing.md) through vitest: with DATABASE_URL on that PostgreSQL server, in databases
 * beside the one it names, otherwise on in-memory embedded ones. Here a failure is counted and the
 * run goes on; each kind of failure is printed with the first input that showed it. It exits non-zero
 * when any input failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describePostgresUrl } from '../lib/db/target';
import type { Figures } from '../lib/testing/fuzz/run';
import { runCommand } from './run-command';

const root = path.resolve(import.meta.dirname, '..');
const files = ['lib/forms/fuzzed-actions.test.ts', 'lib/forms/fuzzed-admin-actions.test.ts', 'lib/api/fuzzed-routes.test.ts'];

function whole(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`--${option} must be a whole number above zero.`);
  return n;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function table(figures: Figures[]): string {
  const rows = figures.map((f) => [f.endpoint, f.inputs, f.refused, f.accepted, f.failures, (f.milliseconds / 1000).toFixed(1)]);
  const sum = (key: 'inputs' | 'refused' | 'accepted' | 'failures' | 'milliseconds') => figures.reduce((total, f) => total + f[key], 0);
  rows.push(['total', sum('inputs'), sum('refused'), sum('accepted'), sum('failures'), (sum('milliseconds') / 1000).toFixed(1)]);
  const header = ['endpoint', 'inputs', 'refused', 'accepted', 'failures', 'seconds'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells: (string | number)[]) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]!) : String(cell).padStart(widths[i]!))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

runCommand(async () => {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '1000' }, seed: { type: 'string' }, only: { type: 'string' } },
  });
  const runs = whole(values.runs, 'runs');
  const seed = values.seed === undefined ? String(Math.floor(Math.random() * 2 ** 31)) : String(whole(values.seed, 'seed'));
  const only = values.only?.split(',').map((name) => name.trim()).filter(Boolean);

  const scratch = mkdtempSync(path.join(tmpdir(), 'jiaoliu-fuzz-'));
  const report = path.join(scratch, 'figures.jsonl');
  const url = process.env.DATABASE_URL?.trim();
  console.log(`Fuzzing with ${runs} inputs per endpoint, seed ${seed}, on ${url ? describePostgresUrl(url) : 'in-memory embedded databases'}.`);
  const started = performance.now();
  try {
    const vitest = spawnSync(
      path.join(root, 'node_modules/.bin/vitest'),
      ['run', ...files, '--reporter=dot', ...(only ? ['-t', `^(${only.map(escape).join('|')}) `] : [])],
      {
        cwd: root,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: seed, FUZZ_KEEP_GOING: '1', FUZZ_REPORT: report },
      },
    );
    let figures: Figures[] = [];
    try {
      figures = readFileSync(report, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Figures);
    } catch {
      throw new Error('The fuzz tests reported nothing: see the errors above.');
    }
    figures.sort((a, b) => a.endpoint.localeCompare(b.endpoint));
    console.log(`\n${table(figures)}\n\n${figures.length} endpoints in ${((performance.now() - started) / 1000).toFixed(0)} s of wall time.`);
    for (const failure of figures.flatMap((f) => f.distinctFailures)) console.log(`\n${failure}`);
    const failed = figures.some((f) => f.failures > 0);
    if (failed || vitest.status !== 0) throw new Error(failed ? 'Some inputs failed: each kind of failure is above, with the first input that showed it.' : 'The fuzz tests did not pass: see the errors above.');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
