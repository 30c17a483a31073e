import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { serveControlCommands } from '../lib/data/control-commands';
import { getDb } from '../lib/db/client';
import { withDatabase } from '../lib/db/connect';
import { controlSocketPath } from '../lib/db/control-channel';
import { lockPathFor } from '../lib/db/embedded-lock';
import { prepareDatabase } from '../lib/db/prepare';
import { type DatabaseTarget, describePostgresUrl } from '../lib/db/target';
import type { PrismaClient } from '../lib/generated/prisma/client';
import { databaseFingerprint } from '../lib/testing/database';
import { npmScript } from '../lib/testing/npm-script';
import { ensureSiblingDatabase } from '../lib/testing/sibling-database';
import { embeddedPass } from '../lib/testing/passes';

const userCreate = npmScript('user:create').run;

const password = 'correct horse battery';
const admin = ['--email', 'admin@example.org', '--password', password, '--role', 'admin', '--name', 'Li Ming'];
const staff = ['--email', 'staff@example.org', '--password', password, '--role', 'staff', '--city', 'zibo', '--city', 'liuzhou'];

/** A refusal: exit code 1, one line, and never the password typed. */
function expectRefused(result: { status: number | null; stderr: string; stdout: string }, message: RegExp) {
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(message);
  expect(result.stderr.split('\n')).toHaveLength(1);
  expect(result.stderr + result.stdout).not.toContain(password);
}

const embeddedIn = (dataDir: string): DatabaseTarget => ({ kind: 'embedded', dataDir, description: `embedded database in ${dataDir}` });


const accountOf = (db: PrismaClient, email: string) =>
  db.user.findUnique({
    where: { email },
    select: { role: true, name: true, passwordHash: true, cities: { select: { city: { select: { slug: true } } }, orderBy: { city: { slug: 'asc' } } } },
  });

const tempRoot = mkdtempSync(path.join(tmpdir(), 'jiaoliu-'));
// Stands in for a process that holds a database folder, for as long as the tests take, however slow.
const sleeper = spawn(process.execPath, ['-e', 'setInterval(() => {}, 60000)']);
afterAll(() => {
  sleeper.kill();
  rmSync(tempRoot, { recursive: true, force: true });
});

