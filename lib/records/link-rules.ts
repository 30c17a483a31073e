import type { ExchangeLinkKind } from '../generated/prisma/enums';

/*
 * What a link between two exchanges may say, judged by the two exchanges and the links already made:
 * shared by the form that adds one (checkLink in lib/data/exchange-parts.ts) and the import, which
 * checks a file's links before any of its exchanges exist (lib/import/plan.ts).
 */

/** Kinds that say one exchange came of the other: they point back in time, and never round in a circle. */
export const sequelKinds = ['RETURNS_VISIT', 'FOLLOWS_UP'] as const satisfies readonly ExchangeLinkKind[];

export const isSequel = (kind: ExchangeLinkKind): boolean => (sequelKinds as readonly ExchangeLinkKind[]).includes(kind);

/** What the rules need of each end of a link. */
export interface LinkEnd {
  startDate: Date;
  /** Every visiting city, the leading one and those that joined it. */
  visitingCityIds: readonly string[];
  hostCityId: string;
}

export interface LinkMismatch {
  /** The form's field at fault: the kind said, or the exchange pointed at. */
  field: 'kind' | 'targetId';
  reason: 'notAReturn' | 'linkToLater';
}

/**
 * Why `self` cannot be said to be of `kind` to `target`, or null: a return visit goes the other way
 * (the host of the visit it returns is among its visitors, and its host was among that visit's
 * visitors: one city of a joint delegation may host the return alone), and a return or follow-up does
 * not begin before what it returns or follows up.
 */
export function linkMismatch(kind: ExchangeLinkKind, self: LinkEnd, target: LinkEnd): LinkMismatch | null {
  if (!isSequel(kind)) return null;
  const goesBack = self.visitingCityIds.includes(target.hostCityId) && target.visitingCityIds.includes(self.hostCityId);
  if (kind === 'RETURNS_VISIT' && !goesBack) return { field: 'kind', reason: 'notAReturn' };
  if (target.startDate > self.startDate) return { field: 'targetId', reason: 'linkToLater' };
  return null;
}

/**
 * Whether following returns and follow-ups from `from` reaches `to`, which a new one from `to` to
 * `from` would close into a circle. `sequelsOf` gives where those links of some exchanges lead, all at
 * once, so a database is asked once a step.
 */
export async function leadsTo(from: string, to: string, sequelsOf: (exchangeIds: string[]) => Promise<readonly string[]>): Promise<boolean> {
  const seen = new Set([from]);
  let frontier = [from];
  while (frontier.length) {
    const next = await sequelsOf(frontier);
    if (next.includes(to)) return true;
    frontier = [...new Set(next)].filter((id) => !seen.has(id));
    frontier.forEach((id) => seen.add(id));
  }
  return false;
}
