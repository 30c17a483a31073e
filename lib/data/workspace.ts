import 'server-only';
import { cache } from 'react';
import { getDb } from '../db/client';
import { AppError } from '../errors';
import { canEditCities, citiesOfExchange, editableExchanges, requireStaff, visibleCities, visibleOrganizations, visiblePeople } from './access';
import { changesSinceLastPublished, exchangeChanges, mayPublish } from './exchange-editing';
import { citySelect, exchangeHeadingSelect, joinedCities, joiningCitiesSelect, loadExchangeRecord } from './exchange-record';
import { restorableDeletions } from './part-deletions';
import { latestReviewSteps, readRevisions } from './mutation';
import { isId } from './validate';
import type { Viewer } from './viewer';

/*
 * What staff read while they work: the records they may edit, as they stand now (drafts included),
 * with their history. Nobody else reaches these functions.
 */

export async function listWorkspace(viewer: Viewer) {
  requireStaff(viewer);
  const db = await getDb();
  const exchanges = await db.exchange.findMany({
    where: editableExchanges(viewer),
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: 200,
    select: {
      id: true,
      slug: true,
      titleZh: true,
      titleEn: true,
      startDate: true,
      endDate: true,
      datePrecision: true,
      publicationState: true,
      updatedAt: true,
      visitingCity: { select: citySelect },
      joiningCities: joiningCitiesSelect,
      hostCity: { select: citySelect },
      publication: { select: { publishedAt: true, withdrawnAt: true } },
    },
  });
  // What became of each record in review, for its authors: published, sent back (and why), or waiting.
  const reviewed = await latestReviewSteps(db, 'exchangeId', exchanges.map((exchange) => exchange.id));
  return exchanges.map(({ joiningCities, ...exchange }) => ({ ...exchange, otherVisitingCities: joinedCities(joiningCities), lastReview: reviewed.get(exchange.id) ?? null }));
}

/** One exchange as it stands now, with what the viewer may do to it. */
export const getWorkingExchange = cache(async (viewer: Viewer, exchangeId: string) => {
  requireStaff(viewer);
  if (!isId(exchangeId)) throw new AppError('NOT_FOUND', `No exchange ${exchangeId}`);
  const db = await getDb();
  const exchange = await db.exchange.findFirst({
    where: { id: exchangeId, deletedAt: null },
    include: {
      publication: { select: { publishedAt: true, withdrawnAt: true, version: true } },
      joiningCities: { orderBy: { position: 'asc' }, select: { cityId: true } },
    },
  });
  if (!exchange) throw new AppError('NOT_FOUND', `No exchange ${exchangeId}`);
  if (!canEditCities(viewer, citiesOfExchange(exchange))) {
    throw new AppError('FORBIDDEN', `Exchange ${exchangeId} is outside the viewer's cities`);
  }
  const record = (await loadExchangeRecord(db, exchangeId))!;
  // Who wrote each translation, which staff see beside the text (the public sees how and when only).
  const translations = await db.textTranslation.findMany({
    where: { entityId: { in: record.textTranslations.map((text) => text.subjectId) } },
    select: { entityId: true, field: true, kind: true, translatedAt: true, translatedBy: { select: { name: true, email: true } } },
  });
  const { publication, joiningCities, ...columns } = exchange;
  const fields = { ...columns, otherVisitingCityIds: joiningCities.map((joined) => joined.cityId) };
  const [unpublished, lastReview] = await Promise.all([
    // What the next publication would make public, for its reviewer to look at.
    readRevisions(db, await changesSinceLastPublished(db, ...exchangeChanges(exchangeId))),
    latestReviewSteps(db, 'exchangeId', [exchangeId]),
  ]);
  return {
    fields,
    record,
    translations,
    publication,
    unpublished,
    lastReview: lastReview.get(exchangeId) ?? null,
    mayPublish: await db.$transaction((tx) => mayPublish(tx, viewer, exchangeId)),
  };
});
export type WorkingExchange = Awaited<ReturnType<typeof getWorkingExchange>>;

/** Every change to the exchange and its parts, newest first: who, when, what and why, and which deletions can be undone. */
export async function getExchangeHistory(viewer: Viewer, exchangeId: string) {
  const { fields } = await getWorkingExchange(viewer, exchangeId);
  const db = await getDb();
  const revisions = await readRevisions(db, { exchangeId: fields.id });
  /** Deletions of parts that are still deleted, and can be restored from their revision. */
  const restorable = await restorableDeletions(db, revisions);
  return { revisions, restorable };
}

