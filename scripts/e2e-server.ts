/**
 * The server the browser tests run against: `npm start` on a database made fresh for the run, so
 * journeys start from the founding record alone and never touch a developer's data. With
 * DATABASE_URL it is a new database on that server; without, a new embedded folder in .data/e2e.
 */
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
await import('./start');
