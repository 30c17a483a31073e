import { z } from 'zod';
import {
  AuthorRole,
  Basis,
  CooperationPartyRole,
  CooperationStatus,
  DatePrecision,
  EventKind,
  ExchangeKind,
  ExchangeLinkKind,
  FileKind,
  ExchangeStatus,
  Language,
  ParticipantRole,
  PublicationState,
  RecordKind,
  Side,
  SourceKind,
  StatementForm,
  StatementKind,
  TranslationKind,
  Visibility,
} from '../generated/prisma/enums';
import { claimableFields } from '../validation/schemas/sources';
import { decodeRecord, encodeRecord } from './json-record';

/*
 * The record of an exchange as its page shows it, declared once. It is what lib/data/exchange-record.ts
 * builds from the live tables, and what a publication stores for the public to read: the stored copy
 * is checked against this schema when it is read, and a copy written under an older version of the
 * schema is upgraded (upgradePublishedRecord) before anything reads it.
 *
 * Raising the version: change the schema, add the step from the previous version to `upgrades`, and
 * add a test that a record of the previous version comes out right.
 */
export const publishedRecordVersion = 8;

const uuid = z.string();
const date = z.date();
const language = z.enum(Language);
const translation = z.enum(TranslationKind);
const text = z.string();
const optionalText = z.string().nullable();

const citation = z.object({ id: uuid, number: z.number().int(), locator: optionalText });
const citations = z.array(citation);
const cityName = z.object({ slug: z.string(), nameZh: text, nameEn: text, provinceZh: text, provinceEn: text });
const organizationName = z.object({ id: uuid, nameZh: text, nameEn: text });
/** A place an event visited: an organization on record (with its id), or a place not on record, named as the record gives it. */
const site = z.object({ id: uuid.nullable(), nameZh: optionalText, nameEn: optionalText });
const personName = z.object({ nameZh: optionalText, nameEn: optionalText });
const title = z.object({ titleZh: text, titleEn: text }).nullable();
/** A text first written in one language, and how the other came about. */
const narrative = { originalLanguage: language, translation, position: z.number().int(), version: z.number().int() };

/** A document or photo as the public sees it; a relationship's publication keeps its files in this shape too. */
export const publishedAttachment = z.object({
  id: uuid,
  eventId: uuid.nullable(),
  cooperationUpdateId: uuid.nullable(),
  fileKind: z.enum(FileKind),
  mediaType: z.string(),
  byteSize: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  derivativeWidths: z.array(z.number().int()),
  fileName: z.string(),
  captionZh: optionalText,
  captionEn: optionalText,
  altZh: optionalText,
  altEn: optionalText,
  credit: text,
  licence: text,
  visibility: z.enum(Visibility),
  version: z.number().int(),
  citations,
});

const claim = z.object({
  id: uuid,
  subjectKind: z.enum(RecordKind),
  subjectId: uuid,
  field: z.string(),
  value: z.string(),
  sourceId: uuid,
  sourceNumber: z.number().int(),
  quotation: optionalText,
  basis: z.enum(Basis),
  noteZh: optionalText,
  noteEn: optionalText,
  accepted: z.boolean(),
  version: z.number().int(),
});
/** What every source says of one fact of the exchange. */
const claimGroup = z.object({ field: z.enum(claimableFields), state: z.enum(['disputed', 'settled', 'agreed']), claims: z.array(claim) });

const question = z.object({
  id: uuid,
  topicId: uuid.nullable(),
  textZh: text,
  textEn: text,
  askedById: uuid.nullable(),
  askedBySide: z.enum(Side).nullable(),
  askedBySideBasis: z.enum(Basis),
  ...narrative,
  citations,
});

const topicFields = {
  id: uuid,
  eventId: uuid.nullable(),
  titleZh: text,
  titleEn: text,
  descriptionZh: optionalText,
  descriptionEn: optionalText,
  ...narrative,
};

const cooperationUpdate = z.object({
  id: uuid,
  itemId: uuid,
  occurredOn: date,
  status: z.enum(CooperationStatus),
  progress: z.number().int().nullable(),
  noteZh: optionalText,
  noteEn: optionalText,
  originalLanguage: language,
  translation,
  createdAt: date,
  evidence: z.array(
    z.object({ id: uuid, updateId: uuid, sourceId: uuid.nullable(), url: optionalText, titleZh: optionalText, titleEn: optionalText }),
  ),
});

