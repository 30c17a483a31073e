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
