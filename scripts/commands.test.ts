import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedPass } from '../lib/testing/passes';

const root = path.resolve(import.meta.dirname, '..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

function runScript(script: string, env: Record<string, string>, args: string[] = []) {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  delete base.JIAOLIU_DATA_DIR;
  const result = spawnSync(tsx, [path.join(root, 'scripts', script), ...args], {
    cwd: root,
    env: { ...base, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr.trim(), stdout: result.stdout.trim() };
}

// Stands in for a process that holds a database folder, for as long as the tests take, however slow.
const sleeper = spawn(process.execPath, ['-e', 'setInterval(() => {}, 60000)']);
const tempRoot = mkdtempSync(path.join(tmpdir(), 'jiaoliu-'));
afterAll(() => {
  sleeper.kill();
  rmSync(tempRoot, { recursive: true, force: true });
});

describe.runIf(embeddedPass).each(['migrate.ts', 'seed.ts'])('the %s command', (script) => {
  it.each([
    ['a DATABASE_URL that is not PostgreSQL', { DATABASE_URL: 'mysql://root@localhost/jiaoliu' }, /^Error: DATABASE_URL must start with postgresql:\/\//],
    ['a server that is not there', { DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/jiaoliu' }, /^Error: Cannot reach PostgreSQL database "jiaoliu" at 127\.0\.0\.1:1: the connection was refused\./],
  ])('refuses %s with one line and a non-zero exit', (_case, env, message) => {
    const result = runScript(script, env);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.split('\n')).toHaveLength(1);
  });

  it('refuses an embedded database folder in use, leaving it as it was', () => {
    const dataDir = path.join(tempRoot, `db-${script}`);
    writeFileSync(`${dataDir}.lock`, String(sleeper.pid));
    const result = runScript(script, { JIAOLIU_DATA_DIR: dataDir });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Error: The embedded database in .* is in use by another process/);
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(existsSync(script === 'backup.ts' ? path.join(tempRoot, 'backup.jsonl.gz') : dataDir)).toBe(false);
  });
});

describe.runIf(embeddedPass).each([
  ['backup.ts', ['backup.jsonl.gz']],
  ['restore.ts', ['backup.jsonl.gz', '--yes']],
])('the %s command', (script, args) => {
  it.each([
    ['no file', [], /^Error: Name one backup file\. Usage: npm run db:(backup|restore) -- FILE/],
    ['an unknown option', [...args, '--force'], /^Error: Unknown option --force\. Usage:/],
  ])('refuses %s with one line and a non-zero exit', (_case, given, message) => {
    const result = runScript(script, { JIAOLIU_DATA_DIR: path.join(tempRoot, 'never-made') }, given);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(existsSync(path.join(tempRoot, 'never-made'))).toBe(false);
  });

  it('refuses an embedded database folder in use, leaving it as it was', () => {
    const dataDir = path.join(tempRoot, `db-${script}`);
    writeFileSync(`${dataDir}.lock`, String(sleeper.pid));
    // For a backup, a folder to back up; for a restore, a backup of an empty database at this schema:
    // so only the lock stands in the way.
    if (script === 'backup.ts') {
      mkdirSync(dataDir);
    } else {
      const migrations = readdirSync(path.join(root, 'prisma/migrations'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
      const lines = [{ format: 'jiaoliu-backup', version: 1, createdAt: new Date().toISOString(), migrations }, { end: true, tables: 0, rows: 0 }];
      writeFileSync(path.join(tempRoot, 'backup.jsonl.gz'), gzipSync(lines.map((line) => `${JSON.stringify(line)}\n`).join('')));
    }
    const result = runScript(script, { JIAOLIU_DATA_DIR: dataDir }, args.map((arg) => (arg.endsWith('.gz') ? path.join(tempRoot, arg) : arg)));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Error: The embedded database in .* is in use by another process/);
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(existsSync(script === 'backup.ts' ? path.join(tempRoot, 'backup.jsonl.gz') : dataDir)).toBe(false);
  });
});
