import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { appendFile, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { type FileStore, fileStoreFromEnv } from '../files/storage';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { connectDatabase, createPrismaClient } from './connect';
import { prepareDatabase } from './prepare';
import { readMigrationList } from './schema-engine';
import { DatabaseSetupError } from './setup-error';
import { type DatabaseTarget, inMemoryDataDir } from './target';

/**
 * One backup format for both kinds of database: a gzip'd file of JSON lines. The first line says
 * what the file is and which migrations built the schema; then, table by table, a line naming the
 * table and its row count followed by that many rows as PostgreSQL's own `row_to_json` wrote them;
 * the last line repeats the totals. Rows go back in with `json_populate_recordset`, so every value
 * (decimals, dates, enums, arrays, JSON) makes the round trip in PostgreSQL's text form, never
 * through JavaScript numbers or dates, and a backup of the embedded database restores into a server
 * and back.
 *
 * After the tables come the files of documents and photos, every one in the file store (those of
 * deleted records too, which can be restored): a line `{"file": key, "size": bytes}` followed by its
 * bytes in Base64, a mebibyte a line at most. Version 1 files have no files.
 */
export const backupFormat = 'jiaoliu-backup';
const backupVersion = 2;
/** Bytes of a stored file per line of the backup: a little under 1 MiB once in Base64. */
const fileChunkBytes = 768 * 1024;
const migrationsTable = '_prisma_migrations';
/**
 * Not records: the migration history belongs to the schema the target's code built, and the content
 * generation (see the schema) only counts changes. A restore is itself a change, which moves the
 * target's generation on, so pages cached before it are not served after it.
 */
const tablesNotBackedUp = [migrationsTable, 'ContentGeneration'];
const fetchSize = 1000;
// Rows per INSERT on restore: large enough to be quick, small enough to keep each statement modest.
const insertBatch = 500;

interface Header {
  format: typeof backupFormat;
  version: number;
  createdAt: string;
  migrations: string[];
}

export interface BackupReport {
  tables: number;
  rows: number;
  /** Documents and photos, with the bytes they hold. */
  files: number;
  fileBytes: number;
  bytes: number;
  milliseconds: number;
}

type Tx = Prisma.TransactionClient;

export interface BackupOptions {
  /** Where documents and photos are kept; the app's own store (JIAOLIU_FILES_DIR or S3) by default. */
  store?: FileStore;
}

/** Writes a backup of the target to `file`, from one snapshot of the database, and every stored file. */
export async function backupDatabase(target: DatabaseTarget, file: string, { store = fileStoreFromEnv() }: BackupOptions = {}): Promise<BackupReport> {
  const started = Date.now();
  const partial = `${file}.partial`;
  if (target.kind === 'embedded' && !existsSync(target.dataDir)) {
    throw new DatabaseSetupError(`There is no ${target.description}: nothing to back up.`);
  }
  const connection = await connectDatabase(target);
  const prisma = createPrismaClient(connection);
  try {
    const gzip = createGzip();
    const written = pipeline(gzip, createWriteStream(partial));
    const write = async (line: string) => {
      if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
    };
    const counts = await prisma.$transaction(
      async (tx) => {
        const migrations = await appliedMigrations(tx);
        if (!migrations) throw new DatabaseSetupError(`The ${target.description} has no schema yet: there is nothing to back up.`);
        const header: Header = { format: backupFormat, version: backupVersion, createdAt: new Date().toISOString(), migrations };
        await write(JSON.stringify(header));
        const counts: Record<string, number> = {};
        for (const table of await tablesInInsertOrder(tx)) {
          const [{ count }] = await tx.$queryRawUnsafe<[{ count: number }]>(`SELECT count(*)::int AS count FROM "${table}"`);
          await write(JSON.stringify({ table, rows: count }));
          // A cursor reads the table a batch at a time, as COPY would, without holding it all in memory.
          await tx.$executeRawUnsafe(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM "${table}" t`);
          for (;;) {
            const batch = await tx.$queryRawUnsafe<{ row: string }[]>(`FETCH ${fetchSize} FROM backup_rows`);
            for (const { row } of batch) await write(row);
            if (batch.length < fetchSize) break;
          }
          await tx.$executeRawUnsafe('CLOSE backup_rows');
          counts[table] = count;
        }
        return counts;
      },
      { isolationLevel: 'RepeatableRead', timeout: 600_000, maxWait: 10_000 },
    );
    const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
    // After the snapshot: a file uploaded meanwhile is kept too, and a row never names a file the backup lacks.
    const files = await writeStoredFiles(store, write);
    gzip.end(`${JSON.stringify({ end: true, tables: Object.keys(counts).length, rows, ...files })}\n`);
    await written;
    // Only a complete file takes the name asked for, so an interrupted backup never passes for one.
    renameSync(partial, file);
    return { tables: Object.keys(counts).length, rows, ...files, bytes: statSync(file).size, milliseconds: Date.now() - started };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await prisma.$disconnect();
    await connection.close();
  }
}

/** Each stored file as a line naming it, then its bytes in Base64 lines, read a stream at a time. */
async function writeStoredFiles(store: FileStore, write: (line: string) => Promise<void>) {
  let files = 0;
  let fileBytes = 0;
  for await (const key of store.list()) {
    const stored = await store.get(key);
    if (!stored) continue;
    await write(JSON.stringify({ file: key, size: stored.size }));
    let pending = Buffer.alloc(0);
    for await (const chunk of stored.stream) {
      pending = Buffer.concat([pending, chunk as Buffer]);
      while (pending.length >= fileChunkBytes) {
        await write(pending.subarray(0, fileChunkBytes).toString('base64'));
        pending = pending.subarray(fileChunkBytes);
      }
    }
    if (pending.length) await write(pending.toString('base64'));
    files++;
    fileBytes += stored.size;
  }
  return { files, fileBytes };
}

export interface RestoreOptions {
  /** Replace whatever the target holds; without it, a target with any rows is refused. */
  replace: boolean;
  /** Where the documents and photos go; the app's own store by default. */
  store?: FileStore;
}

/**
 * Restores a backup into the target, all or nothing: the file is read and checked in full before the
 * database is touched, a blank target is migrated first, and the rows are written in one transaction.
 */
export async function restoreDatabase(target: DatabaseTarget, file: string, options: RestoreOptions): Promise<BackupReport> {
  const started = Date.now();
  if (target.kind === 'embedded' && target.dataDir === inMemoryDataDir) {
    throw new DatabaseSetupError('An in-memory database ends with the command: set JIAOLIU_DATA_DIR or DATABASE_URL to restore into.');
  }
  const backup = await readBackup(file);
  await checkMigrationsKnown(backup.header.migrations, file);
  if (await isBlank(target)) await prepareDatabase(target, { seed: false });
  // Files first: one the rows then fail to name does no harm, while a row without its file would.
  await restoreStoredFiles(file, options.store ?? fileStoreFromEnv());

  const connection = await connectDatabase(target);
  const prisma = createPrismaClient(connection);
  try {
    await prisma.$transaction(
      async (tx) => {
        const applied = await appliedMigrations(tx);
        if (applied?.join() !== backup.header.migrations.join()) {
          throw new DatabaseSetupError(
            `The ${target.description} has a different schema from the backup's (its migrations differ). Run npm run db:migrate, or restore into an empty database.`,
          );
        }
        const tables = await tablesInInsertOrder(tx);
        const unknown = [...backup.tables.keys()].filter((table) => !tables.includes(table));
        if (unknown.length) throw new DatabaseSetupError(`${file} holds tables this schema lacks: ${unknown.join(', ')}.`);
        const list = tables.map((table) => `"${table}"`).join(', ');
        // Taken before looking, so nothing can be written between the check and the restore.
        await tx.$executeRawUnsafe(`LOCK TABLE ${list} IN ACCESS EXCLUSIVE MODE`);
        if (!options.replace && (await holdsRows(tx, tables))) {
          throw new DatabaseSetupError(
            `The ${target.description} is not empty. To replace everything in it with the backup: npm run db:restore -- ${file} --yes`,
          );
        }
        await tx.$executeRawUnsafe(`TRUNCATE ${list}`);
        for (const table of tables) {
          const rows = backup.tables.get(table) ?? [];
          // Rows that point at rows of their own table must arrive in one statement: the foreign key is
          // checked at its end, whatever order the rows come in.
          const batch = (await referencesItself(tx, table)) ? Math.max(rows.length, 1) : insertBatch;
          for (let i = 0; i < rows.length; i += batch) {
            await tx.$executeRawUnsafe(
              `INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1::json)`,
              `[${rows.slice(i, i + batch).join(',')}]`,
            );
          }
        }
        await resetSequences(tx);
      },
      { timeout: 600_000, maxWait: 10_000 },
    );
  } finally {
    await prisma.$disconnect();
    await connection.close();
  }
  return { tables: backup.tables.size, rows: backup.rows, files: backup.files, fileBytes: backup.fileBytes, bytes: statSync(file).size, milliseconds: Date.now() - started };
}

/** Puts each file the backup holds into the store, through a temporary file, one at a time. */
async function restoreStoredFiles(file: string, store: FileStore) {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let current: { key: string; left: number; path: string } | null = null;
  const finish = async () => {
    if (!current) return;
    await store.put(current.key, current.path, { contentType: 'application/octet-stream' });
    await rm(current.path, { force: true });
    current = null;
  };
  try {
    for await (const line of lines) {
      if (current) {
        const bytes = Buffer.from(line, 'base64');
        await appendFile(current.path, bytes);
        current.left -= bytes.length;
        if (current.left <= 0) await finish();
        continue;
      }
      if (!line.startsWith('{"file":')) continue;
      const { file: key, size } = JSON.parse(line) as { file: string; size: number };
      current = { key, left: size, path: path.join(tmpdir(), `jiaoliu-restore-${randomUUID()}`) };
      await writeFile(current.path, '', { mode: 0o600 });
      if (size === 0) await finish();
    }
  } finally {
    if (current) await rm((current as { path: string }).path, { force: true });
  }
}

interface Backup {
  header: Header;
  tables: Map<string, string[]>;
  rows: number;
  files: number;
  fileBytes: number;
}

/** Reads the whole file and checks it, so a damaged or cut-short file is refused before anything changes. */
export async function readBackup(file: string): Promise<Backup> {
  if (!existsSync(file)) throw new DatabaseSetupError(`There is no file ${file}.`);
  const notBackup = new DatabaseSetupError(`${file} is not a Jiaoliu backup (npm run db:backup writes one).`);
  const handle = await open(file);
  const magic = Buffer.alloc(2);
  await handle.read(magic, 0, 2, 0).finally(() => handle.close());
  if (magic[0] !== 0x1f || magic[1] !== 0x8b) throw notBackup;

  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const damaged = (why: string) => new DatabaseSetupError(`${file} is damaged or cut short (${why}); it cannot be restored.`);
  const tables = new Map<string, string[]>();
  let header: Header | undefined;
  let end: { tables: number; rows: number; files: number; fileBytes: number } | undefined;
  let current: { rows: string[]; expected: number } | undefined;
  let rows = 0;
  // A file's bytes are counted, not kept: a backup's files may be far larger than memory.
  let storedFile: { left: number } | undefined;
  let files = 0;
  let fileBytes = 0;
  try {
    for await (const line of lines) {
      if (end) throw damaged('data after the end');
      if (!header) {
        const first = parseLine(line, notBackup);
        if (first.format !== backupFormat || !Array.isArray(first.migrations) || typeof first.version !== 'number') throw notBackup;
        header = first as unknown as Header;
        if (header.version > backupVersion) {
          throw new DatabaseSetupError(`${file} was written by a newer version of Jiaoliu (format ${header.version}); update this copy first.`);
        }
        continue;
      }
      if (current && current.rows.length < current.expected) {
        current.rows.push(line);
        rows++;
        continue;
      }
      if (storedFile && storedFile.left > 0) {
        if (!/^[A-Za-z0-9+/]+={0,2}$/.test(line)) throw damaged('a file’s bytes are not Base64');
        const size = Buffer.byteLength(line, 'base64');
        storedFile.left -= size;
        fileBytes += size;
        if (storedFile.left < 0) throw damaged('a file is longer than it says');
        continue;
      }
      const record = parseLine(line, damaged('a line is not JSON')) as Record<string, unknown>;
      if (typeof record.table === 'string' && typeof record.rows === 'number' && !files) {
        current = { rows: [], expected: record.rows };
        tables.set(record.table, current.rows);
      } else if (typeof record.file === 'string' && typeof record.size === 'number' && record.size >= 0) {
        storedFile = { left: record.size };
        files++;
      } else if (record.end === true && typeof record.rows === 'number' && typeof record.tables === 'number') {
        end = { tables: record.tables, rows: record.rows, files: Number(record.files ?? 0), fileBytes: Number(record.fileBytes ?? 0) };
      } else {
        throw damaged('an unexpected line');
      }
    }
  } catch (error) {
    if (error instanceof DatabaseSetupError) throw error;
    throw damaged((error as Error).message);
  }
  if (!header) throw notBackup;
  if (!end || (current && current.rows.length < current.expected) || (storedFile && storedFile.left > 0)) throw damaged('it ends early');
  if (end.tables !== tables.size || end.rows !== rows) throw damaged('its totals do not match its rows');
  if (end.files !== files || end.fileBytes !== fileBytes) throw damaged('its totals do not match its files');
  return { header, tables, rows, files, fileBytes };
}

function parseLine(line: string, error: Error): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(line);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // Reported below as the caller's error.
  }
  throw error;
}

