/**
 * The one-page editor and the suggestions of people on record, timed in the server's data work (what
 * a request costs before React renders it):
 *
 *     DATABASE_URL=postgresql://… npm run bench:editor [-- --people 20000 --parts 50 --runs 30]
 *
 * In a database beside the one DATABASE_URL names (`<name>_bench_editor`, made afresh each run): the
 * founding record, `people` generated people with their posts (19,249 is how many 100,000 generated
 * exchanges name: docs/benchmark-data.md), and one exchange of `parts` parts saved by the editor's own
 * save. It reports, as medians and 95th percentiles over `runs`: loading the editor of that exchange
 * (the record, its choices and every row's form), saving a changed draft of it in one transaction, and
 * suggestions for names typed in Chinese (simplified and traditional), pinyin and English, as a
 * staff member sees them, and the plan of the query of names. It fails when a budget is missed:
 * the editor's load over 300 ms, or suggestions over 100 ms, at the 95th percentile.
 *
 * lib/data is marked server-only, so package.json runs this with Node's `react-server` condition.
 */
import { parseArgs } from 'node:util';
import { installDatabase } from '../lib/db/client';
import { withDatabase } from '../lib/db/connect';
import { prepareDatabase } from '../lib/db/prepare';
import { foundingExchangeSlug } from '../lib/db/seed';
import { type DatabaseTarget, describePostgresUrl } from '../lib/db/target';
import { saveExchangeDraft } from '../lib/data/exchange-drafts';
import { suggestPeople } from '../lib/data/people';
import type { UserViewer } from '../lib/data/viewer';
import { getWorkingExchange } from '../lib/data/workspace';
import { editorOfExchange } from '../lib/forms/editor';
import type { PrismaClient } from '../lib/generated/prisma/client';
import { nameKeys } from '../lib/records/name-keys';
import { ensureSiblingDatabase } from '../lib/testing/sibling-database';
import { runCommand } from '../scripts/run-command';
import { BulkInsert } from './bulk-insert';
import { randomPersonName } from './data/names';
import { newId } from './ids';
import { percentile } from './load';
import { Random } from './random';

/** The budgets of issue "one editor for a whole exchange", in ms of server time at p95. */
const budgets = { editor: 300, suggestions: 100 };

