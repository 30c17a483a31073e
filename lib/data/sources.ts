import 'server-only';
import { z } from 'zod';
import { getDb } from '../db/client';
import { AppError } from '../errors';
import type { RecordKind } from '../generated/prisma/enums';
import { fromIsoDate } from '../i18n/format';
import { sourceSlugBase } from '../records/slugs';
import { changeNote, versionedChange } from '../validation/schemas/change';
import { citationFields, sourceFields } from '../validation/schemas/sources';
import { canEditCities, citiesOfExchange, exchangeCitiesSelect, isAdmin, requireStaff, visibleSources } from './access';
import { editableExchange, markChanged } from './exchange-editing';
import { citiesOfRelationship, inRelationshipHistory, markRelationshipChanged } from './relationships';
import { delegateFor, type EntityType, type FiledUnder, freeSlug, inTransaction, recordRevision, type Tx, updateVersioned } from './mutation';
import { fieldError, isId, parseInput } from './validate';
import type { Viewer } from './viewer';

/*
 * Sources are shared: one report can tell of several exchanges. Staff add sources while logging an
 * exchange, and may change a source only when they may edit every exchange that relies on it, since
 * the change shows on each of those pages. A citation ties a source to one record of one exchange.
 */

const subjectEntity: Record<RecordKind, EntityType> = {
  EXCHANGE: 'Exchange',
  PARTICIPANT: 'Participant',
  EVENT: 'Event',
  TOPIC: 'Topic',
  QUESTION: 'Question',
  STATEMENT: 'Statement',
  PRACTICE: 'Practice',
  COOPERATION_ITEM: 'CooperationItem',
  ATTACHMENT: 'Attachment',
  LINK: 'ExchangeLink',
  // Not a part of any exchange: citing one from an exchange is refused.
  RELATIONSHIP: 'CityRelationship',
};

/** Sources on record to cite, newest first. */
export async function listSourceChoices(viewer: Viewer) {
  requireStaff(viewer);
  const db = await getDb();
  return db.source.findMany({
    where: visibleSources(viewer),
    orderBy: [{ publishedOn: { sort: 'desc', nulls: 'last' } }, { slug: 'asc' }],
    take: 1000,
    select: { id: true, publicationZh: true, publicationEn: true, titleZh: true, titleEn: true, publishedOn: true },
  });
}

function toColumns(fields: z.infer<typeof sourceFields>) {
  return { ...fields, publishedOn: fields.publishedOn ? fromIsoDate(fields.publishedOn) : null };
}


/**
 * Writes a new source, with its history filed under the record it is added to. One added by staff is
 * pending: others see it once a record that cites it is published.
 */
export async function writeSource(tx: Tx, viewer: Viewer, fields: z.infer<typeof sourceFields>, filedUnder: FiledUnder, note: string | null) {
  const slug = await freeSlug(tx, 'source', sourceSlugBase(fields.publishedOn, fields.publicationEn));
  const source = await tx.source.create({ data: { ...toColumns(fields), slug, pending: !isAdmin(viewer) } });
  await recordRevision(tx, viewer, { entityType: 'Source', entityId: source.id, ...filedUnder, action: 'CREATE', version: source.version, before: null, after: source, note });
  return source;
}

/** A new source, cited for an exchange the viewer may edit (editableExchange has been called in this transaction) as a whole. */
export async function insertSource(tx: Tx, viewer: Viewer, exchangeId: string, fields: z.infer<typeof sourceFields>, note: string | null): Promise<{ id: string }> {
  const source = await writeSource(tx, viewer, fields, { exchangeId }, note);
  await cite(tx, viewer, exchangeId, { sourceId: source.id, subjectKind: 'EXCHANGE', subjectId: exchangeId, locator: null });
  return { id: source.id };
}

/** A new source, cited for the exchange as a whole. */
export async function addSource(viewer: Viewer, exchangeId: string, input: unknown): Promise<{ id: string; exchangeId: string }> {
  const fields = parseInput(sourceFields, input);
  const { note } = parseInput(changeNote, input);
  return inTransaction(viewer, async (tx) => {
    await editableExchange(tx, viewer, exchangeId);
    const { id } = await insertSource(tx, viewer, exchangeId, fields, note);
    return { id, exchangeId };
  });
}

/**
 * The exchanges that rely on a source (they cite it or hold a claim from it), deleted ones included:
 * a deleted exchange can be restored, and then shows the source as it stands.
 */
async function exchangesRelyingOn(tx: Tx, sourceId: string) {
  return tx.exchange.findMany({
    where: { OR: [{ citations: { some: { sourceId } } }, { claims: { some: { sourceId } } }] },
    select: { id: true, ...exchangeCitiesSelect, deletedAt: true },
  });
}

/** A source as its form edits it, reached from an exchange that relies on it. */
export async function getSourceForEditing(viewer: Viewer, exchangeId: string, sourceId: string) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await editableExchange(tx, viewer, exchangeId);
    const source = isId(sourceId) ? await tx.source.findUnique({ where: { id: sourceId } }) : null;
    const relying = source ? await exchangesRelyingOn(tx, source.id) : [];
    if (!source || !relying.some((e) => e.id === exchangeId)) throw new AppError('NOT_FOUND', `No source ${sourceId} in exchange ${exchangeId}`);
    return { source, otherExchanges: relying.filter((e) => e.id !== exchangeId && !e.deletedAt).length };
  });
}

