/** Applies pending migrations to the configured database (embedded, or DATABASE_URL). */
import { prepareDatabase } from '../lib/db/prepare';
import { resolveDatabaseTarget } from '../lib/db/target';
import { runCommand } from './run-command';

runCommand(async () => {
  const target = resolveDatabaseTarget();
  const { appliedMigrations, upgradedPublications } = await prepareDatabase(target, { seed: false });
  console.log(
    appliedMigrations.length
      ? `Applied ${appliedMigrations.length} migration(s) to the ${target.description}: ${appliedMigrations.join(', ')}`
      : `The ${target.description} is up to date.`,
  );
  if (upgradedPublications) console.log(`Upgraded ${upgradedPublications} published record(s) to the current schema.`);
});
