import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { accountCases } from '../testing/authorization/accounts';
import { attachmentCases } from '../testing/authorization/attachments';
import { deletedRecordCases } from '../testing/authorization/deleted-records';
import { auditCases } from '../testing/authorization/audit';
import { exchangeCases, exchangeInput } from '../testing/authorization/exchanges';
import { importCases } from '../testing/authorization/imports';
import { publicCases } from '../testing/authorization/public';
import { relationshipCases } from '../testing/authorization/relationships';
import { sourceCases } from '../testing/authorization/sources';
import { referenceDataCases } from '../testing/authorization/reference-data';
import { type AuthorizationCase, buildWorld, callers, type World } from '../testing/authorization/world';
import { databaseFingerprint, setupTestDatabase } from '../testing/database';
import { updateExchange } from './exchange-editing';

/*
 * Every function of the data-access layer against every kind of caller: allowed where it should be,
 * refused everywhere else, and the database exactly as it was after each refusal.
 */

// The callers of a case share its world while none of them changes it: a refused call leaves the
// database as it was (each checks so), and building the world again for each caller was most of the time.
const database = setupTestDatabase('vitest', { emptyBeforeEach: false });
/** The case whose world the database holds as it was built, if any. */
let untouchedWorldOf: string | null = null;

const cases: AuthorizationCase[] = [
  ...exchangeCases,
  ...sourceCases,
  ...deletedRecordCases,
  ...accountCases,
  ...auditCases,
  ...referenceDataCases,
  ...importCases,
  ...publicCases,
  ...attachmentCases,
  ...relationshipCases,
];

/** Modules of lib/data that are building blocks of the others, not entry points for pages. */
const internalModules = new Set([
  'access',
  'authentication',
  'control-commands',
  'current-viewer',
  'exchange-record',
  'mutation',
  'part-deletions',
  'publication',
  'publication-cities-sql',
  'public-index',
  'public-queries',
  'reference-records',
  'search-queries',
  'search-statistics',
  'validate',
  'viewer',
]);
/** Exported for the modules above; they take an open transaction, so they run inside an entry point. */
const transactionSteps = new Set([
  'changeExchange',
  'changePart',
  'changesSinceLastPublished',
  'confirmSourcesOf',
  'editableExchange',
  'editableRelationship',
  'insertExchange',
  'insertPart',
  'insertSource',
  'markChanged',
  'markRelationshipChanged',
  'mayPublish',
  'mayPublishRecord',
  'mayPublishRelationship',
  'removePart',
  'requireCitableSource',
  'settleClaim',
  'writePublishing',
  'writeSource',
]);
/** Exported functions of a value given them, which read nothing. */
const checks = new Set(['sameName', 'isPartKind', 'citiesOfRelationship', 'exchangeChanges', 'inRelationshipHistory', 'readPublishedFiles', 'requireReviewedVersion']);

it('covers every function that pages, actions and routes can call', async () => {
  const dir = import.meta.dirname;
  const modules = readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => path.basename(file, '.ts'))
    .filter((name) => !internalModules.has(name));
  const entryPoints: string[] = [];
  for (const name of modules) {
    const exports = (await import(`./${name}.ts`)) as Record<string, unknown>;
    for (const [exported, value] of Object.entries(exports)) if (typeof value === 'function' && !transactionSteps.has(exported) && !checks.has(exported)) entryPoints.push(exported);
  }
  const covered = new Set(cases.map((c) => c.name));
  expect(entryPoints.filter((name) => !covered.has(name))).toEqual([]);
});

describe.each(cases)('$name', ({ name, state, allowed, setup, call }) => {
  let world: World;
  let extra: Record<string, string>;
  beforeEach(async () => {
    if (untouchedWorldOf === name) return;
    await database.empty();
    world = await buildWorld(database.db, state);
    extra = (await setup?.(world)) ?? {};
    untouchedWorldOf = name;
  });

  it.each(callers)('as %s', async (caller) => {
    const before = await databaseFingerprint(database.db);
    if (allowed.includes(caller)) {
      untouchedWorldOf = null;
      await expect(call(world.viewers[caller], world, extra)).resolves.not.toThrow();
    } else {
      await expect(call(world.viewers[caller], world, extra)).rejects.toMatchObject({ code: expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/) });
      expect(await databaseFingerprint(database.db)).toBe(before);
    }
  });
});

it('answers a forged edit of another city’s record with "forbidden" and logs the refusal', async () => {
  await database.empty();
  untouchedWorldOf = null;
  const world = await buildWorld(database.db, 'draft');
  const guangzhouRecord = await database.db.exchange.findUniqueOrThrow({ where: { slug: 'guangzhou-to-shenzhen' } });
  const before = await databaseFingerprint(database.db);
  await expect(
    updateExchange(world.viewers.staffOfTheCity, guangzhouRecord.id, { ...exchangeInput(world), version: '1' }),
  ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  expect(await databaseFingerprint(database.db)).toBe(before);
  expect(await database.db.auditEvent.count({ where: { kind: 'ACCESS_DENIED' } })).toBe(1);
});
