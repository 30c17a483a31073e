/*
 * A file's key is its name in the store: a path relative to the local folder, or an object key in a
 * bucket. Keys are made by the app, never taken from an upload's name, and checked again by every store
 * so that no key can reach outside the store's folder.
 */

const keyPattern = /^[a-z0-9][a-z0-9/_.-]{0,200}$/;

/**
 * True for a key every store accepts: lower-case letters, digits, `/`, `_`, `.` and `-`, at most 201
 * characters, and each `/`-separated part starting with a letter or digit. That part rule keeps out
 * `..`, empty parts and the dot-names the local store gives its files while they are being written.
 */
export function isFileKey(key: string): boolean {
  return keyPattern.test(key) && !key.includes('..') && key.split('/').every((part) => /^[a-z0-9]/.test(part));
}

export function requireFileKey(key: string): string {
  if (!isFileKey(key)) throw new Error(`Not a valid file key: ${JSON.stringify(key.slice(0, 250))}.`);
  return key;
}
