import 'server-only';
import { z } from 'zod';
import { getDb, whenEmbeddedDatabaseOpens } from '../db/client';
import { type ControlHandlers, serveControlChannel } from '../db/control-channel';
import { inMemoryDataDir, resolveDatabaseTarget } from '../db/target';
import { type AppError, describeError, isAppError } from '../errors';
import { localizeIssues } from '../validation/form';
import { createAccount } from './accounts';
import { commandLine } from './viewer';

/*
 * What commands run on the server's machine may do, as the `commandLine` viewer. A command calls these
 * itself when it can open the database, and through the running app's control channel when the app
 * holds the embedded database; either way the same code decides, and the outcome is plain data that
 * can travel over the channel.
 */

export type Refusal =
  /** Field path → what is wrong with it, in the words the forms use. */
  | { kind: 'invalid'; fields: Record<string, string> }
  | { kind: 'unknownCities'; slugs: string[] }
  | { kind: 'refused'; message: string };

export type Outcome<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

/** An account as a command names it: its cities by slug, since nobody types their ids. */
const accountRequest = z.looseObject({ cities: z.array(z.string()).default([]) });

async function createAccountCommand(input: unknown): Promise<Outcome<{ id: string; email: string }>> {
  const parsed = accountRequest.safeParse(input);
  if (!parsed.success) return { ok: false, refusal: { kind: 'invalid', fields: localizeIssues(parsed.error, 'en') } };
  const { cities: slugs, ...account } = parsed.data;
  const db = await getDb();
  const cities = await db.city.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const unknown = slugs.filter((slug) => !cities.some((city) => city.slug === slug));
  if (unknown.length) return { ok: false, refusal: { kind: 'unknownCities', slugs: unknown } };
  try {
    return { ok: true, value: await createAccount(commandLine, { ...account, cityIds: cities.map((city) => city.id) }) };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { ok: false, refusal: refusalOf(error) };
  }
}

export const controlCommands = { createAccount: createAccountCommand } satisfies ControlHandlers;

function refusalOf(error: AppError): Refusal {
  if (error.details.validation) return { kind: 'invalid', fields: localizeIssues(error.details.validation, 'en') };
  return { kind: 'refused', message: describeError(error, 'en') };
}

/**
 * Called once as the server starts (instrumentation.ts). For an embedded folder it opens the database
 * at once rather than at the first page request, so that the channel is there as soon as the app is
 * up. Should that fail (a command holding the folder for a moment), the first request opens the
 * database and the channel starts then.
 */
export async function serveControlCommands(): Promise<void> {
  let target;
  try {
    target = resolveDatabaseTarget();
  } catch {
    return; // A malformed DATABASE_URL is reported by the first request, as it always was.
  }
  if (target.kind !== 'embedded' || target.dataDir === inMemoryDataDir) return;
  whenEmbeddedDatabaseOpens((dataDir) => {
    serveControlChannel(dataDir, controlCommands).then(
      (channel) => console.log(`Commands such as npm run user:create reach this app through ${channel.socketPath}.`),
      (error: Error) =>
        console.error(`The control channel for ${dataDir} could not be opened (${error.message}). Stop the app to run commands on its database.`),
    );
  });
  await getDb().catch((error: Error) => console.error(`${error.message} The app will try again at the first request.`));
}
