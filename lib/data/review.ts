import 'server-only';
import { getDb } from '../db/client';
import { editableExchanges, editableRelationships, requireStaff } from './access';
import { mayPublish } from './exchange-editing';
import { citySelect, joinedCities, joiningCitiesSelect } from './exchange-record';
import { latestReviewSteps } from './mutation';
import { mayPublishRelationship } from './relationships';
import type { Viewer } from './viewer';

/*
 * Review as the people in it see it: reviewers, the records of their cities that wait for them; authors,
 * what became of what they submitted (published, sent back with a comment, or still waiting).
 */

/**
 * What waits for the viewer's review: the exchanges and relationships of their cities (every one, for
 * an admin) submitted for review that they may publish, which is anything but their own changes;
 * longest waiting first, each with who submitted it and when.
 */
export async function listReviewQueue(viewer: Viewer) {
  requireStaff(viewer);
  const db = await getDb();
  const [exchanges, relationships] = await Promise.all([
    db.exchange.findMany({
      where: { ...editableExchanges(viewer), publicationState: 'IN_REVIEW' },
      orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
      take: 200,
      select: {
        id: true,
        titleZh: true,
        titleEn: true,
        startDate: true,
        endDate: true,
        datePrecision: true,
        visitingCity: { select: citySelect },
        joiningCities: joiningCitiesSelect,
        hostCity: { select: citySelect },
        publication: { select: { publishedAt: true } },
      },
    }),
    db.cityRelationship.findMany({
      where: { ...editableRelationships(viewer), publicationState: 'IN_REVIEW' },
      orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
      take: 200,
      select: { id: true, kind: true, city: { select: citySelect }, partnerCity: { select: citySelect }, publication: { select: { publishedAt: true } } },
    }),
  ]);
  const [reviewable, submitted] = await db.$transaction(async (tx) => {
    const mayReview = new Set<string>();
    for (const exchange of exchanges) if (await mayPublish(tx, viewer, exchange.id)) mayReview.add(exchange.id);
    for (const relationship of relationships) if (await mayPublishRelationship(tx, viewer, relationship.id)) mayReview.add(relationship.id);
    const steps = new Map([
      ...(await latestReviewSteps(tx, 'exchangeId', exchanges.map((exchange) => exchange.id))),
      ...(await latestReviewSteps(tx, 'relationshipId', relationships.map((relationship) => relationship.id))),
    ]);
    return [mayReview, steps] as const;
  });
  return {
    exchanges: exchanges
      .filter((exchange) => reviewable.has(exchange.id))
      .map(({ joiningCities, ...exchange }) => ({ ...exchange, otherVisitingCities: joinedCities(joiningCities), submitted: submitted.get(exchange.id) ?? null })),
    relationships: relationships.filter((relationship) => reviewable.has(relationship.id)).map((relationship) => ({ ...relationship, submitted: submitted.get(relationship.id) ?? null })),
  };
}

/** How many records wait for the viewer's review, for the workspace's navigation. */
export async function countReviewQueue(viewer: Viewer): Promise<number> {
  const { exchanges, relationships } = await listReviewQueue(viewer);
  return exchanges.length + relationships.length;
}
