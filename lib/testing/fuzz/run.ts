import { appendFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locales } from '../../i18n/locales';
import { getWorkspaceMessages } from '../../i18n/workspace-messages';
import { type FormState, idleForm } from '../../validation/form';
import { setupTestDatabase } from '../database';
import { type Column, hostileValue, isProbeValue, probeValue, submission, toFormData } from '../hostile-input';
import { callRoute, callServerAction, type Outcome } from '../next-request';
import { takeWrites, type Write } from '../write-log';
import type { ActionTarget, ValidCall } from './actions';
import type { RouteTarget } from './routes';
import { type Caller, decoyId, freshId, freshWorlds, type FuzzWorld } from './world';

/*
 * Throws generated input at one endpoint and checks every answer: never a 500, never a trace of the
 * server's insides, nothing written when the call is refused, and nothing written from a field the
 * form does not have when it is accepted.
 */

export interface Figures {
  endpoint: string;
  inputs: number;
  refused: number;
  accepted: number;
  failures: number;
  milliseconds: number;
  /** Failures told apart by what went wrong, each with what the first such call sent and got (at most ten). */
  distinctFailures: string[];
}

export interface FuzzOptions {
  runs: number;
  seed: number;
  /** Counts failures and goes on; otherwise the first failure stops the run and fast-check shrinks it. */
  keepGoing?: boolean;
}

type Verdict = { accepted: boolean; failure?: string };

/** After this many accepted calls the world is put back as built: records that pile up slow every later call. */
const acceptedBetweenResets = 50;

/** Text that only the server's insides produce: stack frames, file names, database and runtime errors. */
const internals =
  /\bat \S+ \(|\.[cm]?[jt]sx?:\d+|node_modules|prisma|Invalid `|\bSELECT\b|\bINSERT INTO\b|violates|duplicate key|TypeError|ReferenceError|SyntaxError|Cannot read prop|is not a function|\bundefined\b|\[object Object\]|\bNaN\b/i;
const stackFrame = /\bat \S+ \(.+:\d+:\d+\)/;

const unexpected = new Set(locales.map((locale) => getWorkspaceMessages(locale).unexpected));

const callerWeights: [Caller, number][] = [
  ['admin', 9],
  ['staffOfTheCity', 5],
  ['staffOfAnotherCity', 2],
  ['disabledStaff', 1],
  ['anonymous', 3],
  ['forgedSession', 1],
];
const caller = fc.oneof(...callerWeights.map(([name, weight]) => ({ arbitrary: fc.constant(name), weight })));

/** A bound argument as a tampered client might send it: another record's id, another language, anything. */
type BoundChange = { value: unknown } | { otherId: number } | null;
const boundChange: fc.Arbitrary<BoundChange> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 9 },
  {
    arbitrary: fc.oneof(
      hostileValue.map((value) => ({ value })),
      fc.constantFrom('en', 'fr', 'ZH', 'constructor', '__proto__').map((value) => ({ value })),
      fc.nat().map((otherId) => ({ otherId })),
    ),
    weight: 1,
  },
);

/** Columns of the database, by name, for the probes; read once per database. */
const columnsOf = new WeakMap<object, Promise<Column[]>>();
function columns(world: FuzzWorld): Promise<Column[]> {
  let found = columnsOf.get(world.db);
  if (!found) {
    found = world.db.$queryRaw<Column[]>`
      SELECT DISTINCT ON (column_name) column_name AS name, data_type AS type FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name NOT LIKE '\\_%' ORDER BY column_name, data_type`;
    columnsOf.set(world.db, found);
  }
  return found;
}

/** Columns that decide who owns a record, what state it is in and who may do what: probed more often. */
const telling = ['id', 'version', 'createdById', 'authorId', 'userId', 'exchangeId', 'role', 'status', 'publicationState', 'publishedAt', 'deletedAt', 'disabledAt', 'passwordHash', 'email', 'slug'];

/** `count` probes, chosen by `seed`, named after columns that are not fields of the form; half of them telling ones. */
function chooseProbes(all: Column[], fields: readonly string[], count: number, seed: number): Record<string, string> {
  const usable = all.filter((column) => !fields.includes(column.name) && probeValue(column, { decoy: decoyId, fresh: freshId }) !== null);
  const pools = [usable.filter((column) => telling.includes(column.name)), usable.filter((column) => !telling.includes(column.name))];
  const probes: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const pool = pools[i % 2]!;
    if (!pool.length) continue;
    const [column] = pool.splice((seed + i * 7919) % pool.length, 1);
    probes[column!.name] = probeValue(column!, { decoy: decoyId, fresh: freshId })!;
  }
  return probes;
}

/** Probes that got written: a row inserted with, or updated to, the value sent for one of its columns. */
function massAssigned(writes: Write[], probes: Record<string, string>): string[] {
  const found: string[] = [];
  for (const { table, operation, row, before } of writes) {
    if (operation === 'DELETE') continue;
    for (const [name, probe] of Object.entries(probes)) {
      if (!(name in row)) continue;
      const changed = operation === 'INSERT' || JSON.stringify(before?.[name]) !== JSON.stringify(row[name]);
      if (changed && isProbeValue(row[name], probe)) found.push(`${table}.${name} = ${JSON.stringify(row[name])}`);
    }
  }
  return found;
}

/**
 * Runs `call` with what the server logs collected rather than printed. It logs an error only for what
 * it did not expect; its warnings (a refused sign-in request) are answers, and are dropped.
 */
async function collectingErrors<T>(call: () => Promise<T>): Promise<{ result: T; logged: string[] }> {
  const logged: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => logged.push(args.map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}` : String(arg))).join(' '));
  console.warn = () => undefined;
  try {
    return { result: await call(), logged };
  } finally {
    Object.assign(console, { error, warn });
  }
}

