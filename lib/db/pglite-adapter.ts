import type { PGlite } from '@electric-sql/pglite';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';

type PGliteDriverAdapter = SqlDriverAdapter & { client: PGlite; onError(error: unknown): never };

/**
 * The PGlite driver adapter, with one repair: its `executeScript` (what applies a migration) starts
 * the script without waiting for it, so a failing migration was reported as applied and its error
 * escaped as an unhandled rejection. Here the script is awaited and its error reported to the engine.
 */
export class EmbeddedAdapterFactory extends PrismaPGlite {
  override async connect(): Promise<SqlDriverAdapter> {
    return awaitScripts((await super.connect()) as PGliteDriverAdapter);
  }

  override async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return awaitScripts((await super.connectToShadowDb()) as PGliteDriverAdapter);
  }
}

function awaitScripts(adapter: PGliteDriverAdapter): SqlDriverAdapter {
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.client.exec(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}