export const exchangeRecordSchema = z.object({
  id: uuid,
  slug: z.string(),
  version: z.number().int(),
  kind: z.enum(ExchangeKind),
  titleZh: text,
  titleEn: text,
  summaryZh: optionalText,
  summaryEn: optionalText,
  purposeZh: optionalText,
  purposeEn: optionalText,
  delegationNameZh: optionalText,
  delegationNameEn: optionalText,
  delegationSize: z.number().int().nullable(),
  /** The leading visiting city; otherVisitingCities are the rest of a joint delegation, or a forum's other guests. */
  visitingCity: cityName,
  otherVisitingCities: z.array(cityName),
  hostCity: cityName,
  visitingOrganization: organizationName.nullable(),
  hostOrganization: organizationName.nullable(),
  startDate: date,
  endDate: date.nullable(),
  datePrecision: z.enum(DatePrecision),
  /** The facts sources have been recorded on, in the order of claimableFields; a fact without claims is not listed. */
  claims: z.array(claimGroup),
  locationZh: optionalText,
  locationEn: optionalText,
  status: z.enum(ExchangeStatus),
  publicationState: z.enum(PublicationState),
  originalLanguage: language,
  translation,
  updatedAt: date,
  citations,
  participants: z.array(
    z.object({
      id: uuid,
      version: z.number().int(),
      personId: uuid,
      titleRecorded: z.boolean(),
      side: z.enum(Side),
      role: z.enum(ParticipantRole),
      ...personName.shape,
      title,
      citations,
    }),
  ),
  events: z.array(
    z.object({
      id: uuid,
      kind: z.enum(EventKind),
      titleZh: text,
      titleEn: text,
      descriptionZh: optionalText,
      descriptionEn: optionalText,
      date: date.nullable(),
      locationZh: optionalText,
      locationEn: optionalText,
      ...narrative,
      sitesVisited: z.array(site),
      citations,
    }),
  ),
  topics: z.array(z.object({ ...topicFields, questions: z.array(question), citations })),
  questionsWithoutTopic: z.array(question),
  statements: z.array(
    z.object({
      id: uuid,
      eventId: uuid.nullable(),
      speakerId: uuid.nullable(),
      speakerRoleId: uuid.nullable(),
      speakerSide: z.enum(Side).nullable(),
      kind: z.enum(StatementKind),
      form: z.enum(StatementForm),
      textZh: text,
      textEn: text,
      ...narrative,
      speaker: personName.nullable(),
      speakerTitle: title,
      citations,
    }),
  ),
  cooperationItems: z.array(
    z.object({
      id: uuid,
      originStatementId: uuid.nullable(),
      originTopicId: uuid.nullable(),
      titleZh: text,
      titleEn: text,
      descriptionZh: optionalText,
      descriptionEn: optionalText,
      proposedById: uuid.nullable(),
      proposedBySide: z.enum(Side).nullable(),
      status: z.enum(CooperationStatus),
      progress: z.number().int().nullable(),
      dueDate: date.nullable(),
      outcomeKnown: z.boolean(),
      lastUpdatedOn: date.nullable(),
      ...narrative,
      proposedBy: personName.nullable(),
      parties: z.array(
        z.object({
          id: uuid,
          cityId: uuid.nullable(),
          organizationId: uuid.nullable(),
          role: z.enum(CooperationPartyRole),
          city: z.object({ slug: z.string(), nameZh: text, nameEn: text }).nullable(),
          organization: z.object({ nameZh: text, nameEn: text }).nullable(),
        }),
      ),
      updates: z.array(cooperationUpdate),
      originStatementNumber: z.number().int().nullable(),
      originTopic: z.object(topicFields).nullable(),
      citations,
    }),
  ),
  practices: z.array(
    z.object({
      id: uuid,
      cityId: uuid,
      titleZh: text,
      titleEn: text,
      descriptionZh: optionalText,
      descriptionEn: optionalText,
      ...narrative,
      city: cityName,
      citations,
    }),
  ),
  /**
   * Links to other exchanges, as this one states them. The other exchange's title and date are for
   * staff; a publication leaves them out (the other may be a draft), and the public reads them from
   * the other's own publication, when there is one.
   */
  links: z.array(
    z.object({
      id: uuid,
      kind: z.enum(ExchangeLinkKind),
      targetId: uuid,
      version: z.number().int(),
      target: z
        .object({
          slug: z.string(),
          titleZh: text,
          titleEn: text,
          startDate: date,
          datePrecision: z.enum(DatePrecision),
          visitingCity: cityName,
          otherVisitingCities: z.array(cityName),
          hostCity: cityName,
        })
        .nullable(),
      citations,
    }),
  ),
  /** Documents and photos; a publication keeps only the public ones. */
  attachments: z.array(publishedAttachment),
  sources: z.array(
    z.object({
      id: uuid,
      number: z.number().int(),
      kind: z.enum(SourceKind),
      publicationZh: text,
      publicationEn: text,
      titleZh: optionalText,
      titleEn: optionalText,
      publishedOn: date.nullable(),
      url: optionalText,
      urlIsReprint: z.boolean(),
      language,
      noteZh: optionalText,
      noteEn: optionalText,
      authors: z.array(z.object({ ...personName.shape, role: z.enum(AuthorRole) })),
    }),
  ),
  /**
   * How the other language of each text came about, per text: the record or part it belongs to, the
   * text's name ("title"), by a person or by machine, and when. A text not listed has its record's
   * `translation` (lib/records/translations.ts, translationOf).
   */
  textTranslations: z.array(z.object({ subjectId: uuid, field: z.string(), kind: translation, translatedAt: date })),
  /** The day titles were resolved for, "YYYY-MM-DD". */
  asOf: z.string(),
});

