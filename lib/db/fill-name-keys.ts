import type { PrismaClient } from '../generated/prisma/client';
import { nameKeys } from '../records/name-keys';

/**
 * Gives every person recorded before names had lookup keys (lib/records/name-keys.ts) their keys, so
 * that they are suggested and found like everyone else. Returns how many were filled; none once done.
 */
export async function fillMissingNameKeys(db: PrismaClient): Promise<number> {
  let filled = 0;
  for (;;) {
    const people = await db.person.findMany({
      where: { keyZh: null, keyPinyin: null, keyEn: null, OR: [{ nameZh: { not: null } }, { nameEn: { not: null } }] },
      select: { id: true, nameZh: true, nameEn: true },
      take: 500,
    });
    const keyed = people.map((person) => ({ id: person.id, ...nameKeys(person.nameZh, person.nameEn) })).filter((person) => person.keyZh || person.keyPinyin || person.keyEn);
    await db.$transaction(keyed.map(({ id, ...keys }) => db.person.update({ where: { id }, data: keys })));
    filled += keyed.length;
    // A name with nothing to key on (punctuation alone) is left as it is, so the loop ends.
    if (people.length < 500 || keyed.length === 0) return filled;
  }
}
