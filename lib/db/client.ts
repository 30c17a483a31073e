import 'server-only';
import type { PrismaClient } from '../generated/prisma/client';
import { connectDatabase, createPrismaClient } from './connect';
import { inMemoryDataDir, resolveDatabaseTarget } from './target';

/**
 * The app's one Prisma client, opened on first use and kept on globalThis so that development
 * reloads do not open the embedded database twice. Only the data-access layer in lib/data imports
 * this module.
 */
const store = globalThis as {
  jiaoliuDatabase?: Promise<PrismaClient>;
  jiaoliuOnEmbeddedOpen?: (dataDir: string) => void;
};

export function getDb(): Promise<PrismaClient> {
  store.jiaoliuDatabase ??= open().catch((error: unknown) => {
    store.jiaoliuDatabase = undefined;
    throw error;
  });
  return store.jiaoliuDatabase;
}

async function open(): Promise<PrismaClient> {
  const target = resolveDatabaseTarget();
  const connection = await connectDatabase(target);
  if (target.kind === 'embedded' && target.dataDir !== inMemoryDataDir) store.jiaoliuOnEmbeddedOpen?.(target.dataDir);
  return createPrismaClient(connection);
}

/**
 * Has `listener` called when this process opens an embedded data folder, and so holds it: the server
 * then answers commands that cannot open the folder themselves (lib/data/control-commands.ts). Kept on
 * globalThis because Next bundles this module into several entries, and whichever copy opens the
 * database must find the listener.
 */
export function whenEmbeddedDatabaseOpens(listener: (dataDir: string) => void): void {
  store.jiaoliuOnEmbeddedOpen = listener;
}

/** Makes the data-access layer use a client the caller opened (tests, commands). */
export function installDatabase(client: PrismaClient): void {
  store.jiaoliuDatabase = Promise.resolve(client);
}
