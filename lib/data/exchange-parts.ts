import 'server-only';
import { nameKeys } from '../records/name-keys';
import { z } from 'zod';
import { AppError } from '../errors';
import { fromIsoDate } from '../i18n/format';
import type { ExchangeLinkKind, RecordKind } from '../generated/prisma/enums';
import { isSequel, leadsTo, linkMismatch, sequelKinds } from '../records/link-rules';
import { changeNote, versionedChange } from '../validation/schemas/change';
import {
  attachmentFields,
  cooperationItemFields,
  eventFields,
  linkFields,
  participantFields,
  practiceFields,
  progressUpdateFields,
  questionFields,
  type SiteRows,
  sitesVisited,
  statementFields,
  topicFields,
} from '../validation/schemas/parts';
import { sameName } from './people';
import { actorIdOf, canEditCities, citiesOfExchange, exchangeCitiesSelect, isAdmin, visibleCities, visibleOrganizations, visiblePeople, visitingCitiesOf } from './access';
import { editableExchange, markChanged } from './exchange-editing';
import { delegateFor, type EntityType, inTransaction, lockVersion, recordRevision, type Tx, updateVersioned } from './mutation';
import { type PartEntity, snapshotOfPart } from './part-deletions';
import { publishItemProgress, withdrawPublishedFile } from './publication';
import { fieldError, isId, parseInput } from './validate';
import type { Viewer } from './viewer';

/*
 * The parts of an exchange (participants, events, topics, questions, statements, practices, cooperation items) are
 * edited one at a time, each with its own version and history, and each through the same path: the
 * viewer must be able to edit the exchange, references must point into the same exchange, and the
 * exchange's working copy becomes a draft again.
 */

type Row = Record<string, unknown>;

interface PartKind {
  entity: PartEntity;
  recordKind: RecordKind;
  schema: z.ZodType<Row>;
  /** Fields that hold a calendar date as "YYYY-MM-DD". */
  dates?: readonly string[];
  /** Fields that must name a part of the same exchange. */
  sameExchange?: Readonly<Record<string, EntityType>>;
  people?: readonly string[];
  cities?: readonly string[];
  organizations?: readonly string[];
  /** Fields of the form that are not columns of the row. */
  extra?: readonly string[];
  /** Made by an upload (lib/data/attachments.ts) rather than by a form; the form only changes what is said of it. */
  uploaded?: true;
  /** Columns worked out from the form inside the transaction (a person made from a typed name). */
  resolve?: (tx: Tx, viewer: Viewer, part: { exchangeId: string; partId?: string; fields: Row }) => Promise<Row>;
  afterSave?: (tx: Tx, id: string, fields: Row) => Promise<void>;
  /** What the history keeps with the row besides its columns: what afterSave writes elsewhere (the sites an event visited). */
  belongings?: (tx: Tx, id: string) => Promise<Row>;
  /** What deleting a part changes besides its rows (the public copy of a file). */
  afterDelete?: (tx: Tx, exchangeId: string, id: string) => Promise<void>;
}