/** The relationships between cities that rely on a source, deleted ones included, as exchangesRelyingOn. */
const relationshipsRelyingOn = (tx: Tx, sourceId: string) =>
  tx.cityRelationship.findMany({
    where: { OR: [{ citations: { some: { sourceId } } }, { claims: { some: { sourceId } } }] },
    select: { id: true, cityId: true, partnerCityId: true },
  });

/**
 * Saves a change to a source; every exchange and relationship that shows it becomes a draft, to be
 * reviewed again.
 */
export async function updateSource(viewer: Viewer, exchangeId: string, sourceId: string, input: unknown): Promise<{ exchangeId: string }> {
  const fields = parseInput(sourceFields, input);
  const { version, note } = parseInput(versionedChange, input);
  return inTransaction(viewer, async (tx) => {
    await editableExchange(tx, viewer, exchangeId);
    const relying = isId(sourceId) ? await exchangesRelyingOn(tx, sourceId) : [];
    if (!relying.some((e) => e.id === exchangeId)) throw new AppError('NOT_FOUND', `No source ${sourceId} in exchange ${exchangeId}`);
    const relationships = await relationshipsRelyingOn(tx, sourceId);
    if (!relying.every((e) => canEditCities(viewer, citiesOfExchange(e))) || !relationships.every((r) => canEditCities(viewer, citiesOfRelationship(r)))) {
      throw new AppError('FORBIDDEN', `Source ${sourceId} is cited by records outside the viewer's cities`);
    }
    const { before, after } = await updateVersioned(tx, 'Source', sourceId, version, toColumns(fields));
    // The change is in the history of every record that shows the source, so that it counts as its
    // author's change to each of them: nobody publishes their own change by making it through another record.
    const records: FiledUnder[] = [...relying.map(({ id }) => ({ exchangeId: id, relationshipId: null })), ...relationships.map(({ id }) => inRelationshipHistory(id))];
    for (const filedUnder of records) {
      await recordRevision(tx, viewer, { entityType: 'Source', entityId: sourceId, ...filedUnder, action: 'UPDATE', version: after.version as number, before, after, note });
    }
    for (const { id } of relying) await markChanged(tx, id);
    for (const { id } of relationships) await markRelationshipChanged(tx, id);
    return { exchangeId };
  });
}

/** Whether the viewer may cite the source: it is on record, and not pending in another city's draft. */
export async function requireCitableSource(tx: Tx, viewer: Viewer, sourceId: string): Promise<void> {
  if (!(await tx.source.count({ where: { id: sourceId, ...visibleSources(viewer) } }))) throw fieldError('sourceId', 'invalidId');
}

async function cite(tx: Tx, viewer: Viewer, exchangeId: string, citation: z.infer<typeof citationFields>): Promise<{ id: string; exchangeId: string }> {
  const subject =
    citation.subjectKind === 'EXCHANGE'
      ? { exchangeId: citation.subjectId }
      : await delegateFor(tx, subjectEntity[citation.subjectKind]).findUnique({ where: { id: citation.subjectId } });
  if (subject?.exchangeId !== exchangeId) throw fieldError('subjectId', 'invalidId');
  const { sourceId, subjectKind, subjectId } = citation;
  if (await tx.citation.count({ where: { sourceId, subjectKind, subjectId } })) throw fieldError('sourceId', 'alreadyCited');
  const row = await tx.citation.create({ data: { ...citation, exchangeId } });
  await recordRevision(tx, viewer, { entityType: 'Citation', entityId: row.id, exchangeId, action: 'CREATE', version: 1, before: null, after: row });
  await markChanged(tx, exchangeId);
  return { id: row.id, exchangeId };
}

/** Cites a source on record for the exchange or one of its parts. */
export async function citeSource(viewer: Viewer, exchangeId: string, input: unknown): Promise<{ id: string; exchangeId: string }> {
  const citation = parseInput(citationFields, input);
  return inTransaction(viewer, async (tx) => {
    await editableExchange(tx, viewer, exchangeId);
    await requireCitableSource(tx, viewer, citation.sourceId);
    return cite(tx, viewer, exchangeId, citation);
  });
}

/** Removes a citation; returns the exchange it was in. */
export async function removeCitation(viewer: Viewer, citationId: string): Promise<{ exchangeId: string }> {
  return inTransaction(viewer, async (tx) => {
    const citation = isId(citationId) ? await tx.citation.findUnique({ where: { id: citationId } }) : null;
    const { exchangeId } = citation ?? {};
    if (!citation || !exchangeId) throw new AppError('NOT_FOUND', `No citation ${citationId}`);
    await editableExchange(tx, viewer, exchangeId);
    await tx.citation.delete({ where: { id: citationId } });
    await recordRevision(tx, viewer, { entityType: 'Citation', entityId: citationId, exchangeId, action: 'DELETE', version: 1, before: citation, after: null });
    await markChanged(tx, exchangeId);
    return { exchangeId };
  });
}
