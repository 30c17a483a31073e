import pg from 'pg';

/** The URL of the database named after the URL's own plus a suffix, on the same server. */
export function siblingDatabaseUrl(url: string, suffix: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${siblingDatabaseName(parsed, suffix)}`;
  return parsed.toString();
}

function siblingDatabaseName(parsed: URL, suffix: string): string {
  return `${decodeURIComponent(parsed.pathname.slice(1))}_${suffix}`.replace(/[^a-zA-Z0-9_]/g, '_');
}

/** Creates (if needed) a database named after the URL's own plus a suffix, and returns its URL. */
export async function ensureSiblingDatabase(url: string, suffix: string, options: { fresh?: boolean } = {}) {
  const name = siblingDatabaseName(new URL(url), suffix);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    if (options.fresh) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return siblingDatabaseUrl(url, suffix);
}
