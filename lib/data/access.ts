import 'server-only';
import { AppError } from '../errors';
import type { Prisma } from '../generated/prisma/client';
import type { Viewer } from './viewer';

/*
 * The rules, in one place:
 * - admins (and commands run on the server itself) may do everything;
 * - staff may create, read and edit the records of exchanges that involve a city they are assigned
 *   to, publish what someone else wrote, and record progress on those exchanges' cooperation items;
 * - the public reads published records only (lib/data/exchanges.ts), and writes nothing.
 */

export function isAdmin(viewer: Viewer): boolean {
  return viewer.kind === 'system' || (viewer.kind === 'user' && viewer.role === 'ADMIN');
}

/** The account a change is attributed to; null for a command run on the server. */
export function actorIdOf(viewer: Viewer): string | null {
  return viewer.kind === 'user' ? viewer.id : null;
}

export function requireAdmin(viewer: Viewer): void {
  if (!isAdmin(viewer)) throw new AppError('FORBIDDEN', 'Administrators only');
}

export function requireStaff(viewer: Viewer): void {
  if (viewer.kind === 'anonymous') throw new AppError('FORBIDDEN', 'Signed-in staff only');
}

/** What to select of an exchange to know every city it involves. */
export const exchangeCitiesSelect = { visitingCityId: true, hostCityId: true, joiningCities: { select: { cityId: true }, orderBy: { position: 'asc' } } } as const;

type ExchangeCities = { visitingCityId: string; hostCityId: string; joiningCities: readonly { cityId: string }[] };

/** An exchange's visitors: the leading city, then those that joined it. */
export function visitingCitiesOf(exchange: ExchangeCities): string[] {
  return [exchange.visitingCityId, ...exchange.joiningCities.map((joined) => joined.cityId)];
}

/** Every city an exchange involves: its visitors and its host. */
export function citiesOfExchange(exchange: ExchangeCities): string[] {
  return [...visitingCitiesOf(exchange), exchange.hostCityId];
}

/** Whether the viewer answers for at least one of an exchange's cities. */
export function canEditCities(viewer: Viewer, cityIds: readonly string[]): boolean {
  if (isAdmin(viewer)) return true;
  return viewer.kind === 'user' && cityIds.some((id) => viewer.cityIds.includes(id));
}

/**
 * The exchanges the viewer may open in the workspace and edit, as a query condition; with `deleted`,
 * those of their deleted exchanges that they may restore.
 */
export function editableExchanges(viewer: Viewer, options: { deleted?: boolean } = {}): Prisma.ExchangeWhereInput {
  const deletedAt = options.deleted ? { not: null } : null;
  if (isAdmin(viewer)) return { deletedAt };
  const cityIds = viewer.kind === 'user' ? [...viewer.cityIds] : [];
  return {
    deletedAt,
    OR: [{ visitingCityId: { in: cityIds } }, { hostCityId: { in: cityIds } }, { joiningCities: { some: { cityId: { in: cityIds } } } }],
  };
}

/** The relationships the viewer may edit, as a query condition. */
export function editableRelationships(viewer: Viewer): Prisma.CityRelationshipWhereInput {
  if (isAdmin(viewer)) return { deletedAt: null };
  const cityIds = viewer.kind === 'user' ? [...viewer.cityIds] : [];
  return { deletedAt: null, OR: [{ cityId: { in: cityIds } }, { partnerCityId: { in: cityIds } }] };
}

/**
 * The people the viewer may see and name, as a query condition: everyone on the public record, and
 * those added in drafts of the viewer's own records. A person added in another city's draft stays
 * with that city's staff until a record that names them is published.
 */
export function visiblePeople(viewer: Viewer): Prisma.PersonWhereInput {
  if (isAdmin(viewer)) return {};
  const exchange = editableExchanges(viewer);
  return {
    OR: [
      { pending: false },
      { participations: { some: { exchange } } },
      { statements: { some: { exchange } } },
      { questionsAsked: { some: { exchange } } },
      { itemsProposed: { some: { exchange } } },
    ],
  };
}

/** Entries the viewer proposed, as a condition in a list of alternatives; none for a visitor. */
const proposedBy = (viewer: Viewer) => (viewer.kind === 'user' ? [{ proposedById: viewer.id }] : []);

/**
 * The cities the viewer may see and name, as a query condition: every city on the public record, those
 * the viewer proposed, and those named by the viewer's own records. A city added in another city's
 * draft stays with that draft's staff until a record that names it is published.
 */
export function visibleCities(viewer: Viewer): Prisma.CityWhereInput {
  if (isAdmin(viewer)) return {};
  const exchange = editableExchanges(viewer);
  return {
    OR: [
      { pending: false },
      ...proposedBy(viewer),
      { exchangesVisiting: { some: exchange } },
      { exchangesHosting: { some: exchange } },
      { exchangesJoined: { some: { exchange } } },
      { relationships: { some: editableRelationships(viewer) } },
      { partnerships: { some: editableRelationships(viewer) } },
    ],
  };
}

/** The organizations the viewer may see and name, by the rule of visibleCities. */
export function visibleOrganizations(viewer: Viewer): Prisma.OrganizationWhereInput {
  if (isAdmin(viewer)) return {};
  const exchange = editableExchanges(viewer);
  return {
    OR: [
      { pending: false },
      ...proposedBy(viewer),
      { visitingExchanges: { some: exchange } },
      { hostingExchanges: { some: exchange } },
      { eventVisits: { some: { event: { exchange } } } },
    ],
  };
}

/** The sources the viewer may see and cite, as a query condition, by the same rule as visiblePeople. */
export function visibleSources(viewer: Viewer): Prisma.SourceWhereInput {
  if (isAdmin(viewer)) return {};
  const ofTheirRecords = { OR: [{ exchange: editableExchanges(viewer) }, { relationship: editableRelationships(viewer) }] };
  return { OR: [{ pending: false }, { citations: { some: ofTheirRecords } }, { claims: { some: ofTheirRecords } }] };
}
