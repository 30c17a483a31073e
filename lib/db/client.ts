import 'server-only';
import type { PrismaClient } from '../generated/prisma/client';
import { connectDatabase, createPrismaClient } from './connect';
import { resolveDatabaseTarget } from './target';

/**
 * The app's one Prisma client, opened on first use and kept on globalThis so that development
 * reloads do not open the embedded database twice. Only the data-access layer in lib/data imports
 * this module.
 */
const store = globalThis as { jiaoliuDatabase?: Promise<PrismaClient> };

export function getDb(): Promise<PrismaClient> {
  store.jiaoliuDatabase ??= open().catch((error: unknown) => {
    store.jiaoliuDatabase = undefined;
    throw error;
  });
  return store.jiaoliuDatabase;
}

async function open(): Promise<PrismaClient> {
  const connection = await connectDatabase(resolveDatabaseTarget());
  return createPrismaClient(connection);
}

/** Makes the data-access layer use a client the caller opened (tests, commands). */
export function installDatabase(client: PrismaClient): void {
  store.jiaoliuDatabase = Promise.resolve(client);
}
