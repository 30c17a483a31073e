import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Builds only what is out of date, so `npm start` on a fresh clone builds everything and a second
 * start is quick. Each output records a fingerprint of the inputs it was built from.
 */
const root = path.resolve(import.meta.dirname, '..');

const clientInputs = ['prisma/schema.prisma', 'package-lock.json'];
const clientFingerprint = path.join(root, 'lib/generated/prisma/.fingerprint');

const appInputs = [
  'app',
  'components',
  'lib',
  'public',
  'prisma/schema.prisma',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
];
const appFingerprint = path.join(root, '.next/.fingerprint');

function listFiles(entry: string): string[] {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full, { withFileTypes: true })
    .filter((e) => !(entry === 'lib' && e.name === 'generated'))
    .flatMap((e) => listFiles(path.join(entry, e.name)))
    .filter((file) => !/\.test\.tsx?$/.test(file));
}

function fingerprint(inputs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap(listFiles).sort()) {
    hash.update(file).update('\0').update(readFileSync(path.join(root, file))).update('\0');
  }
  return hash.digest('hex');
}

function isCurrent(fingerprintFile: string, expected: string): boolean {
  return existsSync(fingerprintFile) && readFileSync(fingerprintFile, 'utf8') === expected;
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (exit code ${result.status ?? result.signal}).`);
  }
}

const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

export function ensurePrismaClient(): void {
  const expected = fingerprint(clientInputs);
  if (isCurrent(clientFingerprint, expected)) return;
  run(bin('prisma'), ['generate']);
  writeFileSync(clientFingerprint, expected);
}

export function ensureNextBuild(): void {
  const expected = fingerprint(appInputs);
  if (isCurrent(appFingerprint, expected)) return;
  console.log('Building the app (first start, or the code changed)…');
  run(bin('next'), ['build']);
  writeFileSync(appFingerprint, expected);
}
