import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { routeTargets } from '../testing/fuzz/routes';
import { fuzzEachEndpoint, fuzzRoute } from '../testing/fuzz/run';

/*
 * Every route handler, with generated addresses, queries, headers, cookies and bodies: never a 500,
 * never a trace of the server's insides, a problem report for a refused request to the open-data
 * API, and no write but a sign-in's. See docs/fuzzing.md.
 */

it('covers every route handler', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const routes = readdirSync(path.join(root, 'app'), { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'route.ts')
    .map((file) => path.join('app', file));
  expect([...new Set(routeTargets.map((target) => target.file))].sort()).toEqual(routes.sort());
});

fuzzEachEndpoint(routeTargets, fuzzRoute);