/** A backup made by a newer version of the code holds tables or columns this one does not know. */
async function checkMigrationsKnown(migrations: string[], file: string) {
  const known = (await readMigrationList()).migrationDirectories.map((m) => m.path);
  const unknown = migrations.filter((name) => !known.includes(name));
  if (unknown.length) {
    throw new DatabaseSetupError(`${file} comes from a newer schema (migration ${unknown.join(', ')}); update this copy of Jiaoliu first.`);
  }
  const missing = known.filter((name) => !migrations.includes(name));
  if (missing.length) {
    throw new DatabaseSetupError(
      `${file} comes from an older schema (it lacks migration ${missing.join(', ')}); restore it with the version that wrote it, then update.`,
    );
  }
}

/** Whether the target has no tables at all (a new embedded folder, a database just created). */
async function isBlank(target: DatabaseTarget): Promise<boolean> {
  if (target.kind === 'embedded' && !existsSync(target.dataDir)) return true;
  const connection = await connectDatabase(target);
  const prisma = createPrismaClient(connection);
  try {
    const [{ count }] = await prisma.$queryRaw<[{ count: number }]>`
      SELECT count(*)::int AS count FROM pg_tables WHERE schemaname = current_schema()`;
    return count === 0;
  } finally {
    await prisma.$disconnect();
    await connection.close();
  }
}

