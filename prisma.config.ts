import path from 'node:path';
import { defineConfig } from 'prisma/config';

// The Prisma CLI would download a native schema engine at start-up. It runs the WebAssembly build of
// the same engine instead, through a small bridge; so `prisma generate`, `prisma migrate deploy` and
// `prisma migrate status` work on machines that reach nothing but the npm registry.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, 'prisma', 'schema-engine-bridge.mjs');

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
