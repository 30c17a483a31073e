/**
 * Restores a backup written by db:backup into the configured database, in one transaction. A database
 * that holds anything is replaced only with --yes.
 */
import { restoreDatabase } from '../lib/db/backup';
import { resolveDatabaseTarget } from '../lib/db/target';
import { describeReport, fileArgument } from './backup-arguments';
import { runCommand } from './run-command';

runCommand(async () => {
  const target = resolveDatabaseTarget();
  const file = fileArgument('npm run db:restore -- FILE [--yes]', ['--yes']);
  const report = await restoreDatabase(target, file, { replace: process.argv.includes('--yes') });
  console.log(`Restored ${file} into the ${target.description}: ${describeReport(report)}.`);
});