/** The names of the migrations applied, in order; undefined when the database has no migrations table. */
async function appliedMigrations(tx: Tx | PrismaClient): Promise<string[] | undefined> {
  const [{ present }] = await tx.$queryRaw<[{ present: boolean }]>`
    SELECT to_regclass(quote_ident(current_schema()) || '.' || ${migrationsTable}) IS NOT NULL AS present`;
  if (!present) return undefined;
  const rows = await tx.$queryRawUnsafe<{ migration_name: string }[]>(
    `SELECT migration_name FROM "${migrationsTable}" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.migration_name);
}

/**
 * The schema's tables of records (not those in tablesNotBackedUp), parents before the tables whose
 * foreign keys point at them.
 */
async function tablesInInsertOrder(tx: Tx): Promise<string[]> {
  const tables = await tx.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> ALL(${tablesNotBackedUp}) ORDER BY tablename`;
  const links = await tx.$queryRaw<{ child: string; parent: string }[]>`
    SELECT child.relname AS child, parent.relname AS parent
    FROM pg_constraint c
    JOIN pg_class child ON child.oid = c.conrelid
    JOIN pg_class parent ON parent.oid = c.confrelid
    WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace AND c.conrelid <> c.confrelid`;
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table)) return;
    if (visiting.has(table)) throw new Error(`Foreign keys form a cycle through ${table}; the backup cannot order its tables.`);
    visiting.add(table);
    for (const { parent } of links.filter((link) => link.child === table)) visit(parent);
    visiting.delete(table);
    ordered.push(table);
  };
  for (const { name } of tables) visit(name);
  return ordered;
}

