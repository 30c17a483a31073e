import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureSiblingDatabase } from '../testing/sibling-database';
import { connectDatabase } from './connect';
import { applyMigrations, projectRoot, readMigrationList } from './schema-engine';
import { inMemoryDataDir } from './target';

describe('applyMigrations', () => {
  it('applies every migration in order once, and nothing on a second run', async () => {
    const { migrationDirectories } = await readMigrationList();
    const names = migrationDirectories.map((m) => m.path);
    expect(names).toEqual([...names].sort());

    const connection = await connectDatabase({ kind: 'embedded', dataDir: inMemoryDataDir, description: 'test' });
    try {
      expect(await applyMigrations(connection.adapterFactory)).toEqual(names);
      expect(await applyMigrations(connection.adapterFactory)).toEqual([]);
    } finally {
      await connection.close();
    }
  });
});

// Needs a PostgreSQL server: the Prisma CLI's own check of a database this app migrated.
describe.runIf(process.env.DATABASE_URL)('a database migrated by the app, seen by the Prisma CLI', () => {
  it('is up to date for `prisma migrate status`', async () => {
    const url = await ensureSiblingDatabase(process.env.DATABASE_URL!, 'cli_check', { fresh: true });
    const connection = await connectDatabase({ kind: 'postgres', url, description: 'test' });
    try {
      await applyMigrations(connection.adapterFactory);
    } finally {
      await connection.close();
    }
    const status = spawnSync(path.join(projectRoot, 'node_modules/.bin/prisma'), ['migrate', 'status'], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: url },
      encoding: 'utf8',
    });
    expect(status.stdout).toContain('Database schema is up to date!');
    expect(status.status).toBe(0);
  }, 60_000);
});
