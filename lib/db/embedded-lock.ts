import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, utimesSync, writeSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSetupError } from './setup-error';

/**
 * PGlite serves one process. Two processes opening the same data folder would corrupt it, so the
 * folder is claimed with a lock file beside it holding the owner's process id. The owner touches the
 * file every few seconds; a lock whose owner has gone (a crash, a killed server) or that has not been
 * touched for a while (its process id reused by another program) is taken over.
 */
const heartbeatMs = 5_000;
const staleAfterMs = 30_000;

export function lockPathFor(dataDir: string): string {
  return `${dataDir}.lock`;
}

export function acquireEmbeddedLock(dataDir: string): () => void {
  const lockPath = lockPathFor(dataDir);
  mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return holdLock(lockPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(lockPath);
      if (owner !== undefined && owner !== process.pid && isAlive(owner) && !isStale(lockPath)) {
        throw new DatabaseSetupError(
          `The embedded database in ${dataDir} is in use by another process (pid ${owner}), probably the running app. Stop it and try again, or set DATABASE_URL to use a PostgreSQL server.`,
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new DatabaseSetupError(`Could not lock the embedded database in ${dataDir}. Remove ${lockPath} if no app is running.`);
}

function holdLock(lockPath: string): () => void {
  const heartbeat = setInterval(() => {
    const now = new Date();
    try {
      utimesSync(lockPath, now, now);
    } catch {
      // The file is gone (a reset, a person removing it); nothing to keep fresh.
    }
  }, heartbeatMs);
  heartbeat.unref();
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    clearInterval(heartbeat);
    process.off('exit', release);
    if (readOwner(lockPath) === process.pid) rmSync(lockPath, { force: true });
  };
  process.on('exit', release);
  return release;
}

function readOwner(lockPath: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
    return Number.isFinite(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isStale(lockPath: string): boolean {
  try {
    return Date.now() - statSync(lockPath).mtimeMs > staleAfterMs;
  } catch {
    return true;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
