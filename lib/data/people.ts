import 'server-only';
import { type NameKeys, nameKeys, queryKeys } from '../records/name-keys';
import { getDb } from '../db/client';
import { AppError } from '../errors';
import type { Person, PersonRole, Prisma, PrismaClient } from '../generated/prisma/client';
import { fromIsoDate } from '../i18n/format';
import { changeNote, versionedChange } from '../validation/schemas/change';
import { personFields, personMerge, personMergeProposal, personRoleFields } from '../validation/schemas/reference';
import { actorIdOf, requireAdmin, requireStaff, visiblePeople } from './access';
import { markChanged } from './exchange-editing';
import { delegateFor, type EntityType, inTransaction, lockVersion, readRevisions, recordRevision, type Tx, updateVersioned } from './mutation';
import { createRecorded, deleteUnused, firstRows, matching, requireKnownId, updateRecorded, type Usage, usageOf } from './reference-records';
import { fieldError, isId, parseInput } from './validate';
import type { Viewer } from './viewer';

/*
 * People and the posts they hold, managed by admins, and the merging of two entries that turn out to
 * be one person (赵庆文 entered from a Chinese report, "Zhao Qingwen" from an English one). Staff pick
 * people in their forms through listPersonChoices (workspace.ts).
 */

const nameSelect = { id: true, nameZh: true, nameEn: true } as const;

export async function listPeople(viewer: Viewer, filter: { query?: string } = {}) {
  requireAdmin(viewer);
  const db = await getDb();
  return firstRows((take) =>
    db.person.findMany({
      where: matching(filter.query, ['nameZh', 'nameEn']),
      orderBy: [{ nameEn: { sort: 'asc', nulls: 'last' } }, { nameZh: 'asc' }, { id: 'asc' }],
      take,
      select: {
        ...nameSelect,
        roles: { select: { id: true, titleZh: true, titleEn: true }, orderBy: { startDate: { sort: 'desc', nulls: 'last' } }, take: 2 },
        _count: { select: { participations: true } },
      },
    }),
  );
}

/** What refers to a person, their posts included: deleting them would take the posts along. */
async function personUsage(db: PrismaClient | Tx, personId: string): Promise<Usage> {
  const [participations, statements, questions, proposals] = await Promise.all([
    db.participant.count({ where: { OR: [{ personId }, { personRole: { personId } }] } }),
    db.statement.count({ where: { OR: [{ speakerId: personId }, { speakerRole: { personId } }] } }),
    db.question.count({ where: { askedById: personId } }),
    db.cooperationItem.count({ where: { proposedById: personId } }),
  ]);
  return usageOf({ participations, statements, questions, proposals });
}

async function roleUsage(db: PrismaClient | Tx, roleId: string): Promise<Usage> {
  const [participations, statements] = await Promise.all([
    db.participant.count({ where: { personRoleId: roleId } }),
    db.statement.count({ where: { speakerRoleId: roleId } }),
  ]);
  return usageOf({ participations, statements });
}

/** A person with their posts (each with what names it), identifiers, the exchanges they took part in, what refers to them, and their history. */
export async function getPerson(viewer: Viewer, personId: string) {
  requireAdmin(viewer);
  requireKnownId('Person', personId);
  const db = await getDb();
  const person = await db.person.findUnique({
    where: { id: personId },
    include: {
      roles: {
        orderBy: [{ startDate: { sort: 'desc', nulls: 'last' } }, { attestedOn: { sort: 'desc', nulls: 'last' } }, { createdAt: 'asc' }],
        include: { organization: { select: nameSelect }, _count: { select: { participants: true, statements: true } } },
      },
      identifiers: { select: { id: true, scheme: true, value: true }, orderBy: { scheme: 'asc' } },
      participations: {
        orderBy: { exchange: { startDate: 'desc' } },
        select: {
          side: true,
          role: true,
          exchange: { select: { id: true, titleZh: true, titleEn: true, startDate: true, datePrecision: true, deletedAt: true } },
        },
      },
    },
  });
  if (!person) throw new AppError('NOT_FOUND', `No person ${personId}`);
  const { roles, identifiers, participations, ...fields } = person;
  return {
    fields,
    roles: roles.map(({ _count, ...role }) => ({ ...role, usage: usageOf({ participations: _count.participants, statements: _count.statements }) })),
    identifiers,
    exchanges: participations.map(({ exchange, side, role }) => ({ ...exchange, side, role })),
    usage: await personUsage(db, personId),
    history: await readRevisions(db, {
      OR: [
        { entityType: 'Person', entityId: personId },
        { entityType: 'PersonRole', snapshot: { path: ['personId'], equals: personId } },
      ],
    }),
  };
}
export type PersonDetails = Awaited<ReturnType<typeof getPerson>>;

