import path from 'node:path';
import { DatabaseSetupError } from './setup-error';

/**
 * Where the data lives. With no DATABASE_URL the app keeps an embedded PostgreSQL (PGlite) in a local
 * folder, so a newcomer needs no server; with DATABASE_URL it uses that PostgreSQL server. Everything
 * above the driver is the same for both.
 */
export type DatabaseTarget =
  | { kind: 'postgres'; url: string; description: string }
  | { kind: 'embedded'; dataDir: string; description: string };

// Commands and the server run from the project folder (npm sees to that), so paths are relative to it.
const defaultDataDir = path.join(process.cwd(), '.data', 'pglite');
export const inMemoryDataDir = 'memory://';

export function resolveDatabaseTarget(
  env: Readonly<Record<string, string | undefined>> = process.env,
): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: 'postgres', url: checkPostgresUrl(url), description: describePostgresUrl(url) };
  const dataDir = env.JIAOLIU_DATA_DIR?.trim() || defaultDataDir;
  if (dataDir === inMemoryDataDir) return { kind: 'embedded', dataDir, description: 'in-memory embedded database' };
  const absolute = path.resolve(/*turbopackIgnore: true*/ process.cwd(), dataDir);
  return { kind: 'embedded', dataDir: absolute, description: `embedded database in ${absolute}` };
}

function checkPostgresUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatabaseSetupError(
      'DATABASE_URL is not a valid URL. Use postgresql://USER:PASSWORD@HOST:5432/DATABASE, or unset it to use the embedded database.',
    );
  }
  if (parsed.protocol !== 'postgresql:' && parsed.protocol !== 'postgres:') {
    throw new DatabaseSetupError(
      `DATABASE_URL must start with postgresql:// (it starts with ${parsed.protocol}//). Unset it to use the embedded database.`,
    );
  }
  if (!parsed.hostname || parsed.pathname.length <= 1) {
    throw new DatabaseSetupError(
      'DATABASE_URL must name a host and a database, as in postgresql://USER:PASSWORD@HOST:5432/DATABASE.',
    );
  }
  return url;
}

/** The URL without its password, for messages. */
export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `PostgreSQL database "${decodeURIComponent(parsed.pathname.slice(1))}" at ${parsed.hostname}:${parsed.port || '5432'}`;
  } catch {
    return 'PostgreSQL';
  }
}
