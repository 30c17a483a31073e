/**
 * Ten people saving the same exchange at once, each from the version they all opened, a hundred
 * rounds: how many saves won, how many were refused as conflicts, whether any save was lost, and how
 * long it took.
 *
 *     npm run bench:concurrent-edits [-- --rounds 100 --clients 10]
 *
 * With DATABASE_URL it runs on that PostgreSQL server, in a scratch database beside the one the URL
 * names (made afresh each run: `<name>_concurrent_edits`); without it, on an embedded database in a
 * temporary folder, removed afterwards. The developer's own data is never touched. It exits non-zero
 * when the guarantee did not hold.
 *
 * lib/data is marked server-only, so package.json runs this with Node's `react-server` condition.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { installDatabase } from '../lib/db/client';
import { connectDatabase, createPrismaClient } from '../lib/db/connect';
import { applyMigrations } from '../lib/db/schema-engine';
import { type DatabaseTarget, describePostgresUrl } from '../lib/db/target';
import { editConcurrently, tallyConcurrentEdits } from '../lib/testing/concurrent-edits';
import { ensureSiblingDatabase } from '../lib/testing/sibling-database';
import { runCommand } from './run-command';

function count(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${option} must be a whole number above zero.`);
  return n;
}

runCommand(async () => {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '100' }, clients: { type: 'string', default: '10' } } });
  const [rounds, clients] = [count(values.rounds, 'rounds'), count(values.clients, 'clients')];

  const url = process.env.DATABASE_URL?.trim();
  const scratchDir = url ? null : mkdtempSync(path.join(tmpdir(), 'jiaoliu-concurrent-edits-'));
  try {
    let target: DatabaseTarget;
    if (url) {
      const scratchUrl = await ensureSiblingDatabase(url, 'concurrent_edits', { fresh: true });
      target = { kind: 'postgres', url: scratchUrl, description: describePostgresUrl(scratchUrl) };
    } else {
      const dataDir = path.join(scratchDir!, 'pglite');
      target = { kind: 'embedded', dataDir, description: `embedded database in ${dataDir}` };
    }
    const connection = await connectDatabase(target);
    const db = createPrismaClient(connection);
    try {
      await applyMigrations(connection.adapterFactory);
      installDatabase(db);
      const figures = tallyConcurrentEdits(await editConcurrently(db, { rounds, clients }));
      console.log(`Concurrent edits on the ${target.description}: ${figures.rounds} rounds of ${clients} saves from the same version`);
      console.log(`  wins:           ${figures.wins} (${figures.rounds} expected, one per round)`);
      console.log(`  conflicts:      ${figures.conflicts} (${figures.rounds * (clients - 1)} expected)`);
      console.log(`  other failures: ${figures.otherFailures}`);
      console.log(`  lost updates:   ${figures.lostUpdates}`);
      console.log(`  revisions:      ${figures.revisions} in the history`);
      console.log(`  elapsed:        ${Math.round(figures.elapsedMs)} ms for ${figures.saves} saves, ${figures.savesPerSecond.toFixed(0)} saves/s`);
      const held =
        figures.wins === figures.rounds &&
        figures.conflicts === figures.rounds * (clients - 1) &&
        figures.lostUpdates === 0 &&
        figures.revisions === figures.rounds;
      if (!held) throw new Error('The guarantee did not hold: see the figures above.');
    } finally {
      await db.$disconnect();
      await connection.close();
    }
  } finally {
    if (scratchDir) rmSync(scratchDir, { recursive: true, force: true });
  }
});
