import { createExchange, updateExchange } from '../data/exchange-editing';
import type { UserViewer } from '../data/viewer';
import { getExchangeHistory } from '../data/workspace';
import { isAppError } from '../errors';
import type { PrismaClient } from '../generated/prisma/client';
import { testFactories } from './factories';

/*
 * The "concurrent edits" scenario, shared by its test and by `npm run bench:concurrent-edits`: several
 * people save the same exchange at the same moment, each from the version they all opened. Exactly one
 * save may win each round; the others must be told of the conflict, and nothing anyone saved may be
 * lost or missing from the history.
 */

export interface EditRound {
  /** The version every client opened and saved from. */
  openedVersion: number;
  /** The titles whose saves went through, with the account that saved each. */
  saved: { titleEn: string; actor: string }[];
  /** Why the other saves were refused. */
  refused: unknown[];
  /** The exchange as stored once every save of the round was answered. */
  stored: { titleEn: string; version: number };
}

export interface ConcurrentEdits {
  exchangeId: string;
  rounds: EditRound[];
  /** The exchange's edits as its history shows them, oldest first. */
  history: { version: number; titleEn: string; actor: string | null }[];
  /** Time spent saving, setup and the history's reading aside. */
  elapsedMs: number;
}

/** Runs `rounds` rounds of `clients` simultaneous saves, each client its own account. */
export async function editConcurrently(db: PrismaClient, { rounds, clients }: { rounds: number; clients: number }): Promise<ConcurrentEdits> {
  const make = testFactories(() => db);
  const [visiting, host] = [await make.city(), await make.city()];
  // Staff of the visiting city and admins in turn: both kinds of account edit records in practice.
  const editors: UserViewer[] = [];
  for (let c = 0; c < clients; c++) editors.push(await make.account(c % 2 ? 'ADMIN' : 'STAFF', c % 2 ? [] : [visiting.id]));
  const fields = {
    kind: 'DELEGATION_VISIT',
    titleZh: '并发编辑',
    titleEn: 'Concurrent edits',
    visitingCityId: visiting.id,
    hostCityId: host.id,
    startDate: '2024-03-01',
    datePrecision: 'DAY',
    status: 'TOOK_PLACE',
    originalLanguage: 'zh',
    translation: 'HUMAN',
  };
  const { id: exchangeId } = await createExchange(editors[0]!, fields);
  // The history names people by their email address.
  const emailOf = new Map((await db.user.findMany({ select: { id: true, email: true } })).map((user) => [user.id, user.email]));

  const results: EditRound[] = [];
  const started = performance.now();
  for (let round = 1; round <= rounds; round++) {
    const { version: openedVersion } = await db.exchange.findUniqueOrThrow({ where: { id: exchangeId }, select: { version: true } });
    const attempts = editors.map((editor, c) => ({ editor, titleEn: `Round ${round}, client ${c + 1}` }));
    const outcomes = await Promise.allSettled(
      attempts.map(({ editor, titleEn }) => updateExchange(editor, exchangeId, { ...fields, titleEn, version: String(openedVersion) })),
    );
    const stored = await db.exchange.findUniqueOrThrow({ where: { id: exchangeId }, select: { titleEn: true, version: true } });
    results.push({
      openedVersion,
      saved: attempts.filter((_, c) => outcomes[c]!.status === 'fulfilled').map(({ editor, titleEn }) => ({ titleEn, actor: emailOf.get(editor.id)! })),
      refused: outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : [])),
      stored,
    });
  }
  const elapsedMs = performance.now() - started;

  const { revisions } = await getExchangeHistory(editors[1] ?? editors[0]!, exchangeId);
  const history = revisions
    .filter((revision) => revision.action === 'UPDATE')
    .reverse()
    .map((revision) => ({
      version: revision.version,
      titleEn: String(revision.changes.titleEn?.to ?? ''),
      actor: revision.actor?.email ?? null,
    }));
  return { exchangeId, rounds: results, history, elapsedMs };
}

export const isConflict = (error: unknown) => isAppError(error) && error.code === 'CONFLICT';

/**
 * The scenario's figures. A lost update is a save that was reported as saved but is not what the
 * record held after its round, or not the revision its version has in the history.
 */
export function tallyConcurrentEdits({ rounds, history, elapsedMs }: ConcurrentEdits) {
  const revisionAt = new Map(history.map((revision) => [revision.version, revision]));
  const saves = rounds.reduce((sum, round) => sum + round.saved.length + round.refused.length, 0);
  const wins = rounds.reduce((sum, round) => sum + round.saved.length, 0);
  const conflicts = rounds.reduce((sum, round) => sum + round.refused.filter(isConflict).length, 0);
  const kept = rounds.filter((round) =>
    round.saved.some(
      (save) =>
        round.stored.titleEn === save.titleEn &&
        revisionAt.get(round.openedVersion + 1)?.titleEn === save.titleEn &&
        revisionAt.get(round.openedVersion + 1)?.actor === save.actor,
    ),
  ).length;
  return {
    rounds: rounds.length,
    saves,
    wins,
    conflicts,
    otherFailures: saves - wins - conflicts,
    lostUpdates: wins - kept,
    revisions: history.length,
    elapsedMs,
    savesPerSecond: saves / (elapsedMs / 1000),
  };
}