/** People whose name is the same as one with `keys`, in any script or language, as a query condition. */
export function sameName(keys: NameKeys): Prisma.PersonWhereInput {
  const latin = [keys.keyPinyin, keys.keyEn].filter((key): key is string => Boolean(key));
  return { OR: [...(keys.keyZh ? [{ keyZh: keys.keyZh }] : []), ...latin.flatMap((key) => [{ keyPinyin: key }, { keyEn: key }])] };
}

/**
 * People on record whose name begins with what was typed, however it was typed (張壯 finds 张壮, zhao
 * qing and 赵庆 find 赵庆文 / Zhao Qingwen), among those the viewer may see: each with their latest
 * posts and the cities of those posts, so that two people of one name can be told apart.
 */
export async function suggestPeople(viewer: Viewer, typed: string) {
  requireStaff(viewer);
  const { zh, latin } = queryKeys(typed.slice(0, 120));
  if (!zh && !latin) return [];
  const db = await getDb();
  const named: Prisma.PersonWhereInput[] = [
    ...(zh ? [{ keyZh: { startsWith: zh } }] : []),
    ...(latin ? [{ keyPinyin: { startsWith: latin } }, { keyEn: { startsWith: latin } }] : []),
  ];
  const order = [{ keyPinyin: 'asc' }, { keyEn: 'asc' }, { id: 'asc' }] as const;
  // The names first, then who among them the viewer may see: the rule of who may see whom looks into
  // every record that names a person, which is cheap for a few dozen people and slow for all of them.
  const candidates = await db.person.findMany({ where: { OR: named }, orderBy: [...order], take: 40, select: { id: true } });
  return db.person.findMany({
    where: { id: { in: candidates.map((person) => person.id) }, ...visiblePeople(viewer) },
    orderBy: [...order],
    take: 8,
    select: {
      id: true,
      nameZh: true,
      nameEn: true,
      roles: {
        orderBy: [{ startDate: { sort: 'desc', nulls: 'last' } }, { attestedOn: { sort: 'desc', nulls: 'last' } }],
        take: 2,
        select: { titleZh: true, titleEn: true, organization: { select: { city: { select: { nameZh: true, nameEn: true } } } } },
      },
    },
  });
}

export async function createPerson(viewer: Viewer, input: unknown): Promise<{ id: string }> {
  requireAdmin(viewer);
  const fields = parseInput(personFields, input);
  const { note } = parseInput(changeNote, input);
  return inTransaction(viewer, (tx) => createRecorded(tx, viewer, 'Person', { ...fields, ...nameKeys(fields.nameZh, fields.nameEn) }, note));
}

export async function updatePerson(viewer: Viewer, personId: string, input: unknown): Promise<void> {
  requireAdmin(viewer);
  requireKnownId('Person', personId);
  const fields = parseInput(personFields, input);
  const { version, note } = parseInput(versionedChange, input);
  await inTransaction(viewer, (tx) => updateRecorded(tx, viewer, 'Person', personId, version, { ...fields, ...nameKeys(fields.nameZh, fields.nameEn), pending: false }, note));
}

export async function deletePerson(viewer: Viewer, personId: string, input: unknown): Promise<void> {
  requireAdmin(viewer);
  requireKnownId('Person', personId);
  const { version, note } = parseInput(versionedChange, input);
  await inTransaction(viewer, async (tx) => {
    // The posts go with the person (the database cascades); each leaves its own entry in the history.
    for (const role of await tx.personRole.findMany({ where: { personId } })) {
      await recordRevision(tx, viewer, { entityType: 'PersonRole', entityId: role.id, exchangeId: null, action: 'DELETE', version: role.version, before: role, after: null, note });
    }
    await deleteUnused(tx, viewer, 'Person', personId, version, note, () => personUsage(tx, personId));
  });
}

type RoleFields = ReturnType<typeof personRoleFields.parse>;

function roleData(fields: RoleFields) {
  const day = (iso: string | null) => (iso ? fromIsoDate(iso) : null);
  return { ...fields, startDate: day(fields.startDate), endDate: day(fields.endDate), attestedOn: day(fields.attestedOn) };
}

async function requireOrganization(tx: Tx, fields: RoleFields): Promise<void> {
  if (fields.organizationId && !(await tx.organization.count({ where: { id: fields.organizationId } }))) throw fieldError('organizationId', 'invalidId');
}