export const partKinds = {
  participant: {
    entity: 'Participant',
    recordKind: 'PARTICIPANT',
    schema: participantFields,
    people: ['personId'],
    extra: ['newPersonNameZh', 'newPersonNameEn', 'newPersonConfirmed', 'postTitleZh', 'postTitleEn'],
    resolve: resolveParticipant,
  },
  event: {
    entity: 'Event',
    recordKind: 'EVENT',
    schema: eventFields,
    dates: ['date'],
    organizations: ['siteIds'],
    extra: ['siteIds', 'siteNamesZh', 'siteNamesEn'],
    afterSave: saveSites,
    belongings: sitesOf,
  },
  topic: { entity: 'Topic', recordKind: 'TOPIC', schema: topicFields, sameExchange: { eventId: 'Event' } },
  question: {
    entity: 'Question',
    recordKind: 'QUESTION',
    schema: questionFields,
    sameExchange: { topicId: 'Topic' },
    people: ['askedById'],
  },
  statement: {
    entity: 'Statement',
    recordKind: 'STATEMENT',
    schema: statementFields,
    sameExchange: { eventId: 'Event' },
    people: ['speakerId'],
  },
  practice: { entity: 'Practice', recordKind: 'PRACTICE', schema: practiceFields, cities: ['cityId'] },
  link: {
    entity: 'ExchangeLink',
    recordKind: 'LINK',
    schema: linkFields,
    resolve: checkLink,
  },
  attachment: {
    entity: 'Attachment',
    recordKind: 'ATTACHMENT',
    schema: attachmentFields,
    sameExchange: { eventId: 'Event' },
    resolve: requireAltTextForImages,
    uploaded: true,
    afterSave: withdrawIfInternal,
    afterDelete: withdrawPublishedFile,
  },
  cooperationItem: {
    entity: 'CooperationItem',
    recordKind: 'COOPERATION_ITEM',
    schema: cooperationItemFields,
    dates: ['dueDate'],
    sameExchange: { originStatementId: 'Statement', originTopicId: 'Topic' },
    people: ['proposedById'],
    cities: ['responsibleCityIds', 'partnerCityIds'],
    extra: ['responsibleCityIds', 'partnerCityIds'],
    afterSave: saveParties,
    belongings: partiesOf,
  },
} as const satisfies Record<string, PartKind>;
export type PartKindName = keyof typeof partKinds;

/** Whether an address, a form or a bound argument names a kind of part: its own kinds, not "constructor". */
export const isPartKind = (name: unknown): name is PartKindName => typeof name === 'string' && Object.hasOwn(partKinds, name);

function partKindOf(name: PartKindName): PartKind {
  if (!isPartKind(name)) throw new AppError('NOT_FOUND', 'No such kind of part');
  return partKinds[name];
}

/**
 * Every id the form names must exist and be the viewer's to name (a person added in another city's
 * draft is not), and parts must belong to this exchange.
 */
async function checkReferences(tx: Tx, viewer: Viewer, kind: PartKind, exchangeId: string, fields: Row): Promise<void> {
  for (const [field, entity] of Object.entries(kind.sameExchange ?? {})) {
    const id = fields[field];
    if (typeof id !== 'string') continue;
    const row = await delegateFor(tx, entity).findUnique({ where: { id } });
    if (row?.exchangeId !== exchangeId) throw fieldError(field, 'invalidId');
  }
  for (const field of kind.people ?? []) {
    const id = fields[field];
    if (typeof id === 'string' && !(await tx.person.count({ where: { id, ...visiblePeople(viewer) } }))) throw fieldError(field, 'invalidId');
  }
  const idsIn = (field: string) => ([] as unknown[]).concat(fields[field] ?? []).filter((id): id is string => typeof id === 'string');
  for (const field of kind.cities ?? []) {
    const ids = idsIn(field);
    if (ids.length && (await tx.city.count({ where: { id: { in: ids }, ...visibleCities(viewer) } })) !== new Set(ids).size) throw fieldError(field, 'invalidId');
  }
  if (kind.entity === 'Event' && sitesVisited(fields as SiteRows).length) {
    const exchange = await tx.exchange.findUniqueOrThrow({ where: { id: exchangeId }, select: { kind: true } });
    if (exchange.kind === 'VIRTUAL_MEETING') throw fieldError('siteIds', 'sitesInVirtualMeeting');
  }
  for (const field of kind.organizations ?? []) {
    const ids = idsIn(field);
    if (ids.length && (await tx.organization.count({ where: { id: { in: ids }, ...visibleOrganizations(viewer) } })) !== new Set(ids).size) throw fieldError(field, 'invalidId');
  }
}

function toColumns(kind: PartKind, fields: Row): Row {
  const columns: Row = { ...fields };
  for (const field of kind.extra ?? []) delete columns[field];
  for (const field of kind.dates ?? []) {
    const value = columns[field];
    columns[field] = typeof value === 'string' ? fromIsoDate(value) : null;
  }
  return columns;
}