async function referencesItself(tx: Tx, table: string): Promise<boolean> {
  const [{ count }] = await tx.$queryRaw<[{ count: number }]>`
    SELECT count(*)::int AS count FROM pg_constraint
    WHERE contype = 'f' AND conrelid = confrelid AND conrelid = (quote_ident(current_schema()) || '.' || quote_ident(${table}))::regclass`;
  return count > 0;
}

async function holdsRows(tx: Tx, tables: string[]): Promise<boolean> {
  const [{ found }] = await tx.$queryRawUnsafe<[{ found: boolean }]>(
    `SELECT ${tables.map((table) => `EXISTS (SELECT 1 FROM "${table}")`).join(' OR ')} AS found`,
  );
  return found;
}

/** Ids are UUIDs today; a counter a later migration adds must still carry on after the restored rows. */
async function resetSequences(tx: Tx) {
  const owned = await tx.$queryRaw<{ sequence: string; table: string; column: string }[]>`
    SELECT s.relname AS sequence, t.relname AS table, a.attname AS column
    FROM pg_class s
    JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i')
    JOIN pg_class t ON t.oid = d.refobjid
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
    WHERE s.relkind = 'S' AND s.relnamespace = current_schema()::regnamespace`;
  for (const { sequence, table, column } of owned) {
    await tx.$executeRawUnsafe(
      `SELECT setval('"${sequence}"', coalesce(max("${column}"), 1), max("${column}") IS NOT NULL) FROM "${table}"`,
    );
  }
}