describe.runIf(embeddedPass)('npm run user:create', () => {
  it.concurrent.each([
    ['no arguments', [], /^Error: Missing --email, --password, --role\. Usage: npm run user:create -- --email ADDRESS/],
    ['a missing value', ['--email', 'a@example.org', '--password', '--role', 'admin'], /^Error: --password needs a value/],
    ['an unknown option', [...admin, '--pasword', password], /^Error: Unknown option --pasword\. Usage:/],
    ['an unquoted value', ['--email', 'a@example.org', '--password', ...password.split(' '), '--role', 'admin'], /^Error: Unexpected argument: quote values/],
    ['an option given twice', [...admin, '--role', 'staff'], /^Error: --role is given twice\. Usage:/],
  ])('refuses %s before opening any database', async (_case, args, message) => {
    const dataDir = path.join(tempRoot, 'never-made');
    expectRefused(await userCreate(args, { JIAOLIU_DATA_DIR: dataDir }), message);
    expect(existsSync(dataDir)).toBe(false);
  });

  it('explains itself with --help', async () => {
    const result = await userCreate(['--help'], { JIAOLIU_DATA_DIR: path.join(tempRoot, 'never-made') });
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toContain('Usage: npm run user:create -- --email ADDRESS --password PASSWORD --role admin|staff');
  });

  it('refuses a database server it cannot reach, in one line', async () => {
    expectRefused(
      await userCreate(admin, { DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/jiaoliu' }),
      /^Error: Cannot reach PostgreSQL database "jiaoliu" at 127\.0\.0\.1:1: the connection was refused\./,
    );
  });
});

describe.runIf(embeddedPass)('npm run user:create on an embedded database nobody holds', () => {
  const dataDir = path.join(tempRoot, 'fresh');
  const target = embeddedIn(dataDir);
  const run = (args: string[]) => userCreate(args, { JIAOLIU_DATA_DIR: dataDir });

  it('creates, migrates and seeds a new folder as npm start would, then the admin', async () => {
    const result = await run(admin);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`Created the admin account admin@example.org in the embedded database in ${dataDir}.`);
    expect(result.stdout).not.toContain(password);
    await withDatabase(target, async (db) => {
      const account = await accountOf(db, 'admin@example.org');
      expect(account).toMatchObject({ role: 'ADMIN', name: 'Li Ming', cities: [] });
      expect(account?.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await db.auditEvent.count({ where: { kind: 'ACCOUNT_CREATED', subject: 'admin@example.org', actorId: null } })).toBe(1);
      expect(await db.exchange.count()).toBe(1);
    });
    expect(existsSync(lockPathFor(dataDir))).toBe(false);
  }, 120_000);

  it('gives staff the cities named by slug', async () => {
    const result = await run(staff);
    expect(result.stdout).toMatch(/^Created the staff account staff@example\.org for zibo, liuzhou in the embedded database/);
    await withDatabase(target, async (db) => {
      expect(await accountOf(db, 'staff@example.org')).toMatchObject({
        role: 'STAFF',
        cities: [{ city: { slug: 'liuzhou' } }, { city: { slug: 'zibo' } }],
      });
    });
  }, 60_000);

  it('refuses invalid input, explaining each problem in one line', async () => {
    const result = await run(['--email', 'not-an-address', '--password', 'hunter2', '--role', 'owner']);
    expectRefused(result, /^Error: --email: Enter an email address such as name@example\.com; --password: At least 12 characters; --role: use admin or staff\.$/);
    expect(result.stderr).not.toContain('hunter2');
  }, 60_000);

  it('refuses a city it does not know', async () => {
    expectRefused(
      await run([...staff.slice(0, 6), '--city', 'zibo', '--city', 'atlantis']),
      /^Error: No city has the slug "atlantis"\. Name cities by the slug in their web address/,
    );
  }, 60_000);

  it('refuses an email address that has an account, and changes nothing', async () => {
    const before = await withDatabase(target, databaseFingerprint);
    expectRefused(
      await run(['--email', 'Admin@Example.org', '--password', 'another long password', '--role', 'staff']),
      /^Error: An account with this email address already exists\.$/,
    );
    expect(await withDatabase(target, databaseFingerprint)).toBe(before);
  }, 60_000);
});

describe.runIf(embeddedPass)('npm run user:create while the app holds the embedded database', () => {
  const dataDir = path.join(tempRoot, 'held');
  const run = (args: string[]) => userCreate(args, { JIAOLIU_DATA_DIR: dataDir });
  const environment = { ...process.env };

  // This process plays the app: it opens the folder as the server does (instrumentation.ts), which
  // starts the control channel. The folder stays open until the file's worker exits, as the app's
  // does; the worker ends without the exit handlers that would remove the socket, so the test does.
  beforeAll(async () => {
    await prepareDatabase(embeddedIn(dataDir), { seed: true });
    delete process.env.DATABASE_URL;
    process.env.JIAOLIU_DATA_DIR = dataDir;
  }, 60_000);
  afterAll(() => {
    process.env = environment;
    rmSync(controlSocketPath(dataDir), { force: true });
  });

  it('serves commands once the app holds the folder, even if the folder was busy as the app started', async () => {
    writeFileSync(lockPathFor(dataDir), String(sleeper.pid));
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await serveControlCommands();
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/is in use by another process .* The app will try again at the first request\.$/));
    log.mockRestore();
    expect(existsSync(controlSocketPath(dataDir))).toBe(false);

    rmSync(lockPathFor(dataDir));
    await getDb(); // the first request
    await vi.waitFor(() => expect(existsSync(controlSocketPath(dataDir))).toBe(true));
    expect(readFileSync(lockPathFor(dataDir), 'utf8')).toBe(String(process.pid));
  }, 60_000);

  it('asks the app to create the account', async () => {
    const result = await run(staff);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      `Created the staff account staff@example.org for zibo, liuzhou in the embedded database in ${dataDir}, through the running app.`,
    );
    const db = await getDb();
    expect(await accountOf(db, 'staff@example.org')).toMatchObject({ role: 'STAFF', cities: [{ city: { slug: 'liuzhou' } }, { city: { slug: 'zibo' } }] });
  }, 60_000);

  it('gets the same refusals from the app as from the database', async () => {
    const db = await getDb();
    const before = await databaseFingerprint(db);
    expectRefused(
      await run(['--email', 'staff@example.org', '--password', 'another long password', '--role', 'admin']),
      /^Error: An account with this email address already exists\.$/,
    );
    expectRefused(await run(['--email', 'x@example.org', '--password', 'hunter2', '--role', 'admin']), /^Error: --password: At least 12 characters\.$/);
    expectRefused(await run([...admin, '--city', 'atlantis']), /^Error: No city has the slug "atlantis"/);
    expect(await databaseFingerprint(db)).toBe(before);
  }, 90_000);

  it('says so when the process holding the folder does not answer', async () => {
    const silent = path.join(tempRoot, 'silent');
    await prepareDatabase(embeddedIn(silent), { seed: false });
    writeFileSync(lockPathFor(silent), String(sleeper.pid));
    expectRefused(
      await userCreate(admin, { JIAOLIU_DATA_DIR: silent }),
      /^Error: The embedded database in .* is in use by another process that does not answer commands; the app may still be starting\. Try again in a moment/,
    );
  }, 60_000);
});

describe.runIf(process.env.DATABASE_URL)('npm run user:create on PostgreSQL', () => {
  let url: string;
  const target = () => ({ kind: 'postgres', url, description: describePostgresUrl(url) }) as const;
  beforeAll(async () => {
    // Never the database DATABASE_URL names: a fresh one beside it, which the command migrates and seeds.
    url = await ensureSiblingDatabase(process.env.DATABASE_URL!, 'user_create', { fresh: true });
  });

  it('creates the account on the server', async () => {
    const result = await userCreate(staff, { DATABASE_URL: url });
    // Not stderr: seeding a new database on a server draws a deprecation warning from pg (as npm start does).
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`Created the staff account staff@example.org for zibo, liuzhou in the ${describePostgresUrl(url)}.`);
    await withDatabase(target(), async (db) => {
      expect(await accountOf(db, 'staff@example.org')).toMatchObject({ role: 'STAFF', cities: [{ city: { slug: 'liuzhou' } }, { city: { slug: 'zibo' } }] });
      expect(await db.exchange.count()).toBe(1);
    });
  }, 120_000);

  it('refuses an email address that has an account, and changes nothing', async () => {
    const before = await withDatabase(target(), databaseFingerprint);
    expectRefused(
      await userCreate(['--email', 'staff@example.org', '--password', 'another long password', '--role', 'admin'], { DATABASE_URL: url }),
      /^Error: An account with this email address already exists\.$/,
    );
    expect(await withDatabase(target(), databaseFingerprint)).toBe(before);
  }, 60_000);
});