function wholeNumber(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${option} must be a whole number above zero.`);
  return n;
}

async function timed(runs: number, work: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await work();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  const sorted = Float64Array.from(times).sort();
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

/** `count` people with generated names and a post each, written as an import writes them. */
async function addPeople(db: PrismaClient, count: number): Promise<void> {
  const random = new Random(2026);
  const bulk = await BulkInsert.open(db);
  const now = new Date();
  for (let start = 0; start < count; start += 5000) {
    const people = Array.from({ length: Math.min(5000, count - start) }, () => {
      const name = randomPersonName(random);
      return { id: newId(), nameZh: name.zh, nameEn: name.en, ...nameKeys(name.zh, name.en), pending: false, version: 1, createdAt: now };
    });
    await bulk.rows(db, 'Person', people);
    await bulk.rows(
      db,
      'PersonRole',
      people.map((person) => ({ id: newId(), personId: person.id, titleZh: '副市长', titleEn: 'Vice Mayor', version: 1, createdAt: now })),
    );
  }
  await db.$executeRawUnsafe('ANALYZE "Person"');
}

/** A draft of `parts` new rows of every kind the editor holds, pointing at each other as a clerk's would. */
function draftOf(parts: number, cityId: string, personIds: string[]) {
  const provenance = { originalLanguage: 'zh', translation: 'HUMAN' };
  const kinds = ['participant', 'event', 'topic', 'question', 'statement', 'cooperationItem'] as const;
  const rows = Array.from({ length: parts }, (_, n) => {
    const kind = kinds[n % kinds.length]!;
    const key = `r${n}`;
    const earlier = (of: string) => `new:r${n - kinds.indexOf(kind) + kinds.indexOf(of as (typeof kinds)[number])}`;
    switch (kind) {
      case 'participant':
        return { kind, key, values: { personId: personIds[n]!, side: 'VISITING', role: 'MEMBER' } };
      case 'event':
        return { kind, key, values: { kind: 'MEETING', titleZh: `座谈会${n}`, siteNamesZh: [`地点${n}`], ...provenance } };
      case 'topic':
        return { kind, key, values: { titleZh: `议题${n}`, eventId: earlier('event'), ...provenance } };
      case 'question':
        return { kind, key, values: { textZh: `问题${n}？`, topicId: earlier('topic'), askedById: earlier('participant'), askedBySideBasis: 'STATED', ...provenance } };
      case 'statement':
        return { kind, key, values: { kind: 'REMARK', form: 'PARAPHRASE', textZh: `发言${n}。`, eventId: earlier('event'), ...provenance } };
      case 'cooperationItem':
        return { kind, key, values: { titleZh: `合作事项${n}`, status: 'PROPOSED', responsibleCityIds: [cityId], originStatementId: earlier('statement'), ...provenance } };
    }
  });
  return { draft: JSON.stringify({ rows, removed: [] }) };
}

runCommand(async () => {
  const { values } = parseArgs({ options: { people: { type: 'string', default: '19249' }, parts: { type: 'string', default: '50' }, runs: { type: 'string', default: '30' } } });
  const [people, parts, runs] = [wholeNumber(values.people, 'people'), wholeNumber(values.parts, 'parts'), wholeNumber(values.runs, 'runs')];
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) throw new Error('Set DATABASE_URL to a PostgreSQL database: the benchmark works in a database beside it.');
  const url = await ensureSiblingDatabase(baseUrl, 'bench_editor', { fresh: true });
  const target: DatabaseTarget = { kind: 'postgres', url, description: describePostgresUrl(url) };
  await prepareDatabase(target, { seed: true });
  await withDatabase(target, async (db) => {
    installDatabase(db);
    await addPeople(db, people);
    const founding = await db.exchange.findUniqueOrThrow({ where: { slug: foundingExchangeSlug }, select: { id: true, visitingCityId: true } });
    const user = await db.user.create({ data: { email: 'bench.staff@example.org', role: 'STAFF', cities: { create: [{ cityId: founding.visitingCityId }] } } });
    const staff: UserViewer = { kind: 'user', id: user.id, role: 'STAFF', cityIds: [founding.visitingCityId] };
    const personIds = (await db.person.findMany({ take: parts, orderBy: { id: 'desc' }, select: { id: true } })).map((person) => person.id);

    const { working, version } = await (async () => {
      const before = await getWorkingExchange(staff, founding.id);
      const draft = JSON.parse(draftOf(parts, founding.visitingCityId, personIds).draft) as object;
      await saveExchangeDraft(staff, founding.id, { draft: JSON.stringify({ ...draft, baseVersion: before.fields.workingVersion }) });
      const working = await getWorkingExchange(staff, founding.id);
      return { working, version: working.fields.workingVersion };
    })();
    const rowCount = (await editorOfExchange(staff, working, 'zh')).rows.length;

    const load = await timed(runs, async () => editorOfExchange(staff, await getWorkingExchange(staff, founding.id), 'zh'));
    // Each run renames every event: one save of a changed draft, all of it in one transaction.
    let base = version;
    let round = 0;
    const save = await timed(runs, async () => {
      const current = await getWorkingExchange(staff, founding.id);
      const rows = current.record.events.map((event, n) => ({
        kind: 'event',
        key: `e${n}`,
        id: event.id,
        version: event.version,
        values: { kind: 'MEETING', titleZh: `座谈会${n}-${round}`, originalLanguage: 'zh', translation: 'HUMAN' },
      }));
      round++;
      await saveExchangeDraft(staff, founding.id, { draft: JSON.stringify({ baseVersion: base, rows, removed: [] }) });
      base = (await db.exchange.findUniqueOrThrow({ where: { id: founding.id }, select: { workingVersion: true } })).workingVersion;
    });

    const sample = await db.person.findFirstOrThrow({ where: { nameZh: { not: null } }, orderBy: { id: 'asc' }, select: { nameZh: true, nameEn: true, keyPinyin: true } });
    const typed = [sample.nameZh!.slice(0, 2), sample.nameEn!.split(' ').join(' ').slice(0, 6), sample.keyPinyin!.slice(0, 5), '趙慶'];
    const suggestions = [];
    for (const text of typed) suggestions.push({ text, ...(await timed(runs, () => suggestPeople(staff, text))), found: (await suggestPeople(staff, text)).length });
    const plan = await db.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
      `EXPLAIN SELECT id FROM "Person" WHERE "keyZh" LIKE $1 OR "keyPinyin" LIKE $2 OR "keyEn" LIKE $2 LIMIT 8`,
      `${sample.nameZh!.slice(0, 2)}%`,
      `${sample.keyPinyin!.slice(0, 5)}%`,
    );
    const planText = plan.map((line) => line['QUERY PLAN']).join('\n');

    const ms = (value: number) => `${value.toFixed(1)} ms`;
    console.log(`\n${people.toLocaleString('en')} people, an exchange of ${rowCount} parts, ${runs} runs each; server-side data work, medians and 95th percentiles.\n`);
    console.log('| what | p50 | p95 |\n| --- | ---: | ---: |');
    console.log(`| load the editor (record, choices, every row's form) | ${ms(load.p50)} | ${ms(load.p95)} |`);
    console.log(`| save a changed draft (${working.record.events.length} events renamed), one transaction | ${ms(save.p50)} | ${ms(save.p95)} |`);
    for (const s of suggestions) console.log(`| suggestions for “${s.text}” (${s.found} found) | ${ms(s.p50)} | ${ms(s.p95)} |`);
    console.log(`\nPlan of the suggestion query's names:\n${planText}`);
    const missed = [
      ...(load.p95 > budgets.editor ? [`loading the editor took ${ms(load.p95)} at p95, over ${budgets.editor} ms`] : []),
      ...suggestions.filter((s) => s.p95 > budgets.suggestions).map((s) => `suggestions for “${s.text}” took ${ms(s.p95)} at p95, over ${budgets.suggestions} ms`),
    ];
    if (missed.length) throw new Error(`Over budget: ${missed.join('; ')}.`);
    console.log(`\nWithin budget: the editor under ${budgets.editor} ms, suggestions under ${budgets.suggestions} ms, at p95.`);
  });
});