/** A value as text for a failure's report, cut short when long. */
function shorten(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value, (_key, item) => (typeof item === 'bigint' ? `${item}n` : item)) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 120 ? `${JSON.stringify(text.slice(0, 100))}… (${text.length} characters)` : JSON.stringify(text);
}

function describeForm(form: FormData): string {
  return [...form].map(([name, value]) => `${shorten(name)}=${typeof value === 'string' ? shorten(value) : '<file>'}`).join(', ');
}

function describeOutcome(outcome: Outcome<unknown>): string {
  if (outcome.kind === 'threw') return `threw ${outcome.error instanceof Error ? `${outcome.error.name}: ${outcome.error.message}` : shorten(outcome.error)}`;
  return shorten(outcome);
}

function judgeActionOutcome(outcome: Outcome<unknown>): Verdict {
  switch (outcome.kind) {
    case 'threw':
      return { accepted: false, failure: 'the action threw, which Next answers with a 500' };
    case 'http-error':
    case 'redirected':
      return { accepted: outcome.kind === 'redirected' };
    case 'returned': {
      const state = outcome.value as FormState | undefined;
      if (!state || state.status !== 'error') return { accepted: true };
      if (unexpected.has(state.message)) return { accepted: false, failure: 'the form got "something went wrong": an error the action did not expect' };
      const shown = [state.message, ...Object.values(state.fieldErrors), ...(state.conflict ?? []).map((c) => c.field)];
      const leak = shown.find((text) => typeof text !== 'string' || internals.test(text));
      if (leak !== undefined) return { accepted: false, failure: `the form shows the server's insides: ${shorten(leak)}` };
      const secret = Object.keys(state.values).find((name) => /password/i.test(name));
      if (secret) return { accepted: false, failure: `the form hands back ${secret}` };
      return { accepted: false };
    }
  }
}

