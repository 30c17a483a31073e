/**
 * Creates an account without a browser, such as the first admin:
 *   npm run user:create -- --email ADDRESS --password PASSWORD --role admin|staff [--name NAME] [--city SLUG]…
 * It opens the database itself when it can, creating, migrating and seeding it as `npm start` would.
 * While the app runs on the embedded database, which serves one process only, it asks the app to
 * create the account over the app's control channel. Either way lib/data/accounts.ts decides.
 *
 * lib/data is marked server-only, so package.json runs this with Node's `react-server` condition, as
 * Next's server does.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { controlCommands, type Outcome, type Refusal } from '../lib/data/control-commands';
import { installDatabase } from '../lib/db/client';
import { type DatabaseConnection, connectDatabase, createPrismaClient } from '../lib/db/connect';
import { ControlChannelUnavailable, sendControlCommand } from '../lib/db/control-channel';
import { lockPathFor } from '../lib/db/embedded-lock';
import { prepareDatabase } from '../lib/db/prepare';
import { DatabaseSetupError } from '../lib/db/setup-error';
import { type DatabaseTarget, resolveDatabaseTarget } from '../lib/db/target';
import { runCommand } from './run-command';

const usage =
  'Usage: npm run user:create -- --email ADDRESS --password PASSWORD --role admin|staff [--name NAME] [--city SLUG]...';

const options = {
  email: { type: 'string' },
  password: { type: 'string' },
  role: { type: 'string' },
  name: { type: 'string' },
  city: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

interface AccountRequest {
  email: string;
  password: string;
  role: string;
  name?: string;
  cities: string[];
}

type Created = Outcome<{ id: string; email: string }>;

runCommand(async () => {
  const request = parseArguments(process.argv.slice(2));
  if (!request) {
    console.log(`Creates an account. Staff answer for the cities given by slug; admins need none.\n${usage}`);
    return;
  }
  const target = resolveDatabaseTarget();
  const { outcome, throughApp } = await create(target, request);
  if (!outcome.ok) throw new Error(explainRefusal(outcome.refusal));
  const cities = request.cities.length ? ` for ${request.cities.join(', ')}` : '';
  const via = throughApp ? ', through the running app' : '';
  console.log(`Created the ${request.role.toLowerCase()} account ${outcome.value.email}${cities} in the ${target.description}${via}.`);
});

/** The request, or undefined when help was asked for. Mistakes are refused before anything is opened. */
function parseArguments(args: string[]): AccountRequest | undefined {
  const refuse = (problem: string) => new Error(`${problem} ${usage}`);
  // Not strict: Node's own messages would echo the values (one of them a password) and, for a missing
  // value, silently take the next option as the value.
  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  const values: Partial<Record<keyof typeof options, string>> = {};
  const cities: string[] = [];
  for (const token of tokens) {
    if (token.kind !== 'option') throw refuse('Unexpected argument: quote values that contain spaces, as in --name "Li Ming".');
    if (!Object.hasOwn(options, token.name)) throw refuse(`Unknown option ${token.rawName}.`);
    const name = token.name as keyof typeof options;
    if (name === 'help') return undefined;
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) {
      throw refuse(`${token.rawName} needs a value (write ${token.rawName}=VALUE for one that starts with "-").`);
    }
    if (name === 'city') cities.push(token.value);
    else if (values[name] !== undefined) throw refuse(`${token.rawName} is given twice.`);
    else values[name] = token.value;
  }
  const { email, password, role, name } = values;
  if (email === undefined || password === undefined || role === undefined) {
    const missing = (['email', 'password', 'role'] as const).filter((option) => values[option] === undefined);
    throw refuse(`Missing ${missing.map((option) => `--${option}`).join(', ')}.`);
  }
  return { email, password, role: role.toUpperCase(), ...(name === undefined ? {} : { name }), cities };
}

/**
 * Opens the database, as `npm start` would, and creates the account; when another process holds the
 * embedded folder, asks that process to.
 */
async function create(target: DatabaseTarget, request: AccountRequest): Promise<{ outcome: Created; throughApp: boolean }> {
  let connection: DatabaseConnection;
  try {
    await prepareDatabase(target, { seed: true });
    connection = await connectDatabase(target);
  } catch (error) {
    // Any other failure releases the lock before it is thrown, so a lock file still there is someone else's.
    if (error instanceof DatabaseSetupError && target.kind === 'embedded' && existsSync(lockPathFor(target.dataDir))) {
      return { outcome: await createThroughApp(target.dataDir, request), throughApp: true };
    }
    throw error;
  }
  const db = createPrismaClient(connection);
  installDatabase(db);
  try {
    return { outcome: await controlCommands.createAccount(request), throughApp: false };
  } finally {
    await db.$disconnect();
    await connection.close();
  }
}

async function createThroughApp(dataDir: string, request: AccountRequest): Promise<Created> {
  try {
    return (await sendControlCommand(dataDir, 'createAccount', request)) as Created;
  } catch (error) {
    if (!(error instanceof ControlChannelUnavailable)) throw error;
    throw new DatabaseSetupError(
      `The embedded database in ${dataDir} is in use by another process that does not answer commands; the app may still be starting. Try again in a moment, or stop that process.`,
    );
  }
}

function explainRefusal(refusal: Refusal): string {
  switch (refusal.kind) {
    case 'invalid':
      return `${Object.entries(refusal.fields).map(explainField).join('; ')}.`;
    case 'unknownCities':
      return `No city has the slug ${refusal.slugs.map((slug) => `"${slug}"`).join(', ')}. Name cities by the slug in their web address, as in --city zibo.`;
    case 'refused':
      return refusal.message;
  }
}

const optionOfField: Readonly<Record<string, string>> = {
  email: '--email',
  password: '--password',
  role: '--role',
  name: '--name',
  cityIds: '--city',
  cities: '--city',
};

function explainField([path, problem]: [string, string]): string {
  const option = optionOfField[path.split('.')[0]!] ?? path;
  // The forms' words for a role ("Choose one of the options") assume the options are on the screen.
  return option === '--role' ? '--role: use admin or staff' : `${option}: ${problem}`;
}
