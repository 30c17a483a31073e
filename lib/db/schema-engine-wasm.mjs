// Prisma's schema engine compiled to WebAssembly. The package's entry point imports its .wasm file as
// an ES module, which Node 20 allows only behind a flag; instantiating it here works everywhere. Plain
// JavaScript, because the Prisma CLI bridge (prisma/schema-engine-bridge.mjs) runs without TypeScript.
import { readFile } from 'node:fs/promises';

let loading;

export function loadSchemaEngineModule() {
  loading ??= (async () => {
    const gluePath = import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const glue = await import(gluePath);
    const wasm = await readFile(new URL('schema_engine_bg.wasm', gluePath));
    const { instance } = await WebAssembly.instantiate(wasm, { './schema_engine_bg.js': glue });
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return glue;
  })();
  return loading;
}
