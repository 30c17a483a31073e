/**
 * Runs once as the Next server starts; Next skips it during `next build`, which must not open the
 * database. A deployment missing its settings stops here, before serving anyone, whether started by
 * `npm start` or by `next start` directly. The server is the process that holds an embedded database,
 * so it answers the commands that cannot open it while the app runs (`npm run user:create`): see
 * lib/data/control-commands.ts. It also hands the page cache in front of it (lib/server/page-cache.ts)
 * the way to tell whether a stored page is current.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { stopUnlessReady } = await import('./lib/security/deployment');
  stopUnlessReady();
  const { serveControlCommands } = await import('./lib/data/control-commands');
  await serveControlCommands();
  const { readContentGeneration } = await import('./lib/db/content-generation');
  const { contentGenerationReader } = await import('./lib/server/page-cache');
  Object.assign(globalThis, { [contentGenerationReader]: readContentGeneration });
}
