import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { isFileKey, requireFileKey } from './keys';
import { s3FileStore, s3SettingsFromEnv } from './s3-store';

type Settings = Record<string, string | undefined>;

export interface StoredFile {
  stream: Readable;
  size: number;
}

/**
 * Where attachments' bytes live: a local folder, or an S3-compatible bucket that several app instances
 * share. Records in the database name files by key; whether the public may see one is decided there,
 * never here.
 */
export interface FileStore {
  /** Stores the file at `filePath` (a spooled upload or an image derivative) under `key`, replacing any. */
  put(key: string, filePath: string, options: { contentType: string }): Promise<void>;
  /** The file's bytes as a stream, which the caller must read to its end or destroy; null if there is none. */
  get(key: string): Promise<StoredFile | null>;
  /** Removes the file; removing a file that is not there is no error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** Every key in the store, for backups and for finding files no record names. */
  list(): AsyncIterable<string>;
  /** Where the files are, for logs and messages; never a secret. */
  describe(): string;
}

/**
 * The store this server uses: an S3-compatible bucket when JIAOLIU_S3_BUCKET is set (see s3-store.ts),
 * otherwise the folder JIAOLIU_FILES_DIR, by default .data/files beside the embedded database.
 */
export function fileStoreFromEnv(env: Settings = process.env, cwd: string = process.cwd()): FileStore {
  const s3 = s3SettingsFromEnv(env);
  if (s3) return s3FileStore(s3);
  const dir = env.JIAOLIU_FILES_DIR?.trim() || path.join('.data', 'files');
  return localFileStore(path.resolve(/*turbopackIgnore: true*/ cwd, dir));
}

/**
 * Files in a folder, one per key, in sub-folders as the key's `/` says. A file is written under a
 * dot-name in its final folder and renamed into place, so that a reader never sees half a file; keys
 * cannot start a part with a dot, so those names are never listed or served.
 */
export function localFileStore(root: string): FileStore {
  const pathOf = (key: string) => path.join(root, ...requireFileKey(key).split('/'));

  return {
    async put(key, filePath) {
      const target = pathOf(key);
      await mkdir(path.dirname(target), { recursive: true });
      const partial = path.join(path.dirname(target), `.partial-${randomUUID()}`);
      try {
        await copyFile(filePath, partial);
        // Without this, a crash soon after the rename can leave an empty file under the final name.
        const handle = await open(partial, 'r+');
        try {
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(partial, target);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
    },

    async get(key) {
      const handle = await open(pathOf(key), 'r').catch((error: unknown) => {
        if (isMissing(error)) return null;
        throw error;
      });
      if (!handle) return null;
      try {
        const info = await handle.stat();
        if (!info.isFile()) {
          await handle.close();
          return null;
        }
        // The stream closes the file when it ends or is destroyed.
        return { stream: handle.createReadStream(), size: info.size };
      } catch (error) {
        await handle.close();
        throw error;
      }
    },

    async delete(key) {
      await rm(pathOf(key), { force: true });
    },

    async exists(key) {
      const info = await stat(pathOf(key)).catch((error: unknown) => {
        if (isMissing(error)) return null;
        throw error;
      });
      return info?.isFile() ?? false;
    },

    async *list() {
      yield* filesUnder(root, '');
    },

    describe: () => `local folder ${root}`,
  };
}

async function* filesUnder(dir: string, prefix: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
    if (isMissing(error)) return [];
    throw error;
  });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const key = prefix + entry.name;
    if (entry.isDirectory()) yield* filesUnder(path.join(dir, entry.name), `${key}/`);
    else if (entry.isFile() && isFileKey(key)) yield key;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
