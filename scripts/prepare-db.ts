/** Migrates and seeds the configured database; `npm run dev` runs it before the development server. */
import { ensurePrismaClient } from './build-state';
import { runCommand } from './run-command';

runCommand(async () => {
  ensurePrismaClient();
  const { prepareDatabase } = await import('../lib/db/prepare');
  const { resolveDatabaseTarget } = await import('../lib/db/target');
  const target = resolveDatabaseTarget();
  await prepareDatabase(target, { seed: true });
  console.log(`The ${target.description} is migrated and seeded.`);
});