/** Records a post the person held ("Mayor of Zibo"), with its dates as far as they are known. */
export async function addPersonRole(viewer: Viewer, personId: string, input: unknown): Promise<{ id: string }> {
  requireAdmin(viewer);
  requireKnownId('Person', personId);
  const fields = parseInput(personRoleFields, input);
  const { note } = parseInput(changeNote, input);
  return inTransaction(viewer, async (tx) => {
    if (!(await tx.person.count({ where: { id: personId } }))) throw new AppError('NOT_FOUND', `No person ${personId}`);
    await requireOrganization(tx, fields);
    return createRecorded(tx, viewer, 'PersonRole', { ...roleData(fields), personId }, note);
  });
}

/** Saves a change to a post; returns whose it is. */
export async function updatePersonRole(viewer: Viewer, roleId: string, input: unknown): Promise<{ personId: string }> {
  requireAdmin(viewer);
  requireKnownId('PersonRole', roleId);
  const fields = parseInput(personRoleFields, input);
  const { version, note } = parseInput(versionedChange, input);
  return inTransaction(viewer, async (tx) => {
    await requireOrganization(tx, fields);
    const role = await updateRecorded(tx, viewer, 'PersonRole', roleId, version, roleData(fields), note);
    return { personId: role.personId as string };
  });
}

/** Refused while a participant or statement names this post as the title held at the time. Returns whose it was. */
export async function deletePersonRole(viewer: Viewer, roleId: string, input: unknown): Promise<{ personId: string }> {
  requireAdmin(viewer);
  requireKnownId('PersonRole', roleId);
  const { version, note } = parseInput(versionedChange, input);
  return inTransaction(viewer, async (tx) => {
    const role = await deleteUnused(tx, viewer, 'PersonRole', roleId, version, note, () => roleUsage(tx, roleId));
    return { personId: role.personId as string };
  });
}

// ----- Merging two entries for one person ------------------------------------------------------------

/** Columns of an exchange's parts that name a person, and those that name a post. */
const personColumns = [
  { entity: 'Statement', field: 'speakerId' },
  { entity: 'Question', field: 'askedById' },
  { entity: 'CooperationItem', field: 'proposedById' },
] as const satisfies readonly { entity: EntityType; field: string }[];
const postColumns = [
  { entity: 'Participant', field: 'personRoleId' },
  { entity: 'Statement', field: 'speakerRoleId' },
] as const satisfies readonly { entity: EntityType; field: string }[];

interface MergeStep {
  tx: Tx;
  viewer: Viewer;
  note: string | null;
  /** Exchanges whose parts were changed: their working copies need another review. */
  changedExchanges: Set<string>;
}

/** Points the exchange parts that `where` selects elsewhere, each as a versioned change in its exchange's history. */
async function repoint(step: MergeStep, entity: EntityType, where: Record<string, unknown>, data: Record<string, unknown>): Promise<void> {
  for (const row of await delegateFor(step.tx, entity).findMany({ where })) {
    const [id, exchangeId] = [row.id as string, row.exchangeId as string];
    const { before, after } = await updateVersioned(step.tx, entity, id, row.version as number, data);
    await recordRevision(step.tx, step.viewer, { entityType: entity, entityId: id, exchangeId, action: 'UPDATE', version: after.version as number, before, after, note: step.note });
    step.changedExchanges.add(exchangeId);
  }
}

/**
 * The sources and claims about one participant, carried to another unless it already has the same;
 * each carried or dropped one is a change in the exchange's history.
 */
async function carryEvidence(step: MergeStep, from: { id: string; exchangeId: string }, toParticipantId: string): Promise<void> {
  const { tx, viewer, note } = step;
  const about = (subjectId: string) => ({ subjectKind: 'PARTICIPANT' as const, subjectId });
  const history = (entityType: 'Citation' | 'Claim', before: Record<string, unknown>, after: Record<string, unknown> | null) =>
    recordRevision(tx, viewer, {
      entityType,
      entityId: before.id as string,
      exchangeId: from.exchangeId,
      action: after ? 'UPDATE' : 'DELETE',
      version: ((after ?? before).version as number | undefined) ?? 1,
      before,
      after,
      note,
    });
  for (const citation of await tx.citation.findMany({ where: about(from.id) })) {
    const twin = await tx.citation.count({ where: { ...about(toParticipantId), sourceId: citation.sourceId } });
    if (twin) await tx.citation.delete({ where: { id: citation.id } });
    await history('Citation', citation, twin ? null : await tx.citation.update({ where: { id: citation.id }, data: { subjectId: toParticipantId } }));
  }
  for (const claim of await tx.claim.findMany({ where: about(from.id) })) {
    const twin = await tx.claim.count({ where: { ...about(toParticipantId), sourceId: claim.sourceId, field: claim.field } });
    if (twin) await tx.claim.delete({ where: { id: claim.id } });
    await history('Claim', claim, twin ? null : await tx.claim.update({ where: { id: claim.id }, data: { subjectId: toParticipantId, version: { increment: 1 } } }));
  }
}