/**
 * The person a participant row points at (made now from the typed names when they are new to the
 * record) and the post they held at the time: one of their recorded posts with the same title, or a
 * new one attested on the exchange's date.
 */
async function resolveParticipant(tx: Tx, viewer: Viewer, { exchangeId, partId, fields }: { exchangeId: string; partId?: string; fields: Row }): Promise<Row> {
  let personId = fields.personId as string | null;
  if (!personId) {
    const [nameZh, nameEn] = [fields.newPersonNameZh as string | null, fields.newPersonNameEn as string | null];
    const keys = nameKeys(nameZh, nameEn);
    // Someone of the same name on record is most often the same person: the clerk is asked first.
    if (!fields.newPersonConfirmed && (await tx.person.count({ where: { AND: [sameName(keys), visiblePeople(viewer)] } }))) {
      throw fieldError(nameZh ? 'newPersonNameZh' : 'newPersonNameEn', 'personOnRecord');
    }
    // Staff's new people are pending: other cities see them once a record that names them is published.
    const person = await tx.person.create({ data: { nameZh, nameEn, ...keys, pending: !isAdmin(viewer) } });
    await recordRevision(tx, viewer, { entityType: 'Person', entityId: person.id, exchangeId: null, action: 'CREATE', version: person.version, before: null, after: person });
    personId = person.id;
  } else if (await tx.participant.count({ where: { exchangeId, personId, id: partId ? { not: partId } : undefined } })) {
    throw fieldError('personId', 'alreadyParticipant');
  }
  const [titleZh, titleEn] = [fields.postTitleZh as string | null, fields.postTitleEn as string | null];
  if (!titleZh || !titleEn) return { personId, personRoleId: null };
  const held = await tx.personRole.findFirst({ where: { personId, titleZh, titleEn }, select: { id: true } });
  if (held) return { personId, personRoleId: held.id };
  const { startDate } = await tx.exchange.findUniqueOrThrow({ where: { id: exchangeId }, select: { startDate: true } });
  const role = await tx.personRole.create({ data: { personId, titleZh, titleEn, attestedOn: startDate } });
  await recordRevision(tx, viewer, { entityType: 'PersonRole', entityId: role.id, exchangeId: null, action: 'CREATE', version: role.version, before: null, after: role });
  return { personId, personRoleId: role.id };
}

/**
 * A link points at another exchange the linking staff may see, once, and says something true of the
 * two: a return visit goes the other way and comes later, a follow-up comes later, and neither may
 * lead back to this exchange through other returns and follow-ups.
 */
async function checkLink(tx: Tx, viewer: Viewer, { exchangeId, partId, fields }: { exchangeId: string; partId?: string; fields: Row }): Promise<Row> {
  const targetId = fields.targetId as string;
  const kind = fields.kind as ExchangeLinkKind;
  if (targetId === exchangeId) throw fieldError('targetId', 'linkToItself');
  const [self, target] = await Promise.all(
    [exchangeId, targetId].map((id) =>
      tx.exchange.findUnique({ where: { id }, select: { startDate: true, ...exchangeCitiesSelect, deletedAt: true, publication: { select: { withdrawnAt: true } } } }),
    ),
  );
  const visible = target && !target.deletedAt && ((target.publication && !target.publication.withdrawnAt) || canEditCities(viewer, citiesOfExchange(target)));
  if (!self || !target || !visible) throw fieldError('targetId', 'invalidId');
  if (await tx.exchangeLink.count({ where: { exchangeId, targetId, id: partId ? { not: partId } : undefined } })) throw fieldError('targetId', 'alreadyLinked');
  const linkEnd = (end: typeof self) => ({ ...end, visitingCityIds: visitingCitiesOf(end) });
  const mismatch = linkMismatch(kind, linkEnd(self), linkEnd(target));
  if (mismatch) throw fieldError(mismatch.field, mismatch.reason);
  if (isSequel(kind) && (await leadsTo(targetId, exchangeId, (ids) => sequelsOnRecord(tx, ids)))) throw fieldError('targetId', 'linkCycle');
  return {};
}

