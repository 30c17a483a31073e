/**
 * `npm start`: builds what is out of date, migrates and seeds the database, then serves the app on
 * http://localhost:$PORT (3000 by default). With --dev (`npm run dev`) it serves the development
 * server instead of a build. The database step runs before the server starts and releases the
 * embedded database, which the server then opens alone.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { resolveDatabaseTarget } from '../lib/db/target';
import { startupRefusal } from '../lib/security/deployment';
import { ensureNextBuild, ensurePrismaClient } from './build-state';
import { runCommand } from './run-command';

process.env.NEXT_TELEMETRY_DISABLED ??= '1';

runCommand(async () => {
  const port = process.env.PORT?.trim() || '3000';
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
    throw new Error(`PORT must be a number from 1 to 65535 (it is "${port}").`);
  }
  const dev = process.argv.includes('--dev');
  // Before a build that takes a while and a migration that changes the database.
  const refusal = startupRefusal();
  if (refusal) throw new Error(refusal);
  // A malformed DATABASE_URL is reported before a build that takes a while.
  const target = resolveDatabaseTarget();
  ensurePrismaClient();
  if (!dev) ensureNextBuild();

  // Loaded only now: it imports the Prisma client generated above.
  const { prepareDatabase } = await import('../lib/db/prepare');
  const { appliedMigrations, upgradedPublications, seed } = await prepareDatabase(target, { seed: true });
  if (appliedMigrations.length) console.log(`Applied ${appliedMigrations.length} migration(s) to the ${target.description}.`);
  if (upgradedPublications) console.log(`Upgraded ${upgradedPublications} published record(s) to the current schema.`);
  if (seed?.created) console.log(`Loaded the founding record into the ${target.description}.`);

  console.log(`Serving Jiaoliu at http://localhost:${port} from the ${target.description}.`);
  const bin = (name: string) => path.join(import.meta.dirname, '../node_modules/.bin', name);
  const server = dev
    ? spawn(bin('next'), ['dev', '--port', port], { stdio: 'inherit', env: process.env })
    : spawn(bin('tsx'), [path.join(import.meta.dirname, 'serve.ts')], {
        stdio: 'inherit',
        env: { ...process.env, NODE_ENV: 'production', PORT: port },
      });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  const code = await new Promise<number>((resolve) => server.on('exit', (c, s) => resolve(c ?? (s ? 0 : 1))));
  if (code !== 0) throw new Error(`The server stopped with exit code ${code}.`);
});
