import 'server-only';
import { hash, verify } from '@node-rs/argon2';

/**
 * Passwords are hashed with Argon2id at OWASP's recommended cost (19 MiB, two passes), which keeps a
 * stolen table slow to crack while a sign-in costs tens of milliseconds.
 */
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a wrong password, not a crash at the sign-in form.
    return false;
  }
}

/**
 * Checked against when no account has the email typed, so that a wrong address takes as long as a
 * wrong password and the form does not reveal which addresses have accounts.
 */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword('decoy password that no account has');
  return decoy;
}
