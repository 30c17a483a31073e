/**
 * Empties the configured database and loads it afresh: every migration, then the founding record.
 * It deletes data, so it asks for --yes.
 */
import { rmSync } from 'node:fs';
import { connectDatabase } from '../lib/db/connect';
import { acquireEmbeddedLock } from '../lib/db/embedded-lock';
import { prepareDatabase } from '../lib/db/prepare';
import { noSchemaFilter, openSchemaEngine } from '../lib/db/schema-engine';
import { resolveDatabaseTarget } from '../lib/db/target';
import { runCommand } from './run-command';

runCommand(async () => {
  const target = resolveDatabaseTarget();
  if (!process.argv.includes('--yes')) {
    throw new Error(`This deletes every record in the ${target.description}. To go ahead: npm run db:reset -- --yes`);
  }
  if (target.kind === 'embedded') {
    // Held until the new database is in place, so a server cannot open the folder half-way.
    const release = acquireEmbeddedLock(target.dataDir);
    try {
      rmSync(target.dataDir, { recursive: true, force: true });
      await prepareDatabase(target, { seed: true });
    } finally {
      release();
    }
  } else {
    const connection = await connectDatabase(target);
    const engine = await openSchemaEngine(connection.adapterFactory);
    try {
      await engine.reset({ filter: noSchemaFilter });
    } finally {
      engine.free();
      await connection.close();
    }
    await prepareDatabase(target, { seed: true });
  }
  console.log(`Reset the ${target.description} and loaded the founding record.`);
});
