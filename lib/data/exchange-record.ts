import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { RecordKind } from '../generated/prisma/enums';
import { isoDate } from '../i18n/format';
import { claimState } from '../records/claims';
import { claimableFields } from '../validation/schemas/sources';
import type { ExchangeRecord } from '../records/published-record';
import { resolveRoleAsOf } from '../records/roles';

/** A client or an open transaction: records are built inside the transaction that publishes them. */
type Db = PrismaClient | Prisma.TransactionClient;

export const citySelect = { slug: true, nameZh: true, nameEn: true, provinceZh: true, provinceEn: true } as const;

/** The cities that joined an exchange's leading visitor, in the record's order. */
export const joiningCitiesSelect = { orderBy: { position: 'asc' }, select: { city: { select: citySelect } } } as const;
/** What names another exchange in a list or a picker: its title, date and cities. */
export const exchangeHeadingSelect = {
  id: true,
  slug: true,
  titleZh: true,
  titleEn: true,
  startDate: true,
  datePrecision: true,
  visitingCity: { select: citySelect },
  joiningCities: joiningCitiesSelect,
  hostCity: { select: citySelect },
} as const;

export const joinedCities = (rows: readonly { city: Prisma.CityGetPayload<{ select: typeof citySelect }> }[]) => rows.map((row) => row.city);

/**
 * Every part of one exchange as its page shows it: its people with their titles as of its date,
 * events, topics and questions, statements, cooperation items with their history, practices, the
 * sources each fact comes from, and the claims of any field the sources disagree on. The caller has
 * already decided that the reader may see it.
 */
