export interface DatedRole {
  startDate: Date | null;
  endDate: Date | null;
  attestedOn: Date | null;
}

/**
 * The role a person held on a given day: the one whose interval contains it. An open end counts as
 * "not known to have started / ended". Among several that fit, the most specific wins: a role with
 * known bounds over an open one, then the one attested closest to the day.
 */
export function resolveRoleAsOf<R extends DatedRole>(roles: readonly R[], day: Date): R | undefined {
  const t = day.getTime();
  const fits = roles.filter(
    (r) => (!r.startDate || r.startDate.getTime() <= t) && (!r.endDate || r.endDate.getTime() >= t),
  );
  const openEnds = (r: R) => Number(!r.startDate) + Number(!r.endDate);
  const distance = (r: R) => (r.attestedOn ? Math.abs(r.attestedOn.getTime() - t) : Number.POSITIVE_INFINITY);
  return fits.sort((a, b) => openEnds(a) - openEnds(b) || distance(a) - distance(b))[0];
}
