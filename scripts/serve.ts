/**
 * The production server `npm start` runs: Next's request handler behind the page cache
 * (lib/server/page-cache.ts), which serves public pages to visitors without an account from memory
 * for as long as nothing the public can read has changed. It also puts the address each request's
 * connection comes from at the end of X-Forwarded-For (lib/security/client-address.ts): `next start`
 * adds it only when the header is missing, so a client that sent one could pass off any address.
 */
import { createServer } from 'node:http';
import path from 'node:path';
import next from 'next';
import { addPeerAddress } from '../lib/security/client-address';
import { createNonce } from '../lib/security/headers';
import { PageCache, readOncePerTurn, registeredContentGeneration } from '../lib/server/page-cache';

const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, dir: path.resolve(import.meta.dirname, '..'), port });
const handle = app.getRequestHandler();
await app.prepare();

// JIAOLIU_PAGE_CACHE=off renders every page, to measure or to rule the cache out when chasing a problem.
const pages = process.env.JIAOLIU_PAGE_CACHE === 'off' ? null : new PageCache({ generation: readOncePerTurn(registeredContentGeneration), createNonce });
const server = createServer((request, response) => {
  addPeerAddress(request);
  const render = () => handle(request, response);
  (pages ? pages.handle(request, response, render) : render()).catch((error: unknown) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('The server could not answer this request.');
  });
});
server.listen(port, () => console.log(`✓ Ready on port ${port}`));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
