/**
 * The server the browser tests run against: `npm start` on a database made fresh for the run, so
 * journeys start from the founding record alone and never touch a developer's data. With
 * DATABASE_URL it is a new database on that server; without, a new embedded folder in .data/e2e.
 * Its documents and photos go to a fresh folder, .data/e2e-files.
 * The journeys' accounts are made first, with the same command a newcomer uses for the first admin.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { ensureSiblingDatabase } from '../lib/testing/sibling-database';

const url = process.env.DATABASE_URL?.trim();
if (url) {
  process.env.DATABASE_URL = await ensureSiblingDatabase(url, 'e2e', { fresh: true });
} else {
  const dataDir = path.resolve('.data/e2e');
  rmSync(dataDir, { recursive: true, force: true });
  process.env.JIAOLIU_DATA_DIR = dataDir;
}

const filesDir = path.resolve('.data/e2e-files');
rmSync(filesDir, { recursive: true, force: true });
process.env.JIAOLIU_FILES_DIR = filesDir;

const accounts = [
  ['--email', 'admin@example.org', '--password', 'jiaoliu administrator', '--role', 'admin'],
  ['--email', 'staff.zibo@example.org', '--password', 'zibo exchange office 2024', '--role', 'staff', '--city', 'zibo'],
];
for (const account of accounts) {
  execFileSync('npm', ['run', '--silent', 'user:create', '--', ...account], { stdio: 'inherit', env: process.env });
}

await import('./start');