/** Where the returns and follow-ups of these exchanges lead. */
async function sequelsOnRecord(tx: Tx, exchangeIds: string[]): Promise<string[]> {
  const links = await tx.exchangeLink.findMany({ where: { exchangeId: { in: exchangeIds }, kind: { in: [...sequelKinds] } }, select: { targetId: true } });
  return links.map((link) => link.targetId);
}

/** A photo needs words for readers who cannot see it; a document's caption says what it is. */
async function requireAltTextForImages(tx: Tx, _viewer: Viewer, { partId, fields }: { partId?: string; fields: Row }): Promise<Row> {
  const { fileKind } = await tx.attachment.findUniqueOrThrow({ where: { id: partId }, select: { fileKind: true } });
  if (fileKind === 'IMAGE' && !fields.altZh && !fields.altEn) throw fieldError('altZh', 'altNeeded');
  return {};
}

async function withdrawIfInternal(tx: Tx, attachmentId: string, fields: Row): Promise<void> {
  if (fields.visibility !== 'INTERNAL') return;
  const { exchangeId } = await tx.attachment.findUniqueOrThrow({ where: { id: attachmentId }, select: { exchangeId: true } });
  if (exchangeId) await withdrawPublishedFile(tx, exchangeId, attachmentId);
}

async function saveSites(tx: Tx, eventId: string, fields: Row): Promise<void> {
  await tx.eventSite.deleteMany({ where: { eventId } });
  await tx.eventSite.createMany({ data: sitesVisited(fields as SiteRows).map((site, position) => ({ eventId, position, ...site })) });
}

/** The sites an event visited, in order, as its history shows them: an organization by its id (named when read), a place by its name. */
async function sitesOf(tx: Tx, eventId: string): Promise<Row> {
  const sites = await tx.eventSite.findMany({ where: { eventId }, orderBy: { position: 'asc' }, select: { organizationId: true, nameZh: true, nameEn: true } });
  return { siteIds: sites.map((site) => site.organizationId ?? [site.nameZh, site.nameEn].filter(Boolean).join(' / ')) };
}

async function partiesOf(tx: Tx, itemId: string): Promise<Row> {
  const parties = await tx.cooperationParty.findMany({ where: { itemId }, orderBy: { cityId: 'asc' }, select: { cityId: true, role: true } });
  const citiesIn = (role: string) => parties.filter((party) => party.role === role && party.cityId).map((party) => party.cityId);
  return { responsibleCityIds: citiesIn('RESPONSIBLE'), partnerCityIds: citiesIn('PARTNER') };
}

async function saveParties(tx: Tx, itemId: string, fields: Row): Promise<void> {
  const responsible = fields.responsibleCityIds as string[];
  const partners = fields.partnerCityIds as string[];
  await tx.cooperationParty.deleteMany({ where: { itemId } });
  await tx.cooperationParty.createMany({
    data: [
      ...responsible.map((cityId) => ({ itemId, cityId, role: 'RESPONSIBLE' as const })),
      ...partners.map((cityId) => ({ itemId, cityId, role: 'PARTNER' as const })),
    ],
  });
}

/** Where a part goes in its list, and why it was changed, as the history keeps it. */
interface Placement {
  note: string | null;
  /** Its place in the list; the end of the list when left out. */
  position?: number;
}

/**
 * Adds a part with `fields` already checked by its kind's schema to an exchange the viewer may edit
 * (editableExchange has been called in this transaction); returns the row written.
 */