/** Cities to choose from in forms, the viewer's own first. */
export async function listCityChoices(viewer: Viewer) {
  requireStaff(viewer);
  const db = await getDb();
  const pending = await db.city.findMany({ where: { pending: true }, take: 2000, select: { id: true } });
  const visible = pending.length ? await db.city.findMany({ where: { id: { in: pending.map((city) => city.id) }, ...visibleCities(viewer) }, select: { id: true } }) : [];
  const cities = await db.city.findMany({
    where: { OR: [{ pending: false }, { id: { in: visible.map((city) => city.id) } }] },
    orderBy: { slug: 'asc' },
    select: { id: true, slug: true, nameZh: true, nameEn: true },
  });
  return cities.map((city) => ({ ...city, mine: canEditCities(viewer, [city.id]) }));
}

/** Places an event of an exchange between these cities may have visited: their organizations, and those of no city. */
export async function listSiteChoices(viewer: Viewer, cityIds: readonly string[]) {
  requireStaff(viewer);
  const db = await getDb();
  const ofCities = { OR: [{ cityId: { in: cityIds.filter(isId) } }, { cityId: null }] };
  // As for people (listPersonChoices): who may see a pending entry is asked of those few alone.
  const pending = await db.organization.findMany({ where: { ...ofCities, pending: true }, take: 2000, select: { id: true } });
  const visible = pending.length
    ? await db.organization.findMany({ where: { id: { in: pending.map((organization) => organization.id) }, ...visibleOrganizations(viewer) }, select: { id: true } })
    : [];
  return db.organization.findMany({
    where: { AND: [ofCities, { OR: [{ pending: false }, { id: { in: visible.map((organization) => organization.id) } }] }] },
    orderBy: [{ nameEn: 'asc' }, { id: 'asc' }],
    take: 500,
    select: { id: true, nameZh: true, nameEn: true, cityId: true },
  });
}

/**
 * Exchanges this one may be linked to: others of its cities that the viewer may see (published ones,
 * and drafts of their own cities), newest first. A return visit or a follow-up is between the same
 * cities; a series too, most often.
 */
export async function listLinkChoices(viewer: Viewer, exchangeId: string) {
  const { fields } = await getWorkingExchange(viewer, exchangeId);
  const db = await getDb();
  const cities = citiesOfExchange({ ...fields, joiningCities: fields.otherVisitingCityIds.map((cityId) => ({ cityId })) });
  const choices = await db.exchange.findMany({
    where: {
      id: { not: exchangeId },
      deletedAt: null,
      OR: [{ visitingCityId: { in: cities } }, { hostCityId: { in: cities } }, { joiningCities: { some: { cityId: { in: cities } } } }],
      AND: [{ OR: [{ publication: { withdrawnAt: null } }, editableExchanges(viewer)] }],
    },
    orderBy: [{ startDate: 'desc' }, { id: 'desc' }],
    take: 300,
    select: exchangeHeadingSelect,
  });
  return choices.map(({ joiningCities, ...choice }) => ({ ...choice, otherVisitingCities: joinedCities(joiningCities) }));
}

/** People to choose from in forms (speakers, who asked, who proposed). */
export async function listPersonChoices(viewer: Viewer) {
  requireStaff(viewer);
  const db = await getDb();
  const orderBy = [{ nameEn: 'asc' }, { nameZh: 'asc' }, { id: 'asc' }] as const;
  const select = { id: true, nameZh: true, nameEn: true } as const;
  // Everyone on the public record, and apart from them the few pending people the viewer may see: the
  // rule of who may see a pending person looks into every record that names them, slow for all people.
  const [confirmed, pendingIds] = await Promise.all([
    db.person.findMany({ where: { pending: false }, orderBy: [...orderBy], take: 2000, select }),
    db.person.findMany({ where: { pending: true }, take: 2000, select: { id: true } }),
  ]);
  const pending = pendingIds.length ? await db.person.findMany({ where: { id: { in: pendingIds.map((person) => person.id) }, ...visiblePeople(viewer) }, select }) : [];
  const byName = (a: (typeof confirmed)[number], b: (typeof confirmed)[number]) =>
    (a.nameEn ?? '￿').localeCompare(b.nameEn ?? '￿') || (a.nameZh ?? '').localeCompare(b.nameZh ?? '') || a.id.localeCompare(b.id);
  return [...confirmed, ...pending].sort(byName).slice(0, 2000);
}
