import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/*
 * Several app processes serving one database, for the browser test and the command that show they
 * behave as one site (e2e/two-instances-share-one-database.spec.ts, scripts/two-instances.ts).
 */

const root = path.resolve(import.meta.dirname, '../..');

export interface AppInstance {
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves the app as it is already built (`npm run serve`: no build, no migration, no seed) on a port,
 * with the given environment (DATABASE_URL, AUTH_SECRET…), and resolves once it answers a page. It
 * never builds, so it may run beside another instance serving the same build.
 */
export async function startAppInstance(port: number, env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<AppInstance> {
  const url = `http://localhost:${port}`;
  // Otherwise whatever already serves the port would be taken for the new instance.
  if (await answers(url)) throw new Error(`Port ${port} is already in use; choose another.`);
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/serve.ts')], {
    cwd: root,
    env: { NEXT_TELEMETRY_DISABLED: '1', ...env, NODE_ENV: 'production', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const instance = { url, stop: () => stopProcess(child, exited) };

  const deadline = Date.now() + timeoutMs;
  let stoppedWith: number | null | undefined;
  void exited.then((code) => (stoppedWith = code));
  while (stoppedWith === undefined) {
    if (await answers(`${url}/en`)) return instance;
    if (Date.now() > deadline) {
      await instance.stop();
      throw new Error(`The app on port ${port} did not answer within ${timeoutMs / 1000} s. Its output:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app on port ${port} stopped (exit code ${stoppedWith}) before answering. Its output:\n${output}`);
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(5_000) })).ok;
  } catch {
    return false;
  }
}

async function stopProcess(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  await exited;
}

export interface Balancer {
  url: string;
  /** How many requests each instance has answered, in the order the instances were given. */
  served: number[];
  /** How many requests got a server error (5xx) or no answer from their instance. */
  failed: number;
  /**
   * Sends every request from now on to one instance (by its index), as a balancer does when it moves
   * a visitor to another machine between two requests; `undefined` goes back to taking turns.
   */
  pin(instance: number | undefined): void;
  close(): Promise<void>;
}

/**
 * A load balancer without sticky sessions: each request goes to the next instance in turn, whoever
 * sent it. Like a real one, it keeps the Host header (so the app's links and its check that a form
 * was posted from its own site both see the public address) and adds the X-Forwarded-For/-Host/-Proto
 * headers the app reads for the client's address.
 */
export async function startBalancer(instances: readonly string[]): Promise<Balancer> {
  let turn = 0;
  let pinned: number | undefined;
  const balancer = {
    url: '',
    served: instances.map(() => 0),
    failed: 0,
    pin: (instance: number | undefined) => void (pinned = instance),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  } satisfies Balancer;

  const server = http.createServer((request, response) => {
    const index = pinned ?? turn++ % instances.length;
    const upstream = new URL(instances[index]!);
    const forwarded = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers: {
          ...request.headers,
          'x-forwarded-for': request.socket.remoteAddress,
          'x-forwarded-host': request.headers.host,
          'x-forwarded-proto': 'http',
        },
      },
      (answer) => {
        balancer.served[index]!++;
        if ((answer.statusCode ?? 500) >= 500) balancer.failed++;
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forwarded.on('error', () => {
      balancer.failed++;
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(forwarded);
  });
  // A browser closing a connection mid-answer must not stop the balancer.
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, resolve));
  balancer.url = `http://localhost:${(server.address() as AddressInfo).port}`;
  return balancer;
}