export async function insertPart(tx: Tx, viewer: Viewer, kindName: PartKindName, exchangeId: string, fields: Row, { note, position }: Placement): Promise<Row> {
  const kind = partKindOf(kindName);
  await checkReferences(tx, viewer, kind, exchangeId, fields);
  const resolved = await kind.resolve?.(tx, viewer, { exchangeId, fields });
  const delegate = delegateFor(tx, kind.entity) as unknown as {
    aggregate(args: unknown): Promise<{ _max: { position: number | null } }>;
  };
  const last = position === undefined ? await delegate.aggregate({ where: { exchangeId }, _max: { position: true } }) : null;
  const row = await delegateFor(tx, kind.entity).create({
    data: { ...toColumns(kind, fields), ...resolved, exchangeId, position: position ?? (last?._max.position ?? -1) + 1 },
  });
  const id = row.id as string;
  await kind.afterSave?.(tx, id, fields);
  await markChanged(tx, exchangeId);
  const after = { ...row, ...(await kind.belongings?.(tx, id)) };
  await recordRevision(tx, viewer, { entityType: kind.entity, entityId: id, exchangeId, action: 'CREATE', version: row.version as number, before: null, after, note });
  return row;
}

/** Adds a part at the end of its list; returns it and the exchange it belongs to. */
export async function addPart(viewer: Viewer, kindName: PartKindName, exchangeId: string, input: unknown): Promise<{ id: string; exchangeId: string }> {
  const kind = partKindOf(kindName);
  if ('uploaded' in kind) throw new AppError('NOT_FOUND', `A ${kind.entity} is added by uploading its file`);
  const fields = parseInput(kind.schema, input);
  const { note } = parseInput(changeNote, input);
  return inTransaction(viewer, async (tx) => {
    await editableExchange(tx, viewer, exchangeId);
    const row = await insertPart(tx, viewer, kindName, exchangeId, fields, { note });
    return { id: row.id as string, exchangeId };
  });
}

/** The part and its exchange, once the viewer's right to edit that exchange is checked. */
async function editablePart(tx: Tx, viewer: Viewer, kind: PartKind, partId: string) {
  const row = isId(partId) ? await delegateFor(tx, kind.entity).findUnique({ where: { id: partId } }) : null;
  if (!row) throw new AppError('NOT_FOUND', `No ${kind.entity} ${partId}`);
  const exchangeId = row.exchangeId as string;
  await editableExchange(tx, viewer, exchangeId);
  return { row, exchangeId };
}

/** A part of this exchange, which the caller has checked the viewer may edit; "not found" for a part of any other. */
async function partOf(tx: Tx, kind: PartKind, exchangeId: string, partId: string): Promise<Row> {
  const row = await delegateFor(tx, kind.entity).findUnique({ where: { id: partId } });
  if (row?.exchangeId !== exchangeId) throw new AppError('NOT_FOUND', `No ${kind.entity} ${partId} in exchange ${exchangeId}`);
  return row;
}

/**
 * Saves `fields` (checked by the kind's schema) over `version` of a part of an exchange the viewer may
 * edit, or, with no fields, moves it to `position` only (a part already there is left as it is).
 */
export async function changePart(
  tx: Tx,
  viewer: Viewer,
  kindName: PartKindName,
  exchangeId: string,
  part: { id: string; version: number; fields: Row | null },
  { note, position }: Placement,
): Promise<void> {
  const kind = partKindOf(kindName);
  const row = await partOf(tx, kind, exchangeId, part.id);
  if (!part.fields && row.position === position) return;
  const moved = position === undefined ? {} : { position };
  let columns: Row = moved;
  if (part.fields) {
    await checkReferences(tx, viewer, kind, exchangeId, part.fields);
    const resolved = await kind.resolve?.(tx, viewer, { exchangeId, partId: part.id, fields: part.fields });
    columns = { ...toColumns(kind, part.fields), ...resolved, ...moved };
  }
  const belongedBefore = await kind.belongings?.(tx, part.id);
  const { before, after } = await updateVersioned(tx, kind.entity, part.id, part.version, columns);
  if (part.fields) await kind.afterSave?.(tx, part.id, part.fields);
  await markChanged(tx, exchangeId);
  await recordRevision(tx, viewer, {
    entityType: kind.entity,
    entityId: part.id,
    exchangeId,
    action: 'UPDATE',
    version: after.version as number,
    before: { ...before, ...belongedBefore },
    after: { ...after, ...(await kind.belongings?.(tx, part.id)) },
    note,
  });
}

