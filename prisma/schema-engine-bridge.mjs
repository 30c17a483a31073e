#!/usr/bin/env node
// The Prisma CLI runs its schema engine as a native binary that it downloads at start-up, which fails on
// machines that reach nothing but the npm registry. prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY
// here instead: this program speaks the binary's protocol and hands each call to the same engine compiled
// to WebAssembly (@prisma/schema-engine-wasm), connected to PostgreSQL through @prisma/adapter-pg.
//
// The CLI starts it in one of two ways:
//   --datamodels FILE… --datasource JSON    then JSON-RPC 2.0 on stdin/stdout, one object per line
//   --datasource JSON cli COMMAND           one command, answered by the exit code and, on failure,
//                                           a JSON log line on stderr
// This covers `prisma migrate deploy` and `prisma migrate status`.
import { readFile } from 'node:fs/promises';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';

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

// Like the native engine, log JSON lines on stderr: the CLI reads the ERROR ones to explain a failure.
const log = (level, fields) =>
  process.stderr.write(`${JSON.stringify({ level, target: 'schema_engine::logger', fields })}\n`);

// A Rust panic leaves its message here, then traps the WebAssembly instance with a bare "unreachable",
// thrown outside any call's promise. Nothing can be answered after it; the CLI reports exit code 101 as
// a crash of the engine, with the last ERROR line as the reason.
let panicMessage;
globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (message) => (panicMessage = message) };
process.on('uncaughtException', (error) => {
  log('ERROR', { message: panicMessage ?? String(error?.stack ?? error) });
  process.exit(101);
});

// The package's entry point imports the .wasm file as an ES module, which Node 20 only allows behind a
// flag; instantiating it here works everywhere.
const wasmUrl = new URL('schema_engine_bg.wasm', import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
const { instance } = await WebAssembly.instantiate(await readFile(wasmUrl), { './schema_engine_bg.js': glue });
glue.__wbg_set_wasm(instance.exports);
instance.exports.__wbindgen_start();

if (options.version) {
  console.log(`schema-engine-wasm ${glue.version()}`);
  process.exit(0);
}

async function openEngine() {
  const url = (options.datasource && JSON.parse(options.datasource).url) || process.env.DATABASE_URL;
  if (!url) throw new Error('No database URL: set DATABASE_URL, or datasource.url in prisma.config.ts.');
  // The engine panics on an empty list; "no schema" is undefined.
  const datamodels = options.datamodels
    && (await Promise.all(options.datamodels.map(async (file) => [file, await readFile(file, 'utf8')])));
  return glue.SchemaEngine.new(
    { datamodels },
    (line) => process.stderr.write(`${line.trimEnd()}\n`),
    bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: url })),
  );
}

// Errors from the engine's commands carry Prisma's code (P3009…); a failed connection has only a message.
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
    log('ERROR', { message: error?.message ?? String(error), error_code: errorCode(error) });
    process.exit(1);
  }
}

// The CLI calls it getDatabaseVersion; the WebAssembly engine, version.
const methodNames = { getDatabaseVersion: 'version' };
let engine;

async function answer(line) {
  let id = null;
  try {
    const request = JSON.parse(line);
    id = request.id;
    engine ??= openEngine();
    const target = await engine;
    const name = methodNames[request.method] ?? request.method;
    if (name === 'free' || typeof target[name] !== 'function') {
      throw new Error(`The WebAssembly schema engine has no method \`${request.method}\`.`);
    }
    // The CLI takes a response without `result` for a broken one; some commands return nothing.
    return { jsonrpc: '2.0', id, result: (await target[name](request.params)) ?? null };
  } catch (error) {
    // A panic in a synchronous call (debugPanic) lands here rather than in uncaughtException.
    const isPanic = error instanceof WebAssembly.RuntimeError;
    const message = (isPanic && panicMessage) || (error?.message ?? String(error));
    const data = { is_panic: isPanic, message, meta: null, error_code: errorCode(error) ?? null };
    return { jsonrpc: '2.0', id, error: { code: 4466, message, data } };
  }
}

// One call at a time, in order; when the CLI closes stdin, exit once every answer is written (the
// database pool would otherwise keep the process alive).
let queue = Promise.resolve();
readline
  .createInterface({ input: process.stdin, crlfDelay: Infinity })
  .on('line', (line) => {
    if (line.trim()) queue = queue.then(async () => process.stdout.write(`${JSON.stringify(await answer(line))}\n`));
  })
  .on('close', () => queue.then(() => process.exit(0)));
