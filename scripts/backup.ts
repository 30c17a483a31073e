/** Writes a backup of the configured database (embedded, or DATABASE_URL) to the file named. */
import { backupDatabase } from '../lib/db/backup';
import { resolveDatabaseTarget } from '../lib/db/target';
import { describeReport, fileArgument } from './backup-arguments';
import { runCommand } from './run-command';

runCommand(async () => {
  const target = resolveDatabaseTarget();
  const file = fileArgument('npm run db:backup -- FILE', []);
  const report = await backupDatabase(target, file);
  console.log(`Backed up the ${target.description} to ${file}: ${describeReport(report)}.`);
});
