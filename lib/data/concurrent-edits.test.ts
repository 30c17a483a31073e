import { describe, expect, it } from 'vitest';
import { describeError, type AppError } from '../errors';
import { editConcurrently, tallyConcurrentEdits } from '../testing/concurrent-edits';
import { setupTestDatabase } from '../testing/database';
import { testFactories } from '../testing/factories';
import { deleteExchange, publishExchange, withdrawExchange } from './exchange-editing';
import { addPart, deletePart, updatePart } from './exchange-parts';

const database = setupTestDatabase('concurrent_edits');

describe('ten people saving the same exchange from the same version at once', () => {
  it('lets exactly one save through each round, tells the other nine, and loses nothing', async () => {
    const rounds = 100;
    const clients = 10;
    const result = await editConcurrently(database.db, { rounds, clients });

    result.rounds.forEach((round, r) => {
      expect(round.openedVersion).toBe(1 + r);
      expect(round.saved).toHaveLength(1);
      expect(round.refused).toHaveLength(clients - 1);
      const [winner] = round.saved;
      for (const error of round.refused) {
        expect(error).toMatchObject({ code: 'CONFLICT', details: { conflict: expect.arrayContaining([{ field: 'titleEn', theirs: winner!.titleEn }]) } });
        expect(describeError(error as AppError, 'en')).toMatch(/^Someone else changed this record after you opened it\./);
      }
      expect(round.stored).toEqual({ titleEn: winner!.titleEn, version: round.openedVersion + 1 });
    });
    expect(result.history).toEqual(result.rounds.map((round) => ({ version: round.openedVersion + 1, ...round.saved[0]! })));
    expect(tallyConcurrentEdits(result)).toMatchObject({ rounds, wins: rounds, conflicts: rounds * (clients - 1), otherFailures: 0, lostUpdates: 0 });
  }, 120_000);
});

describe('people deleting and saving the same part from the same version at once', () => {
  it('lets exactly one of them through, and the history holds what the part was', async () => {
    const make = testFactories(() => database.db);
    const [visiting, host] = [await make.city(), await make.city()];
    const { id: exchangeId } = await make.exchange(visiting.id, host.id);
    const editors = [await make.account('ADMIN'), await make.account('STAFF', [visiting.id])];
    const item = { titleZh: '合作', titleEn: 'Cooperation', status: 'PROPOSED', originalLanguage: 'zh', translation: 'HUMAN' };
    for (let round = 1; round <= 10; round++) {
      const { id: itemId } = await addPart(editors[0]!, 'cooperationItem', exchangeId, item);
      // Half the clients delete the item, half rename it, all from the version they opened.
      const attempts = Array.from({ length: 10 }, (_, c) => ({ deletes: c % 2 === 0, titleEn: `Round ${round}, client ${c + 1}` }));
      const outcomes = await Promise.allSettled(
        attempts.map(({ deletes, titleEn }, c) =>
          deletes
            ? deletePart(editors[c % 2]!, 'cooperationItem', itemId, { version: '1' })
            : updatePart(editors[c % 2]!, 'cooperationItem', itemId, { ...item, titleEn, version: '1' }),
        ),
      );
      const winners = attempts.filter((_, c) => outcomes[c]!.status === 'fulfilled');
      expect(winners).toHaveLength(1);
      for (const outcome of outcomes) {
        // Saving over a deleted item finds nothing to save to; everyone else is told of the conflict.
        if (outcome.status === 'rejected') expect(['CONFLICT', 'NOT_FOUND']).toContain((outcome.reason as AppError).code);
      }
      const stored = await database.db.cooperationItem.findUnique({ where: { id: itemId } });
      const history = await database.db.revision.findMany({ where: { entityId: itemId, action: { not: 'CREATE' } } });
      expect(history).toHaveLength(1);
      if (winners[0]!.deletes) {
        expect(stored).toBeNull();
        expect(history[0]).toMatchObject({ action: 'DELETE', version: 1, snapshot: { titleEn: 'Cooperation' } });
      } else {
        expect(stored).toMatchObject({ titleEn: winners[0]!.titleEn, version: 2 });
        expect(history[0]).toMatchObject({ action: 'UPDATE', version: 2, snapshot: { titleEn: winners[0]!.titleEn } });
      }
    }
  }, 60_000);
});

describe('people changing the state of the same exchange at once', () => {
  it('publishes, withdraws and deletes it once each, telling everyone else it was already done', async () => {
    const make = testFactories(() => database.db);
    const [visiting, host] = [await make.city(), await make.city()];
    const { id: exchangeId } = await make.exchange(visiting.id, host.id, { publicationState: 'DRAFT' });
    const admins = await Promise.all(Array.from({ length: 5 }, () => make.account('ADMIN')));
    for (const change of [publishExchange, withdrawExchange, deleteExchange]) {
      const outcomes = await Promise.allSettled(admins.map((admin) => change(admin, exchangeId)));
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      for (const outcome of outcomes) if (outcome.status === 'rejected') expect((outcome.reason as AppError).code).toMatch(/^(CONFLICT|NOT_FOUND)$/);
    }
    const history = await database.db.revision.findMany({ where: { entityId: exchangeId, entityType: 'Exchange' }, orderBy: { version: 'asc' } });
    expect(history.map((revision) => revision.action)).toEqual(['PUBLISH', 'WITHDRAW', 'DELETE']);
    expect(await database.db.publication.count({ where: { exchangeId } })).toBe(1);
  }, 60_000);
});