/**
 * The duplicate's places in exchanges become the kept entry's. Where both entries took part in the
 * same exchange they were one person there, and an exchange lists a person once: the kept entry's
 * participation stays as recorded (side, role, title) and the duplicate's is removed, its sources and
 * claims carried over so no evidence is lost. Refusing instead would leave the admin stuck, since no
 * screen edits participants one by one; the merge page names these exchanges before the admin confirms.
 * Returns the ids of those exchanges.
 */
async function moveParticipations(step: MergeStep, fromId: string, toId: string): Promise<string[]> {
  const { tx, viewer, note } = step;
  const keptIn = new Map((await tx.participant.findMany({ where: { personId: toId } })).map((p) => [p.exchangeId, p]));
  const shared: string[] = [];
  for (const duplicate of await tx.participant.findMany({ where: { personId: fromId } })) {
    const keeper = keptIn.get(duplicate.exchangeId);
    if (!keeper) continue;
    await carryEvidence(step, duplicate, keeper.id);
    await tx.participant.delete({ where: { id: duplicate.id } });
    await recordRevision(tx, viewer, { entityType: 'Participant', entityId: duplicate.id, exchangeId: duplicate.exchangeId, action: 'DELETE', version: duplicate.version, before: duplicate, after: null, note });
    step.changedExchanges.add(duplicate.exchangeId);
    shared.push(duplicate.exchangeId);
  }
  await repoint(step, 'Participant', { personId: fromId }, { personId: toId });
  return shared;
}

const sameDay = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);
const samePost = (a: PersonRole, b: PersonRole) =>
  a.organizationId === b.organizationId &&
  a.titleZh === b.titleZh &&
  a.titleEn === b.titleEn &&
  sameDay(a.startDate, b.startDate) &&
  sameDay(a.endDate, b.endDate) &&
  sameDay(a.attestedOn, b.attestedOn);

/**
 * The duplicate's posts become the kept entry's. A post recorded for both (same title, organization
 * and dates) is kept once: what named the duplicate's copy names the kept one, and the copy goes.
 */
async function movePosts(step: MergeStep, fromId: string, toId: string): Promise<void> {
  const { tx, viewer, note } = step;
  const keptPosts = await tx.personRole.findMany({ where: { personId: toId } });
  for (const post of await tx.personRole.findMany({ where: { personId: fromId } })) {
    const twin = keptPosts.find((kept) => samePost(kept, post));
    if (!twin) {
      await updateRecorded(tx, viewer, 'PersonRole', post.id, post.version, { personId: toId }, note);
      continue;
    }
    for (const { entity, field } of postColumns) await repoint(step, entity, { [field]: post.id }, { [field]: twin.id });
    await deleteUnused(tx, viewer, 'PersonRole', post.id, post.version, note, () => roleUsage(tx, post.id));
  }
}

const namesOf = (person: Person) => [person.nameZh, person.nameEn].filter(Boolean).join(' / ');

/**
 * Makes two entries for one person one: everything that named the duplicate (`mergeId`) names the
 * kept entry (`keepId`) instead: participations, statements, questions, proposals, posts and
 * identifiers. The kept entry takes the duplicate's name in a language it lacks (赵庆文 + "Zhao
 * Qingwen" → both), and the duplicate is deleted. All of it happens in one transaction, as of the
 * versions the admin saw; both entries' histories record the merge, and exchanges whose parts
 * changed become drafts, since the public copy still shows the duplicate until someone publishes.
 */
