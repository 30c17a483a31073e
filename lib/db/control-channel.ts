import { createHash } from 'node:crypto';
import { lstatSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

/**
 * PGlite serves one process, so a command cannot open an embedded folder the running app holds. The
 * app answers such commands instead, on a Unix socket: one JSON request per line
 * (`{ "command": …, "input": … }`), one JSON reply per line (`{ "ok": true, "result": … }` or
 * `{ "ok": false, "error": … }`). Only the process holding the folder's lock serves it, and only its
 * own user may connect: what the handlers do, they do as an administrator.
 */
export type ControlHandlers = Readonly<Record<string, (input: unknown) => Promise<unknown>>>;

type ControlReply = { ok: true; result: unknown } | { ok: false; error: string };

export interface ControlChannel {
  socketPath: string;
  close(): Promise<void>;
}

/** Nobody serves the channel: no socket, or one left behind by a process that has gone. */
export class ControlChannelUnavailable extends Error {
  override readonly name = 'ControlChannelUnavailable';
}

/**
 * Socket paths are limited to about 100 bytes, which a data folder's path can exceed, so the socket is
 * named after a digest of the folder and lives in the temporary directory.
 */
export function controlSocketPath(dataDir: string): string {
  const digest = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16);
  return path.join(os.tmpdir(), `jiaoliu-${digest}.sock`);
}

export async function serveControlChannel(dataDir: string, handlers: ControlHandlers): Promise<ControlChannel> {
  const socketPath = controlSocketPath(dataDir);
  // The caller holds the folder's lock, so a socket already there was left by a process that has gone.
  if (isSocket(socketPath)) rmSync(socketPath, { force: true });
  const server = net.createServer((socket) => void serveConnection(socket, handlers));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // The socket is created (synchronously, inside listen) without rights for group and others, so there
    // is no moment when another user could connect.
    const umask = process.umask(0o177);
    try {
      server.listen(socketPath, () => {
        server.off('error', reject);
        resolve();
      });
    } finally {
      process.umask(umask);
    }
  });
  const removeSocket = () => rmSync(socketPath, { force: true });
  process.on('exit', removeSocket);
  return {
    socketPath,
    close: () =>
      new Promise<void>((resolve) => {
        process.off('exit', removeSocket);
        server.close(() => resolve());
      }),
  };
}

async function serveConnection(socket: net.Socket, handlers: ControlHandlers): Promise<void> {
  // A client that goes away mid-reply must not take the server down with an unhandled 'error'.
  socket.on('error', () => undefined);
  for await (const line of createInterface({ input: socket, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const reply = await answer(line, handlers);
    if (!socket.destroyed) socket.write(`${JSON.stringify(reply)}\n`);
  }
}

async function answer(line: string, handlers: ControlHandlers): Promise<ControlReply> {
  let request: { command?: unknown; input?: unknown };
  try {
    request = JSON.parse(line) as typeof request;
  } catch {
    return { ok: false, error: 'The request is not JSON.' };
  }
  const command = request?.command;
  if (typeof command !== 'string' || !Object.hasOwn(handlers, command)) {
    return { ok: false, error: `Unknown command ${JSON.stringify(command)}.` };
  }
  try {
    return { ok: true, result: await handlers[command]!(request.input) };
  } catch (error) {
    // The details (a stack, perhaps the data written) belong in the server's log, not in a reply.
    console.error(`The control command ${command} failed:`, error);
    return { ok: false, error: `The app could not run ${command}; its log says why.` };
  }
}

/** Sends one command to the process serving the folder and returns its result. */
export async function sendControlCommand(dataDir: string, command: string, input: unknown, timeoutMs = 60_000): Promise<unknown> {
  const socketPath = controlSocketPath(dataDir);
  checkOwner(socketPath);
  return new Promise((resolve, reject) => {
    const socket = net.connect(socketPath);
    socket.setEncoding('utf8');
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`The app did not answer within ${timeoutMs / 1000} seconds.`));
    }, timeoutMs);
    const settle = (settleWith: () => void) => {
      clearTimeout(timer);
      socket.end();
      settleWith();
    };
    socket.on('connect', () => socket.write(`${JSON.stringify({ command, input })}\n`));
    socket.on('data', (chunk: string) => {
      received += chunk;
      const end = received.indexOf('\n');
      if (end < 0) return;
      let reply: ControlReply;
      try {
        reply = JSON.parse(received.slice(0, end)) as ControlReply;
      } catch {
        reply = { ok: false, error: `The process serving ${socketPath} sent a reply that is not JSON.` };
      }
      settle(() => (reply.ok ? resolve(reply.result) : reject(new Error(reply.error))));
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      const gone = error.code === 'ECONNREFUSED' || error.code === 'ENOENT';
      settle(() => reject(gone ? new ControlChannelUnavailable(`Nothing answers on ${socketPath}.`) : error));
    });
    // Settling again after a reply or an error changes nothing.
    socket.on('close', () => settle(() => reject(new Error('The app closed the control channel without answering.'))));
  });
}

/**
 * Anyone can create a file in the temporary directory; a socket another user made there could be
 * waiting to read what is sent to it (a new account's password), so it is not used.
 */
function checkOwner(socketPath: string): void {
  let stats;
  try {
    stats = lstatSync(socketPath);
  } catch {
    throw new ControlChannelUnavailable(`No control channel at ${socketPath}.`);
  }
  if (!stats.isSocket()) throw new ControlChannelUnavailable(`${socketPath} is not a socket.`);
  if (process.getuid && stats.uid !== process.getuid()) {
    throw new Error(`${socketPath} belongs to another user. Run the command as the user that runs the app.`);
  }
}

function isSocket(file: string): boolean {
  try {
    return lstatSync(file).isSocket();
  } catch {
    return false;
  }
}