export async function loadExchangeRecord(db: Db, exchangeId: string): Promise<ExchangeRecord | null> {
  const exchange = await db.exchange.findFirst({
    where: { id: exchangeId, deletedAt: null },
    include: {
      visitingCity: { select: citySelect },
      joiningCities: joiningCitiesSelect,
      hostCity: { select: citySelect },
      visitingOrganization: { select: { id: true, nameZh: true, nameEn: true } },
      hostOrganization: { select: { id: true, nameZh: true, nameEn: true } },
      participants: {
        orderBy: { position: 'asc' },
        include: { person: { include: { roles: true } }, personRole: true },
      },
      events: {
        orderBy: { position: 'asc' },
        include: {
          sitesVisited: {
            orderBy: { position: 'asc' },
            include: { organization: { select: { id: true, nameZh: true, nameEn: true } } },
          },
        },
      },
      topics: { orderBy: { position: 'asc' } },
      questions: { orderBy: { position: 'asc' } },
      statements: {
        orderBy: { position: 'asc' },
        include: { speaker: { include: { roles: true } }, speakerRole: true },
      },
      cooperationItems: {
        orderBy: { position: 'asc' },
        include: {
          proposedBy: { select: { nameZh: true, nameEn: true } },
          parties: {
            include: {
              city: { select: { slug: true, nameZh: true, nameEn: true } },
              organization: { select: { nameZh: true, nameEn: true } },
            },
          },
          updates: {
            orderBy: [{ occurredOn: 'desc' }, { createdAt: 'desc' }],
            omit: { authorId: true },
            include: { evidence: true },
          },
        },
      },
      practices: { orderBy: [{ position: 'asc' }], include: { city: { select: citySelect } } },
      attachments: { orderBy: [{ position: 'asc' }] },
      links: {
        orderBy: [{ position: 'asc' }],
        include: { target: { select: exchangeHeadingSelect } },
      },
      citations: { select: { id: true, sourceId: true, subjectKind: true, subjectId: true, locator: true } },
      claims: true,
    },
  });
  if (!exchange) return null;

  const sourceIds = [...new Set([...exchange.citations.map((c) => c.sourceId), ...exchange.claims.map((c) => c.sourceId)])];
  // Sources are numbered oldest first (undated ones before them), so a footnote keeps its number
  // from one visit to the next.
  const sourceRows = await db.source.findMany({
    where: { id: { in: sourceIds } },
    orderBy: [{ publishedOn: { sort: 'asc', nulls: 'first' } }, { slug: 'asc' }],
    include: { authors: { orderBy: { position: 'asc' } } },
  });
  const sources = sourceRows.map((source, index) => ({ ...source, number: index + 1 }));
  // The texts' translations, of the exchange and of its parts (a progress report's note among them).
  const textOwners = [
    exchange.id,
    ...[exchange.events, exchange.topics, exchange.questions, exchange.statements, exchange.cooperationItems, exchange.practices].flatMap((parts) => parts.map((part) => part.id)),
    ...exchange.cooperationItems.flatMap((item) => item.updates.map((update) => update.id)),
  ];
  const textTranslations = await db.textTranslation.findMany({
    where: { entityId: { in: textOwners } },
    orderBy: [{ entityId: 'asc' }, { field: 'asc' }],
    select: { entityId: true, field: true, kind: true, translatedAt: true },
  });
  const numberOf = new Map(sources.map((s) => [s.id, s.number]));

  const citationsOf = (kind: RecordKind, id: string) =>
    exchange.citations
      .filter((c) => c.subjectKind === kind && c.subjectId === id)
      .map((c) => ({ id: c.id, number: numberOf.get(c.sourceId)!, locator: c.locator }))
      .sort((a, b) => a.number - b.number);

  const claimsOf = (kind: RecordKind, id: string, field: string) => {
    const claims = exchange.claims
      .filter((c) => c.subjectKind === kind && c.subjectId === id && c.field === field)
      .map((claim) => ({ ...claim, sourceNumber: numberOf.get(claim.sourceId)! }))
      .sort((a, b) => a.value.localeCompare(b.value) || a.sourceNumber - b.sourceNumber);
    return { state: claimState(claims), claims };
  };

  const asOf = exchange.startDate;
  const titleOf = <R extends Parameters<typeof resolveRoleAsOf>[0][number]>(explicit: R | null, roles: readonly R[]) =>
    explicit ?? resolveRoleAsOf(roles, asOf) ?? null;

  return {
    id: exchange.id,
    slug: exchange.slug,
    version: exchange.version,
    kind: exchange.kind,
    titleZh: exchange.titleZh,
    titleEn: exchange.titleEn,
    summaryZh: exchange.summaryZh,
    summaryEn: exchange.summaryEn,
    purposeZh: exchange.purposeZh,
    purposeEn: exchange.purposeEn,
    delegationNameZh: exchange.delegationNameZh,
    delegationNameEn: exchange.delegationNameEn,
    delegationSize: exchange.delegationSize,
    visitingCity: exchange.visitingCity,
    otherVisitingCities: joinedCities(exchange.joiningCities),
    hostCity: exchange.hostCity,
    visitingOrganization: exchange.visitingOrganization,
    hostOrganization: exchange.hostOrganization,
    startDate: exchange.startDate,
    endDate: exchange.endDate,
    datePrecision: exchange.datePrecision,
    claims: claimableFields.map((field) => ({ field, ...claimsOf('EXCHANGE', exchange.id, field) })).filter((group) => group.claims.length > 0),
    locationZh: exchange.locationZh,
    locationEn: exchange.locationEn,
    status: exchange.status,
    publicationState: exchange.publicationState,
    originalLanguage: exchange.originalLanguage,
    translation: exchange.translation,
    updatedAt: exchange.updatedAt,
    citations: citationsOf('EXCHANGE', exchange.id),
    participants: exchange.participants.map((p) => ({
      id: p.id,
      version: p.version,
      personId: p.personId,
      /** Whether the title was recorded for this exchange rather than looked up as of its date. */
      titleRecorded: Boolean(p.personRole),
      side: p.side,
      role: p.role,
      nameZh: p.person.nameZh,
      nameEn: p.person.nameEn,
      title: pickTitle(titleOf(p.personRole, p.person.roles)),
      citations: citationsOf('PARTICIPANT', p.id),
    })),
    events: exchange.events.map((e) => ({
      ...e,
      sitesVisited: e.sitesVisited.map((s) => s.organization ?? { id: null, nameZh: s.nameZh, nameEn: s.nameEn }),
      citations: citationsOf('EVENT', e.id),
    })),
    topics: exchange.topics.map((t) => ({
      ...t,
      questions: exchange.questions
        .filter((q) => q.topicId === t.id)
        .map((q) => ({ ...q, citations: citationsOf('QUESTION', q.id) })),
      citations: citationsOf('TOPIC', t.id),
    })),
    questionsWithoutTopic: exchange.questions
      .filter((q) => !q.topicId)
      .map((q) => ({ ...q, citations: citationsOf('QUESTION', q.id) })),
    statements: exchange.statements.map(({ speaker, speakerRole, ...s }) => ({
      ...s,
      speaker: speaker && { nameZh: speaker.nameZh, nameEn: speaker.nameEn },
      speakerTitle: speaker ? pickTitle(titleOf(speakerRole, speaker.roles)) : null,
      citations: citationsOf('STATEMENT', s.id),
    })),
    cooperationItems: exchange.cooperationItems.map((item) => ({
      ...item,
      originStatementNumber: item.originStatementId
        ? exchange.statements.findIndex((s) => s.id === item.originStatementId) + 1
        : null,
      originTopic: exchange.topics.find((t) => t.id === item.originTopicId) ?? null,
      citations: citationsOf('COOPERATION_ITEM', item.id),
    })),
    practices: exchange.practices.map((p) => ({ ...p, citations: citationsOf('PRACTICE', p.id) })),
    attachments: exchange.attachments.map((a) => ({ ...a, citations: citationsOf('ATTACHMENT', a.id) })),
    links: exchange.links.map(({ target: { joiningCities, ...target }, ...link }) => ({
      ...link,
      target: { ...target, otherVisitingCities: joinedCities(joiningCities) },
      citations: citationsOf('LINK', link.id),
    })),
    sources: sources.map((s) => ({
      id: s.id,
      number: s.number,
      kind: s.kind,
      publicationZh: s.publicationZh,
      publicationEn: s.publicationEn,
      titleZh: s.titleZh,
      titleEn: s.titleEn,
      publishedOn: s.publishedOn,
      url: s.url,
      urlIsReprint: s.urlIsReprint,
      language: s.language,
      noteZh: s.noteZh,
      noteEn: s.noteEn,
      authors: s.authors.map((a) => ({ nameZh: a.nameZh, nameEn: a.nameEn, role: a.role })),
    })),
    textTranslations: textTranslations.map(({ entityId, ...translated }) => ({ subjectId: entityId, ...translated })),
    asOf: isoDate(asOf),
  };
}
export type { ExchangeRecord };

function pickTitle(role: { titleZh: string; titleEn: string } | null) {
  return role && { titleZh: role.titleZh, titleEn: role.titleEn };
}