export async function mergePeople(viewer: Viewer, input: unknown): Promise<{ sharedExchangeIds: string[] }> {
  requireAdmin(viewer);
  const { keepId, mergeId, keepVersion, mergeVersion, note } = parseInput(personMerge, input);
  if (keepId === mergeId) throw new AppError('INVALID', `Person ${keepId} merged with itself`, { reason: 'sameEntry' });
  return inTransaction(viewer, async (tx) => {
    const kept = await tx.person.findUnique({ where: { id: keepId } });
    const merged = await tx.person.findUnique({ where: { id: mergeId } });
    if (!kept || !merged) throw new AppError('NOT_FOUND', `No person ${kept ? mergeId : keepId}`);
    await lockVersion(tx, 'Person', mergeId, mergeVersion);
    await lockVersion(tx, 'Person', keepId, keepVersion);

    const step: MergeStep = { tx, viewer, note, changedExchanges: new Set() };
    const sharedExchangeIds = await moveParticipations(step, mergeId, keepId);
    for (const { entity, field } of personColumns) await repoint(step, entity, { [field]: mergeId }, { [field]: keepId });
    await movePosts(step, mergeId, keepId);
    await tx.externalIdentifier.updateMany({ where: { personId: mergeId }, data: { personId: keepId } });

    await tx.person.delete({ where: { id: mergeId } });
    await recordRevision(tx, viewer, {
      entityType: 'Person',
      entityId: mergeId,
      exchangeId: null,
      action: 'DELETE',
      version: merged.version,
      before: merged,
      after: null,
      note,
      alsoChanged: { mergedInto: { from: null, to: keepId } },
    });
    const { before, after } = await updateVersioned(tx, 'Person', keepId, keepVersion, {
      nameZh: kept.nameZh ?? merged.nameZh,
      nameEn: kept.nameEn ?? merged.nameEn,
    });
    await recordRevision(tx, viewer, {
      entityType: 'Person',
      entityId: keepId,
      exchangeId: null,
      action: 'UPDATE',
      version: after.version as number,
      before,
      after,
      note,
      alsoChanged: { mergedFrom: { from: null, to: namesOf(merged) } },
    });
    for (const exchangeId of step.changedExchanges) await markChanged(tx, exchangeId);
    return { sharedExchangeIds };
  });
}

/**
 * Staff propose that two entries they may see are one person; an admin confirms by merging them, or
 * dismisses the proposal. One proposal per pair, whichever way round.
 */
export async function proposePersonMerge(viewer: Viewer, input: unknown): Promise<{ id: string }> {
  requireStaff(viewer);
  const { keepId, mergeId, note } = parseInput(personMergeProposal, input);
  if (keepId === mergeId) throw new AppError('INVALID', `Person ${keepId} proposed as a duplicate of itself`, { reason: 'sameEntry' });
  return inTransaction(viewer, async (tx) => {
    const seen = await tx.person.count({ where: { id: { in: [keepId, mergeId] }, ...visiblePeople(viewer) } });
    if (seen < 2) throw fieldError('mergeId', 'invalidId');
    const either = [{ keepId, mergeId }, { keepId: mergeId, mergeId: keepId }];
    if (await tx.personMergeProposal.count({ where: { OR: either } })) throw fieldError('mergeId', 'alreadyProposed');
    return tx.personMergeProposal.create({ data: { keepId, mergeId, note, proposedById: actorIdOf(viewer) }, select: { id: true } });
  });
}

/** A person the viewer may see, by name, with the entries of a similar name they may think it a duplicate of. */
export async function getPersonAndNamesakes(viewer: Viewer, personId: string) {
  requireStaff(viewer);
  const db = await getDb();
  const person = isId(personId) ? await db.person.findFirst({ where: { id: personId, ...visiblePeople(viewer) }, select: { id: true, nameZh: true, nameEn: true } }) : null;
  if (!person) throw new AppError('NOT_FOUND', `No person ${personId}`);
  const named = await Promise.all([person.nameZh, person.nameEn].filter((name): name is string => Boolean(name)).map((name) => suggestPeople(viewer, name)));
  const namesakes = [...new Map(named.flat().filter((other) => other.id !== person.id).map((other) => [other.id, other])).values()];
  return { person, namesakes };
}

/** The proposals waiting for an admin, oldest first: both entries by name, who proposed it, and why. */
export async function listMergeProposals(viewer: Viewer) {
  requireAdmin(viewer);
  const db = await getDb();
  const entry = { select: { id: true, nameZh: true, nameEn: true } } as const;
  return db.personMergeProposal.findMany({
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: 200,
    select: { id: true, note: true, createdAt: true, keep: entry, merge: entry, proposedBy: { select: { name: true, email: true } } },
  });
}

/** An admin decides two entries are not one person after all. */
export async function dismissMergeProposal(viewer: Viewer, proposalId: string): Promise<void> {
  requireAdmin(viewer);
  await inTransaction(viewer, async (tx) => {
    const { count } = isId(proposalId) ? await tx.personMergeProposal.deleteMany({ where: { id: proposalId } }) : { count: 0 };
    if (count === 0) throw new AppError('NOT_FOUND', `No proposal ${proposalId}`);
  });
}

