import { describe, expect, it } from 'vitest';
import { describeError, type AppError } from '../errors';
import { editConcurrently, tallyConcurrentEdits } from '../testing/concurrent-edits';
import { setupTestDatabase } from '../testing/database';

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
