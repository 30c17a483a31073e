import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import { loadSchemaEngineModule } from './schema-engine-wasm.mjs';

/**
 * Prisma's schema engine, compiled to WebAssembly, driven through a driver adapter. This is what
 * `prisma migrate deploy` runs, minus the native binary the CLI would download: so migrations apply
 * the same way on the embedded database and on a PostgreSQL server, and both keep their history in
 * Prisma's own `_prisma_migrations` table.
 */

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const schemaPath = path.join(projectRoot, 'prisma/schema.prisma');
export const migrationsDir = path.join(projectRoot, 'prisma/migrations');

export async function readSchema(): Promise<string> {
  return readFile(schemaPath, 'utf8');
}

export async function openSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schema?: string,
): Promise<SchemaEngine> {
  const glue = await loadSchemaEngineModule();
  const datamodel = schema ?? (await readSchema());
  return glue.SchemaEngine.new(
    { datamodels: [[schemaPath, datamodel]] },
    // The engine logs each step at INFO; nothing in it is for the person running the command.
    () => undefined,
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}

export const noSchemaFilter = { externalTables: [], externalEnums: [] };

/** The migrations folder in the shape the engine reads it, as `prisma migrate` does. */
export async function readMigrationList(dir = migrationsDir): Promise<MigrationList> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const lockfilePath = path.join(dir, 'migration_lock.toml');
  return {
    baseDir: dir,
    lockfile: {
      path: 'migration_lock.toml',
      content: await readFile(lockfilePath, 'utf8').catch(() => null),
    },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      names.map(async (name) => {
        const content = await readFile(path.join(dir, name, 'migration.sql'), 'utf8').then(
          (sql) => ({ tag: 'ok' as const, value: sql }),
          (error: Error) => ({ tag: 'error' as const, value: error.message }),
        );
        return { path: name, migrationFile: { path: 'migration.sql', content } };
      }),
    ),
  };
}

export async function applyMigrations(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  dir = migrationsDir,
): Promise<string[]> {
  const engine = await openSchemaEngine(adapterFactory);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await readMigrationList(dir),
      filters: noSchemaFilter,
    });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}
