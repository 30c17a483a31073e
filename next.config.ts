import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules as they are.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@prisma/schema-engine-wasm'],
  poweredByHeader: false,
  experimental: {
    // The proxy (proxy.ts) reads every request's body first, and past this size it would hand on a cut
    // copy: the import screen takes files up to 20 MB (lib/import/protocol.ts), with the form around them.
    proxyClientMaxBodySize: '21mb',
  },
  typedRoutes: true,
};

export default nextConfig;
