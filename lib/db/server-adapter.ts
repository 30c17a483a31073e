import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';

/** The parts of adapter-pg's adapter the repair below reaches; TypeScript marks them protected. */
interface PgAdapterInternals {
  client: { query(text: string): Promise<unknown> };
  onError(error: unknown): never;
}

/**
 * The PostgreSQL driver adapter, with one repair: its `executeScript` (what applies a migration) cuts
 * the script at every semicolon, which breaks a function body, and runs the pieces one by one, so a
 * failure halfway left half a migration. Here the script goes to the server whole, as one simple
 * query: PostgreSQL runs it as one transaction, as Prisma's own engine would send it.
 */
export class ServerAdapterFactory extends PrismaPg {
  override async connect() {
    return wholeScripts(await super.connect());
  }

  override async connectToShadowDb() {
    return wholeScripts(await super.connectToShadowDb());
  }
}

function wholeScripts<Adapter extends SqlDriverAdapter>(adapter: Adapter): Adapter {
  const internals = adapter as unknown as PgAdapterInternals;
  adapter.executeScript = async (script: string) => {
    try {
      await internals.client.query(script);
    } catch (error) {
      internals.onError(error);
    }
  };
  return adapter;
}
