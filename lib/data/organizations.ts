import 'server-only';
import { getDb } from '../db/client';
import { AppError } from '../errors';
import type { PrismaClient } from '../generated/prisma/client';
import { changeNote, versionedChange } from '../validation/schemas/change';
import { organizationFields } from '../validation/schemas/reference';
import { requireAdmin } from './access';
import { inTransaction, readRevisions, type Tx } from './mutation';
import { createRecorded, deleteUnused, firstRows, matching, requireKnownId, updateRecorded, type Usage, usageOf } from './reference-records';
import { fieldError, parseInput } from './validate';
import type { Viewer } from './viewer';

/*
 * Organizations (governments, companies, newspapers…), managed by admins. One may be a unit of
 * another; a city holds at most one organization of a given Chinese name.
 */

type OrganizationFields = ReturnType<typeof organizationFields.parse>;

const nameSelect = { id: true, nameZh: true, nameEn: true } as const;

export async function listOrganizations(viewer: Viewer, filter: { query?: string } = {}) {
  requireAdmin(viewer);
  const db = await getDb();
  return firstRows((take) =>
    db.organization.findMany({
      where: matching(filter.query, ['nameZh', 'nameEn']),
      orderBy: [{ nameEn: 'asc' }, { id: 'asc' }],
      take,
      select: { ...nameSelect, kind: true, city: { select: nameSelect }, parent: { select: nameSelect } },
    }),
  );
}

/** Every organization, for the forms that point at one (a unit's parent, the body a post belongs to). */
export async function listOrganizationChoices(viewer: Viewer) {
  requireAdmin(viewer);
  const db = await getDb();
  return db.organization.findMany({ orderBy: [{ nameEn: 'asc' }, { id: 'asc' }], take: 2000, select: nameSelect });
}

async function organizationUsage(db: PrismaClient | Tx, organizationId: string): Promise<Usage> {
  const [roles, units, exchanges, events, sources, cooperationItems] = await Promise.all([
    db.personRole.count({ where: { organizationId } }),
    db.organization.count({ where: { parentId: organizationId } }),
    db.exchange.count({ where: { OR: [{ visitingOrganizationId: organizationId }, { hostOrganizationId: organizationId }] } }),
    db.eventSite.count({ where: { organizationId } }),
    db.source.count({ where: { publisherId: organizationId } }),
    db.cooperationItem.count({ where: { parties: { some: { organizationId } } } }),
  ]);
  return usageOf({ roles, units, exchanges, events, sources, cooperationItems });
}

export async function getOrganization(viewer: Viewer, organizationId: string) {
  requireAdmin(viewer);
  requireKnownId('Organization', organizationId);
  const db = await getDb();
  const organization = await db.organization.findUnique({ where: { id: organizationId } });
  if (!organization) throw new AppError('NOT_FOUND', `No organization ${organizationId}`);
  return {
    fields: organization,
    usage: await organizationUsage(db, organizationId),
    history: await readRevisions(db, { entityType: 'Organization', entityId: organizationId }),
  };
}

/** The city and parent must exist, the parent must not sit below the organization itself, and the name must be free in the city. */
async function checkOrganization(tx: Tx, fields: OrganizationFields, organizationId?: string): Promise<void> {
  if (fields.cityId && !(await tx.city.count({ where: { id: fields.cityId } }))) throw fieldError('cityId', 'invalidId');
  const seen = new Set<string>();
  for (let ancestor = fields.parentId; ancestor; ) {
    if (ancestor === organizationId || seen.has(ancestor)) throw fieldError('parentId', 'parentCycle');
    seen.add(ancestor);
    const row = await tx.organization.findUnique({ where: { id: ancestor }, select: { parentId: true } });
    if (!row) throw fieldError('parentId', 'invalidId');
    ancestor = row.parentId;
  }
  // The database's unique index treats "no city" as distinct from every other, so this is checked here.
  const namesake = await tx.organization.findFirst({
    where: { nameZh: fields.nameZh, cityId: fields.cityId, ...(organizationId && { id: { not: organizationId } }) },
    select: { id: true },
  });
  if (namesake) throw new AppError('CONFLICT', `Organization ${fields.nameZh} exists`, { reason: 'organizationExists' });
}

export async function createOrganization(viewer: Viewer, input: unknown): Promise<{ id: string }> {
  requireAdmin(viewer);
  const fields = parseInput(organizationFields, input);
  const { note } = parseInput(changeNote, input);
  return inTransaction(viewer, async (tx) => {
    await checkOrganization(tx, fields);
    return createRecorded(tx, viewer, 'Organization', fields, note);
  });
}

export async function updateOrganization(viewer: Viewer, organizationId: string, input: unknown): Promise<void> {
  requireAdmin(viewer);
  requireKnownId('Organization', organizationId);
  const fields = parseInput(organizationFields, input);
  const { version, note } = parseInput(versionedChange, input);
  await inTransaction(viewer, async (tx) => {
    await checkOrganization(tx, fields, organizationId);
    // As with a city, an admin's save confirms an organization staff proposed.
    await updateRecorded(tx, viewer, 'Organization', organizationId, version, { ...fields, pending: false }, note);
  });
}

export async function deleteOrganization(viewer: Viewer, organizationId: string, input: unknown): Promise<void> {
  requireAdmin(viewer);
  requireKnownId('Organization', organizationId);
  const { version, note } = parseInput(versionedChange, input);
  await inTransaction(viewer, (tx) =>
    deleteUnused(tx, viewer, 'Organization', organizationId, version, note, () => organizationUsage(tx, organizationId)),
  );
}