function tally(endpoint: string) {
  const figures: Figures = { endpoint, inputs: 0, refused: 0, accepted: 0, failures: 0, milliseconds: 0, distinctFailures: [] };
  const seen = new Set<string>();
  return {
    figures,
    count(verdict: Verdict, description: () => string, keepGoing: boolean, kind = '') {
      figures.inputs++;
      if (verdict.accepted) figures.accepted++;
      else figures.refused++;
      if (!verdict.failure) return true;
      figures.failures++;
      const report = `${endpoint}: ${verdict.failure}\n  ${description()}`;
      const key = `${verdict.failure.slice(0, 80)} ${kind}`;
      if (!seen.has(key) && seen.size < 10) {
        seen.add(key);
        figures.distinctFailures.push(report);
      }
      if (keepGoing) return true;
      throw new Error(report);
    },
  };
}

async function property<T>(arbitrary: fc.Arbitrary<T>, check: (input: T) => Promise<boolean>, { runs, seed }: FuzzOptions) {
  // Shrinking would replay calls against a database the failing run has already changed; the first
  // counterexample, with the seed fast-check prints, is what to reproduce.
  await fc.assert(fc.asyncProperty(arbitrary, check), { numRuns: runs, seed, endOnFailure: true });
}

/** Fuzzes one server action; resolves to its figures, or rejects with the first failure. */
export async function fuzzAction(world: FuzzWorld, target: ActionTarget, options: FuzzOptions): Promise<Figures> {
  const { figures, count } = tally(target.name);
  const valid = new Map<number, ValidCall>();
  let acceptedSinceReset = 0;
  const otherIds = [world.exchangeId, ...Object.values(world.cityIds), ...Object.values(world.accountIds)];
  const allColumns = await columns(world);
  const input = fc.record({
    caller,
    pick: fc.nat({ max: 11 }),
    bound: fc.array(boundChange, { minLength: 4, maxLength: 4 }),
    submission: submission(target.fields),
  });
  const started = performance.now();
  await property(
    input,
    async ({ caller, pick, bound, submission }) => {
      // What is valid changes only when a call is accepted.
      if (!valid.has(pick)) valid.set(pick, await target.valid(world, pick));
      const call = valid.get(pick)!;
      const args = call.bound.map((arg, i) => {
        const change = bound[i];
        if (!change) return arg;
        return 'value' in change ? change.value : otherIds[change.otherId % otherIds.length];
      });
      const probes = chooseProbes(allColumns, call.fields ?? target.fields, submission.probeCount, submission.probeSeed);
      const form = toFormData(call.form, submission, probes);
      const { result, logged } = await collectingErrors(() =>
        callServerAction({ path: call.page, cookie: world.cookies[caller] }, () => (target.action as (...a: unknown[]) => Promise<unknown>)(...args, idleForm, form)),
      );
      const writes = await takeWrites(world.db);
      const verdict = judgeActionOutcome(result.outcome);
      if (!verdict.failure && logged.length) verdict.failure = `the server logged an error: ${logged[0]}`;
      if (!verdict.failure && !verdict.accepted && writes.length) {
        verdict.failure = `refused, yet wrote ${writes.map((w) => `${w.operation} ${w.table}`).join(', ')}`;
      }
      if (!verdict.failure && verdict.accepted) {
        const assigned = massAssigned(writes, probes);
        if (assigned.length) verdict.failure = `wrote fields the form does not have: ${assigned.join(', ')}`;
      }
      if (verdict.accepted) valid.clear();
      if (verdict.accepted && ++acceptedSinceReset === acceptedBetweenResets) {
        await world.reset();
        acceptedSinceReset = 0;
      }
      return count(
        verdict,
        () => `as ${caller}, bound ${shorten(args)}, form: ${describeForm(form)}\n  got ${describeOutcome(result.outcome)}${logged.length ? `\n  logged ${logged.join(' | ')}` : ''}`,
        options.keepGoing ?? false,
        `${describeOutcome(result.outcome).slice(0, 60)} ${logged[0]?.slice(0, 60) ?? ''}`,
      );
    },
    options,
  );
  figures.milliseconds = Math.round(performance.now() - started);
  return figures;
}

