import 'server-only';
import { getDb } from '../db/client';
import { AppError } from '../errors';
import type { PrismaClient } from '../generated/prisma/client';
import { changeNote, versionedChange } from '../validation/schemas/change';
import { cityFields } from '../validation/schemas/reference';
import { requireAdmin } from './access';
import { inTransaction, readRevisions, type Tx } from './mutation';
import { createRecorded, deleteUnused, firstRows, matching, requireKnownId, updateRecorded, type Usage, usageOf } from './reference-records';
import { parseInput } from './validate';
import type { Viewer } from './viewer';

/*
 * Cities, managed by admins. Staff pick them in their forms through listCityChoices (workspace.ts).
 */

export async function listCities(viewer: Viewer, filter: { query?: string } = {}) {
  requireAdmin(viewer);
  const db = await getDb();
  return firstRows((take) =>
    db.city.findMany({
      where: matching(filter.query, ['slug', 'nameZh', 'nameEn', 'provinceZh', 'provinceEn']),
      orderBy: { slug: 'asc' },
      take,
      select: { id: true, slug: true, nameZh: true, nameEn: true, provinceZh: true, provinceEn: true, level: true },
    }),
  );
}

/** What refers to a city. An exchange moved to other cities still counts where its published copy names this one. */
async function cityUsage(db: PrismaClient | Tx, cityId: string): Promise<Usage> {
  const onEitherSide = { OR: [{ visitingCityId: cityId }, { hostCityId: cityId }] };
  const [organizations, exchanges, practices, cooperationItems, staffAccounts] = await Promise.all([
    db.organization.count({ where: { cityId } }),
    db.exchange.count({
      where: {
        OR: [onEitherSide, { joiningCities: { some: { cityId } } }, { publication: { OR: [onEitherSide, { visitingCities: { some: { cityId } } }] } }],
      },
    }),
    db.practice.count({ where: { cityId } }),
    db.cooperationItem.count({ where: { parties: { some: { cityId } } } }),
    db.user.count({ where: { cities: { some: { cityId } } } }),
  ]);
  return usageOf({ organizations, exchanges, practices, cooperationItems, staffAccounts });
}

/** A city as its form edits it (coordinates as the text typed), what refers to it, and its history. */
export async function getCity(viewer: Viewer, cityId: string) {
  requireAdmin(viewer);
  requireKnownId('City', cityId);
  const db = await getDb();
  const city = await db.city.findUnique({ where: { id: cityId } });
  if (!city) throw new AppError('NOT_FOUND', `No city ${cityId}`);
  const { latitude, longitude, ...fields } = city;
  return {
    fields: { ...fields, latitude: latitude?.toString() ?? null, longitude: longitude?.toString() ?? null },
    usage: await cityUsage(db, cityId),
    history: await readRevisions(db, { entityType: 'City', entityId: cityId }),
  };
}

/** The slug is the city's key in web addresses; a duplicate is named as such rather than as a database error. */
async function requireFreeSlug(tx: Tx, slug: string, cityId?: string): Promise<void> {
  const holder = await tx.city.findUnique({ where: { slug }, select: { id: true } });
  if (holder && holder.id !== cityId) throw new AppError('CONFLICT', `City slug ${slug} is taken`, { reason: 'slugTaken' });
}

export async function createCity(viewer: Viewer, input: unknown): Promise<{ id: string }> {
  requireAdmin(viewer);
  const fields = parseInput(cityFields, input);
  const { note } = parseInput(changeNote, input);
  return inTransaction(viewer, async (tx) => {
    await requireFreeSlug(tx, fields.slug);
    return createRecorded(tx, viewer, 'City', fields, note);
  });
}

export async function updateCity(viewer: Viewer, cityId: string, input: unknown): Promise<void> {
  requireAdmin(viewer);
  requireKnownId('City', cityId);
  const fields = parseInput(cityFields, input);
  const { version, note } = parseInput(versionedChange, input);
  await inTransaction(viewer, async (tx) => {
    await requireFreeSlug(tx, fields.slug, cityId);
    // An admin who saves a city staff proposed confirms it: every city's staff may name it now.
    await updateRecorded(tx, viewer, 'City', cityId, version, { ...fields, pending: false }, note);
  });
}

export async function deleteCity(viewer: Viewer, cityId: string, input: unknown): Promise<void> {
  requireAdmin(viewer);
  requireKnownId('City', cityId);
  const { version, note } = parseInput(versionedChange, input);
  await inTransaction(viewer, (tx) => deleteUnused(tx, viewer, 'City', cityId, version, note, () => cityUsage(tx, cityId)));
}
