import 'server-only';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deploymentRefusal } from '../security/deployment';

/**
 * The key that signs and encrypts session cookies. AUTH_SECRET sets it (and must, when several
 * instances serve one site); otherwise a random key is made once and kept in .data/auth-secret, so
 * a newcomer's `npm start` signs people in without configuration and a restart keeps them signed in.
 * A deployment (lib/security/deployment.ts) gets no such key: without its own AUTH_SECRET it stops.
 */
export function authSecret(): string {
  const refusal = deploymentRefusal();
  if (refusal) throw new Error(refusal);
  const configured = process.env.AUTH_SECRET?.trim();
  if (configured) return configured;
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), '.data', 'auth-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString('base64url');
    try {
      writeFileSync(file, secret, { flag: 'wx', mode: 0o600 });
      chmodSync(file, 0o600);
      return secret;
    } catch {
      // Another process wrote it first; theirs wins, so both sign with the same key.
      return readFileSync(file, 'utf8').trim();
    }
  }
}
