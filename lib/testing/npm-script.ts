import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export interface ScriptResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * A command of package.json, started as package.json says so that its Node flags are tested too, with
 * none of this process's database settings: each test names the database it means in `env`.
 */
export function npmScript(name: string) {
  const scripts = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const [bin, ...scriptArgs] = scripts[name]!.split(' ');
  /** `detached` puts it in a process group of its own: tsx runs the script in a child, and a kill must reach both. */
  const start = (args: string[], env: Record<string, string>, { detached = false } = {}): ChildProcessWithoutNullStreams => {
    const base = { ...process.env };
    delete base.DATABASE_URL;
    delete base.JIAOLIU_DATA_DIR;
    return spawn(path.join(root, 'node_modules/.bin', bin!), [...scriptArgs, ...args], { cwd: root, env: { ...base, ...env }, detached });
  };
  /** Runs it to the end; asynchronous, since this process may be what answers it. */
  const run = (args: string[], env: Record<string, string>): Promise<ScriptResult> => {
    const child = start(args, env);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout: stdout.trim(), stderr: stderr.trim() })));
  };
  return { start, run };
}
