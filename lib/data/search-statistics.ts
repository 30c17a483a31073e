import type { PrismaClient } from '../generated/prisma/client';
import { searchTerms } from '../search/terms';

/*
 * How common search keys are, from PostgreSQL's own statistics of the public texts (the most common
 * elements of `terms`, which ANALYZE keeps), so that search can tell a common word from a rare one
 * before choosing how to read its hits. Without statistics (a new or embedded database) every word
 * counts as rare, which is right for a small record.
 */

/** From this share of texts up, a word is common: a page of its hits is met within a few thousand rows. */
export const commonShare = 0.001;

/** Statistics change only when the table is analysed; reading them again every few minutes is plenty. */
const trustedFor = 5 * 60_000;
let known: { readAt: number; shares: Map<string, number> } | null = null;

async function keyShares(db: PrismaClient): Promise<Map<string, number>> {
  if (known && Date.now() - known.readAt < trustedFor) return known.shares;
  const [row] = await db.$queryRaw<{ keys: string[] | null; shares: number[] | null }[]>`
    SELECT most_common_elems::text::text[] AS keys, most_common_elem_freqs AS shares
    FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'PublicText' AND attname = 'terms'`;
  const shares = new Map((row?.keys ?? []).map((key, index) => [key, Number(row!.shares![index])]));
  known = { readAt: Date.now(), shares };
  return shares;
}

/**
 * The share of texts estimated to hold all the words: for each word, its rarest key (the keys of one
 * word come together, so the rarest bounds them all); across words, their product. A key not among
 * the most common counts as absent.
 */
export async function estimatedShareOfTexts(db: PrismaClient, words: readonly string[]): Promise<number> {
  const shares = await keyShares(db);
  return words.reduce((share, word) => share * Math.min(...searchTerms(word).map((key) => shares.get(key) ?? 0)), 1);
}