export type ExchangeRecord = z.output<typeof exchangeRecordSchema>;

/** A stored record that cannot be read as the schema says: a bug or a damaged row, never shown half-read. */
export class PublishedRecordError extends Error {
  override readonly name = 'PublishedRecordError';
}

/** What a publication stores: the record, reduced to the declared fields, as JSON. */
export function encodePublishedRecord(record: ExchangeRecord) {
  return encodeRecord(exchangeRecordSchema.parse(record));
}

/** Reads a stored record of the current version, refusing one that does not match the schema. */
export function readPublishedRecord(stored: unknown, storedVersion: number): ExchangeRecord {
  if (storedVersion !== publishedRecordVersion) {
    throw new PublishedRecordError(
      `A publication of version ${storedVersion} was read before it was upgraded to version ${publishedRecordVersion}.`,
    );
  }
  const parsed = exchangeRecordSchema.safeParse(decodeRecord(stored));
  if (!parsed.success) throw new PublishedRecordError(`A stored publication does not match its schema: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

type StoredRecord = Record<string, unknown>;

/**
 * One step per version: it takes a stored record of version N (as JSON) and returns it as version N + 1.
 * Each step supplies what the older record could not have said, the way the migration that
 * introduced the field filled existing rows.
 */
const upgrades: Record<number, (record: StoredRecord) => StoredRecord> = {
  // Version 2 added the kind of exchange and the delegation's size: every exchange before it was a visit.
  1: (record) => ({ ...record, kind: ExchangeKind.DELEGATION_VISIT, delegationSize: null }),
  // Version 3 added documents and photos.
  2: (record) => ({ ...record, attachments: [] }),
  // Version 4 added links between exchanges.
  3: (record) => ({ ...record, links: [] }),
  // Version 5 let sources disagree on any fact, not the dates alone: one list of what they say, by fact.
  4: ({ dateClaims, endDateClaims, ...record }) => ({
    ...record,
    claims: [
      { field: 'startDate', ...(dateClaims as object) },
      { field: 'endDate', ...(endDateClaims as object) },
    ].filter((group) => (group as unknown as { claims: unknown[] }).claims.length > 0),
  }),
  // Version 6 let a file be evidence of a progress report.
  5: (record) => ({ ...record, attachments: (record.attachments as StoredRecord[]).map((attachment) => ({ ...attachment, cooperationUpdateId: null })) }),
  // Version 7 let several cities visit together: every earlier record had its one visiting city.
  6: (record) => ({ ...record, otherVisitingCities: [] }),
  // Version 8 kept how each text was translated; older records said it of the record as a whole only.
  7: (record) => ({ ...record, textTranslations: [] }),
};

/** Brings a stored record of any earlier version to the current one, checked against the schema. */
export function upgradePublishedRecord(stored: unknown, storedVersion: number) {
  if (storedVersion > publishedRecordVersion || storedVersion < 1) {
    throw new PublishedRecordError(`No upgrade is known from publication version ${storedVersion} to ${publishedRecordVersion}.`);
  }
  let record = stored as StoredRecord;
  for (let version = storedVersion; version < publishedRecordVersion; version++) record = upgrades[version]!(record);
  return encodePublishedRecord(readPublishedRecord(record, publishedRecordVersion));
}
