import 'server-only';
import { getDb } from './client';

/**
 * How far what the public can read has moved on: the ContentGeneration row, which a trigger on every
 * table of records bumps in each transaction that writes one. It names no record, so anyone may read it.
 */
export async function readContentGeneration(): Promise<string> {
  const db = await getDb();
  const [row] = await db.$queryRaw<{ value: bigint }[]>`SELECT "value" FROM "ContentGeneration" WHERE "id" = 1`;
  return String(row?.value ?? 0n);
}
