/** Migrates the configured database and loads the founding record. Running it again changes nothing. */
import { prepareDatabase } from '../lib/db/prepare';
import { resolveDatabaseTarget } from '../lib/db/target';
import { runCommand } from './run-command';

runCommand(async () => {
  const target = resolveDatabaseTarget();
  const { seed } = await prepareDatabase(target, { seed: true });
  console.log(`${seed?.created ? 'Seeded' : 'Already seeded:'} the ${target.description} (${seed?.summary}).`);
});