/** Fuzzes one route handler; resolves to its figures, or rejects with the first failure. */
export async function fuzzRoute(world: FuzzWorld, target: RouteTarget, options: FuzzOptions): Promise<Figures> {
  const { figures, count } = tally(target.name);
  const started = performance.now();
  await property(
    await target.input(world),
    async (request) => {
      const { result: answer, logged } = await collectingErrors(() => callRoute(request, (incoming) => target.handler(incoming, { params: Promise.resolve(request.params) })));
      const writes = await takeWrites(world.db);
      const refused = answer.status >= 400 || /[?&]error=/.test(answer.headers.get('location') ?? '');
      const verdict: Verdict = { accepted: !refused };
      const contentType = answer.headers.get('content-type') ?? '';
      if (answer.status >= 500) verdict.failure = `answered ${answer.status}`;
      else if ((refused ? internals : stackFrame).test(answer.body)) verdict.failure = `the answer shows the server's insides: ${shorten(answer.body)}`;
      else if (target.problems && answer.status >= 400 && answer.body && !contentType.startsWith('application/problem+json')) {
        verdict.failure = `refused with ${contentType || 'no content type'} rather than a problem report`;
      } else if (logged.length) verdict.failure = `the server logged an error: ${logged[0]}`;
      else if (writes.length && (refused || !target.writes)) verdict.failure = `wrote ${writes.map((w) => `${w.operation} ${w.table}`).join(', ')}`;
      return count(
        verdict,
        () => `${request.method ?? 'GET'} ${shorten(request.path)} params ${shorten(request.params)} headers ${shorten(request.headers ?? {})}${request.body ? ` body ${shorten(String(request.body))}` : ''}\n  got ${answer.status} ${shorten(answer.body)}`,
        options.keepGoing ?? false,
        `${answer.status} ${answer.body.slice(0, 40)} ${logged[0]?.slice(0, 60) ?? ''}`,
      );
    },
    options,
  );
  figures.milliseconds = Math.round(performance.now() - started);
  return figures;
}

/**
 * `npm test` replays the same inputs on every run, so that it passes or fails on the code alone and a
 * failure can be run again; `npm run fuzz` picks a new seed each time to look further.
 */
const testSeed = 20230505;

/**
 * Runs per endpoint and seed from the environment (FUZZ_RUNS, FUZZ_SEED): `npm test` throws 1,000
 * inputs at each endpoint, `npm run fuzz` as many as asked. FUZZ_KEEP_GOING counts failures rather
 * than stopping at the first.
 */
export function fuzzOptions(): FuzzOptions {
  const runs = Number(process.env.FUZZ_RUNS ?? 1000);
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : testSeed;
  return { runs, seed, keepGoing: process.env.FUZZ_KEEP_GOING === '1' };
}

/** Adds an endpoint's figures to the file FUZZ_REPORT names (one JSON object a line), for `npm run fuzz` to print. */
export function recordFigures(figures: Figures): void {
  const file = process.env.FUZZ_REPORT;
  if (file) appendFileSync(file, `${JSON.stringify(figures)}\n`);
}

/**
 * One test per endpoint, each in the world as it was built, with the runs and seed of fuzzOptions;
 * the endpoint's figures go to FUZZ_REPORT.
 */
export function fuzzEachEndpoint<T extends { name: string }>(targets: readonly T[], fuzz: (world: FuzzWorld, target: T, options: FuzzOptions) => Promise<Figures>) {
  const database = setupTestDatabase();
  const world = freshWorlds(() => database.db);
  const options = fuzzOptions();
  describe.each(targets.map((target) => [target.name, target] as const))('%s', (_name, target) => {
    it(`answers ${options.runs} generated inputs without an error page, a leak or a stray write`, async () => {
      const figures = await fuzz(await world(), target, options);
      recordFigures(figures);
      expect(figures.inputs).toBe(options.runs);
      expect(figures.distinctFailures).toEqual([]);
    }, Math.max(900_000, options.runs * 300));
  });
}
