#!/usr/bin/env node
// The Prisma CLI runs its schema engine as a native binary that it downloads at start-up, which fails on
// machines that reach nothing but the npm registry. prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY
// here instead: this program speaks the binary's protocol and hands each call to the same engine
// compiled to WebAssembly (@prisma/schema-engine-wasm), connected to PostgreSQL through adapter-pg.
//
// The CLI starts it in one of two ways:
//   --datamodels FILE… --datasource JSON    then JSON-RPC 2.0 on stdin/stdout, one object per line
//   --datasource JSON cli COMMAND           one command, answered by the exit code and, on failure,
//                                           a JSON log line on stderr
// This covers `prisma migrate deploy`, `migrate status`, `migrate resolve`, `migrate diff` without a
// shadow database, and `db execute`.
import { readFile } from 'node:fs/promises';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { loadSchemaEngineModule } from '../lib/db/schema-engine-wasm.mjs';

const { values: options, positionals } = parseArgs({
  options: {
    datamodels: { type: 'string', multiple: true },
    datasource: { type: 'string' },
    'enabled-preview-features': { type: 'string' },
    'extension-types': { type: 'string' },
    version: { type: 'boolean' },
  },
  allowPositionals: true,
  strict: false,
});

// Like the native engine, log JSON lines on stderr: the CLI reads the ERROR ones to explain a failure,
// and fails on any line that is not JSON, such as the warnings Node prints (pg warns about sslmode).
const log = (level, fields) =>
  process.stderr.write(`${JSON.stringify({ level, target: 'schema_engine::logger', fields })}\n`);
process.removeAllListeners('warning');

// A Rust panic leaves its message here, then traps the WebAssembly instance with a bare "unreachable".
// Thrown outside any call's promise, it ends the process: the CLI reports exit code 101 as a crash of
// the engine, with the last ERROR line as the reason.
let panicMessage;
globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (message) => (panicMessage = message) };
process.on('uncaughtException', (error) => {
  log('ERROR', { message: panicMessage ?? String(error?.stack ?? error) });
  process.exit(101);
});

const glue = await loadSchemaEngineModule();

if (options.version) {
  console.log(`schema-engine-wasm ${glue.version()}`);
  process.exit(0);
}

let adapterFactory;

async function openEngine() {
  const url = (options.datasource && JSON.parse(options.datasource).url) || process.env.DATABASE_URL;
  if (!url) throw new Error('No database URL: set DATABASE_URL, or datasource.url in prisma.config.ts.');
  // pg waits for ever on a server that accepts connections but never answers; Prisma's engines give
  // up after the URL's connect_timeout, 5 seconds unless it says otherwise.
  const connectTimeout = Number(/[?&]connect_timeout=(\d+)/.exec(url)?.[1] ?? 5);
  const pg = new PrismaPg({ connectionString: url, connectionTimeoutMillis: connectTimeout * 1000 });
  // adapter-pg 7.10 creates a temporary shadow database but connects to the URL's database anyway (a
  // connection string overrides pg's `database` option), so migrations meant for the shadow would run
  // on the real database.
  pg.connectToShadowDb = async () => {
    throw new Error('This command needs a shadow database, which the schema engine bridge does not provide.');
  };
  adapterFactory = bindMigrationAwareSqlAdapterFactory(pg);
  // The engine panics on an empty list; "no schema" is undefined.
  const datamodels = options.datamodels
    && (await Promise.all(options.datamodels.map(async (file) => [file, await readFile(file, 'utf8')])));
  const logLine = (line) => process.stderr.write(`${line.trimEnd()}\n`);
  return glue.SchemaEngine.new({ datamodels }, logLine, adapterFactory);
}

// An error the driver adapter does not classify reaches the engine as "External error id#N"; the
// adapter's registry keeps the original.
function messageOf(error) {
  const message = error?.message ?? String(error);
  return message.replace(/External error id#(\d+)/, (text, id) => {
    const original = adapterFactory?.errorRegistry.consumeError(Number(id))?.error;
    return original?.message || text;
  });
}

// Errors from the engine's commands carry Prisma's code (P3009…); a failed connection, only a message.
const errorCode = (error) => (/^P\d{4}$/.test(error?.code) ? error.code : undefined);

if (positionals[0] === 'cli') {
  // The CLI ignores the first line of stderr.
  log('INFO', { message: 'Starting the WebAssembly schema engine' });
  try {
    if (positionals[1] !== 'can-connect-to-database') {
      throw new Error(`\`cli ${positionals[1]}\` is not available in the WebAssembly schema engine.`);
    }
    await openEngine();
    process.exit(0);
  } catch (error) {
    log('ERROR', { message: messageOf(error), error_code: errorCode(error) });
    process.exit(1);
  }
}

const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
// The CLI calls it getDatabaseVersion; the WebAssembly engine, version.
const methodNames = { getDatabaseVersion: 'version' };
let engine;

async function answer(line) {
  let id = null;
  try {
    const request = JSON.parse(line);
    // The CLI's acknowledgements of our print requests.
    if (!request.method) return;
    id = request.id;
    engine ??= openEngine();
    const target = await engine;
    const name = methodNames[request.method] ?? request.method;
    if (name === 'free' || typeof target[name] !== 'function') {
      throw new Error(`The WebAssembly schema engine has no method \`${request.method}\`.`);
    }
    const result = await target[name](request.params);
    // The native engine hands `migrate diff` output to the CLI as a print request, not as a result.
    if (typeof result?.stdout === 'string') {
      send({ jsonrpc: '2.0', id: `print-${id}`, method: 'print', params: { content: result.stdout } });
    }
    // The CLI takes a response without `result` for a broken one; some commands return nothing.
    send({ jsonrpc: '2.0', id, result: result ?? null });
  } catch (error) {
    // A panic in a synchronous call (debugPanic) lands here rather than in uncaughtException.
    const isPanic = error instanceof WebAssembly.RuntimeError;
    const message = (isPanic && panicMessage) || messageOf(error);
    const data = { is_panic: isPanic, message, meta: null, error_code: errorCode(error) ?? null };
    send({ jsonrpc: '2.0', id, error: { code: 4466, message, data } });
  }
}

// One call at a time, in order; when the CLI closes stdin, exit once every answer is written (the
// database pool would otherwise keep the process alive).
let queue = Promise.resolve();
readline
  .createInterface({ input: process.stdin, crlfDelay: Infinity })
  .on('line', (line) => {
    if (line.trim()) queue = queue.then(() => answer(line));
  })
  .on('close', () => queue.then(() => process.exit(0)));
