export function loadSchemaEngineModule(): Promise<typeof import('@prisma/schema-engine-wasm')>;
