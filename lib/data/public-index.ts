import type { Prisma } from '../generated/prisma/client';
import type { PublicTextKind } from '../generated/prisma/enums';
import { readPublishedRecord } from '../records/published-record';
import { normalizeText, searchTerms } from '../search/terms';
import type { ExchangeRecord } from './exchange-record';

/*
 * The public read model: what the search and the cooperation tracker query, derived from the
 * publication (the record as the public sees it) inside the transaction that writes it. It holds
 * nothing the publication does not; a withdrawn publication's rows stay and are filtered out by the
 * reads, so putting a record back needs no rebuild.
 */

type Tx = Prisma.TransactionClient;

/** How much a hit counts in search: a match in what an exchange is about outranks one in a remark. */
const weightOf: Record<PublicTextKind, number> = {
  EXCHANGE: 6,
  COOPERATION_ITEM: 4,
  PERSON: 4,
  TOPIC: 3,
  PRACTICE: 3,
  STATEMENT: 2,
  QUESTION: 2,
};

interface IndexedText {
  kind: PublicTextKind;
  subjectId: string;
  anchor: string;
  cityId?: string | null;
  labelZh: string;
  labelEn: string;
  textZh: string;
  textEn: string;
  /** Text that finds the part without being shown with it (the cities of an exchange). */
  alsoFoundBy?: readonly (string | null | undefined)[];
}

const joined = (...texts: readonly (string | null | undefined)[]) => texts.filter(Boolean).join(' ');

/** The cities of an exchange's two sides: the published record names them but does not carry their ids. */
export interface ExchangeCities {
  visitingCityId: string;
  hostCityId: string;
}

export function publicTextsOf(record: ExchangeRecord, cities: ExchangeCities): IndexedText[] {
  const cityOfSide = { VISITING: cities.visitingCityId, HOST: cities.hostCityId, THIRD_PARTY: null };
  const texts: IndexedText[] = [
    {
      kind: 'EXCHANGE',
      subjectId: record.id,
      anchor: '',
      labelZh: record.titleZh,
      labelEn: record.titleEn,
      textZh: joined(record.summaryZh, record.purposeZh),
      textEn: joined(record.summaryEn, record.purposeEn),
      alsoFoundBy: [
        record.visitingCity.nameZh,
        record.visitingCity.nameEn,
        ...record.otherVisitingCities.flatMap((city) => [city.nameZh, city.nameEn]),
        record.hostCity.nameZh,
        record.hostCity.nameEn,
        record.delegationNameZh,
        record.delegationNameEn,
        record.locationZh,
        record.locationEn,
        record.visitingOrganization?.nameZh,
        record.visitingOrganization?.nameEn,
        record.hostOrganization?.nameZh,
        record.hostOrganization?.nameEn,
      ],
    },
  ];
  const seenPeople = new Set<string>();
  for (const participant of record.participants) {
    if (seenPeople.has(participant.personId)) continue;
    seenPeople.add(participant.personId);
    texts.push({
      kind: 'PERSON',
      subjectId: participant.personId,
      anchor: 'people',
      cityId: cityOfSide[participant.side],
      labelZh: participant.nameZh ?? participant.nameEn ?? '',
      labelEn: participant.nameEn ?? participant.nameZh ?? '',
      textZh: participant.title?.titleZh ?? '',
      textEn: participant.title?.titleEn ?? '',
    });
  }
  for (const topic of record.topics) {
    texts.push({ kind: 'TOPIC', subjectId: topic.id, anchor: 'topics', labelZh: topic.titleZh, labelEn: topic.titleEn, textZh: topic.descriptionZh ?? '', textEn: topic.descriptionEn ?? '' });
  }
  for (const question of [...record.topics.flatMap((topic) => topic.questions), ...record.questionsWithoutTopic]) {
    texts.push({ kind: 'QUESTION', subjectId: question.id, anchor: 'topics', labelZh: '', labelEn: '', textZh: question.textZh, textEn: question.textEn });
  }
  record.statements.forEach((statement, index) => {
    texts.push({
      kind: 'STATEMENT',
      subjectId: statement.id,
      anchor: `statement-${index + 1}`,
      labelZh: statement.speaker?.nameZh ?? statement.speaker?.nameEn ?? '',
      labelEn: statement.speaker?.nameEn ?? statement.speaker?.nameZh ?? '',
      textZh: statement.textZh,
      textEn: statement.textEn,
    });
  });
  for (const item of record.cooperationItems) {
    texts.push({ kind: 'COOPERATION_ITEM', subjectId: item.id, anchor: 'cooperation', labelZh: item.titleZh, labelEn: item.titleEn, textZh: item.descriptionZh ?? '', textEn: item.descriptionEn ?? '' });
  }
  for (const practice of record.practices) {
    texts.push({ kind: 'PRACTICE', subjectId: practice.id, anchor: 'practices', cityId: practice.cityId, labelZh: practice.titleZh, labelEn: practice.titleEn, textZh: practice.descriptionZh ?? '', textEn: practice.descriptionEn ?? '' });
  }
  return texts;
}

/** Replaces an exchange's rows in the read model with those of the record just published. */
export async function writePublicIndex(tx: Tx, record: ExchangeRecord, cities: ExchangeCities): Promise<void> {
  const exchangeId = record.id;
  await tx.publicText.deleteMany({ where: { exchangeId } });
  await tx.publicItem.deleteMany({ where: { exchangeId } });
  await tx.publicLink.deleteMany({ where: { exchangeId } });
  await tx.publicText.createMany({
    data: publicTextsOf(record, cities).map(({ alsoFoundBy = [], ...text }) => {
      const foundBy = [text.labelZh, text.labelEn, text.textZh, text.textEn, ...alsoFoundBy];
      return {
        ...text,
        exchangeId,
        weight: weightOf[text.kind],
        startDate: record.startDate,
        searchText: normalizeText(foundBy.filter(Boolean).join('\n')),
        terms: searchTerms(...foundBy),
      };
    }),
  });
  await tx.publicItem.createMany({
    data: record.cooperationItems.map((item) => ({ exchangeId, ...publicItemFields(item) })),
  });
  await tx.publicLink.createMany({ data: record.links.map(({ id, kind, targetId }) => ({ id, exchangeId, kind, targetId })) });
}

/** Progress reaches the public at once: the tracker's row follows the item's latest entry. */
export async function refreshPublicItem(tx: Tx, item: ExchangeRecord['cooperationItems'][number]): Promise<void> {
  const { status, progress, lastUpdatedOn } = publicItemFields(item);
  await tx.publicItem.updateMany({ where: { id: item.id }, data: { status, progress, lastUpdatedOn } });
}

function publicItemFields(item: ExchangeRecord['cooperationItems'][number]) {
  return {
    id: item.id,
    position: item.position,
    titleZh: item.titleZh,
    titleEn: item.titleEn,
    status: item.status,
    progress: item.progress,
    dueDate: item.dueDate,
    lastUpdatedOn: item.lastUpdatedOn,
    originStatementNumber: item.originStatementNumber,
  };
}

/**
 * Builds the read model of publications that lack it: those published before it existed. Runs when
 * the database is prepared; a publication always has at least its own row, so none is built twice.
 */
export async function indexUnindexedPublications(tx: Tx): Promise<number> {
  const unindexed = await tx.publication.findMany({
    where: { texts: { none: {} } },
    select: { record: true, recordVersion: true, visitingCityId: true, hostCityId: true },
  });
  for (const { record, recordVersion, ...cities } of unindexed) await writePublicIndex(tx, readPublishedRecord(record, recordVersion), cities);
  return unindexed.length;
}
