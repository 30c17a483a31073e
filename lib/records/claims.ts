export interface ClaimLike {
  value: string;
  accepted: boolean;
}

export type ClaimState =
  /** Sources give different values and staff have not settled it. */
  | 'disputed'
  /** Staff accepted one claim; the others stay on record. */
  | 'settled'
  /** Every source agrees. */
  | 'agreed';

export function claimState(claims: readonly ClaimLike[]): ClaimState {
  if (claims.some((c) => c.accepted)) return 'settled';
  return new Set(claims.map((c) => c.value)).size > 1 ? 'disputed' : 'agreed';
}

interface ClaimGroup<F extends string, C> {
  field: F;
  state: ClaimState;
  claims: C[];
}

/** What the sources say of one fact; a fact nobody has claimed anything of has its sources agreeing on nothing. */
export function claimGroupOf<F extends string, C>(record: { claims: readonly ClaimGroup<F, C>[] }, field: F): ClaimGroup<F, C> {
  return record.claims.find((group) => group.field === field) ?? { field, state: 'agreed', claims: [] };
}