/** Saves a change to a part; returns the exchange it belongs to. */
export async function updatePart(viewer: Viewer, kindName: PartKindName, partId: string, input: unknown): Promise<{ exchangeId: string }> {
  const kind = partKindOf(kindName);
  const fields = parseInput(kind.schema, input);
  const { version, note } = parseInput(versionedChange, input);
  return inTransaction(viewer, async (tx) => {
    const { exchangeId } = await editablePart(tx, viewer, kind, partId);
    await changePart(tx, viewer, kindName, exchangeId, { id: partId, version, fields }, { note });
    return { exchangeId };
  });
}

/**
 * Deletes `version` of a part of an exchange the viewer may edit, with its citations and claims (and,
 * through the database, its other belongings). Its DELETE revision keeps it with all of them, so it
 * can be restored (lib/data/deleted-records.ts).
 */
export async function removePart(tx: Tx, viewer: Viewer, kindName: PartKindName, exchangeId: string, part: { id: string; version: number }, note: string | null): Promise<void> {
  const kind = partKindOf(kindName);
  const row = await partOf(tx, kind, exchangeId, part.id);
  await lockVersion(tx, kind.entity, part.id, part.version);
  const kept = await snapshotOfPart(tx, kind.entity, kind.recordKind, row);
  await tx.citation.deleteMany({ where: { subjectKind: kind.recordKind, subjectId: part.id } });
  await tx.claim.deleteMany({ where: { subjectKind: kind.recordKind, subjectId: part.id } });
  await delegateFor(tx, kind.entity).delete({ where: { id: part.id } });
  await kind.afterDelete?.(tx, exchangeId, part.id);
  await markChanged(tx, exchangeId);
  await recordRevision(tx, viewer, { entityType: kind.entity, entityId: part.id, exchangeId, action: 'DELETE', version: row.version as number, before: kept, after: null, note });
}

/** Deletes a part (removePart); returns the exchange it belonged to. */
export async function deletePart(viewer: Viewer, kindName: PartKindName, partId: string, input: unknown): Promise<{ exchangeId: string }> {
  const kind = partKindOf(kindName);
  const { version, note } = parseInput(versionedChange, input);
  return inTransaction(viewer, async (tx) => {
    const { exchangeId } = await editablePart(tx, viewer, kind, partId);
    await removePart(tx, viewer, kindName, exchangeId, { id: partId, version }, note);
    return { exchangeId };
  });
}

/**
 * Records progress on a cooperation item: a dated entry in its log, with evidence, and the item's
 * status as of then. Progress is news about what happened after the visit, attributed and dated, so
 * it reaches the public page at once without another review of the record. Returns the entry and
 * the item's exchange.
 */
export async function recordProgress(viewer: Viewer, itemId: string, input: unknown): Promise<{ id: string; exchangeId: string }> {
  const update = parseInput(progressUpdateFields, input);
  const { version, note } = parseInput(versionedChange, input);
  const kind: PartKind = partKinds.cooperationItem;
  return inTransaction(viewer, async (tx) => {
    const { exchangeId } = await editablePart(tx, viewer, kind, itemId);
    const occurredOn = fromIsoDate(update.occurredOn);
    const { before, after } = await updateVersioned(tx, 'CooperationItem', itemId, version, {
      status: update.status,
      progress: update.progress,
      outcomeKnown: true,
      lastUpdatedOn: occurredOn,
    });
    const entry = await tx.cooperationUpdate.create({
      data: {
        itemId,
        occurredOn,
        status: update.status,
        progress: update.progress,
        noteZh: update.noteZh,
        noteEn: update.noteEn,
        originalLanguage: update.originalLanguage,
        translation: update.translation,
        authorId: actorIdOf(viewer),
        evidence: { create: update.evidenceUrl ? [{ url: update.evidenceUrl }] : [] },
      },
    });
    await recordRevision(tx, viewer, { entityType: 'CooperationItem', entityId: itemId, exchangeId, action: 'UPDATE', version: after.version as number, before, after, note });
    await publishItemProgress(tx, exchangeId, itemId);
    return { id: entry.id, exchangeId };
  });
}
