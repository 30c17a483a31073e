/*
 * Where the fields of the record forms are found in an exchange as the JSON API gives it
 * (lib/api/resources.ts): the import checks each part of a record with its form's own schema, and
 * names each problem by where it is in the file. A text's language and translation sit beside it
 * (`title.original_language`); the CSV columns are these paths with `_` for `.` (`title_zh`).
 */

export type FieldPaths = Readonly<Record<string, string>>;

const bilingual = (form: string, path: string) => ({ [`${form}Zh`]: `${path}.zh`, [`${form}En`]: `${path}.en` });
/** The language a text was recorded in and how the other was made, as the API gives them with the text. */
const provenanceOf = (path: string) => ({ originalLanguage: `${path}.original_language`, translation: `${path}.translation` });

export const exchangePaths: FieldPaths = {
  kind: 'kind',
  ...bilingual('title', 'title'),
  ...bilingual('summary', 'summary'),
  ...bilingual('purpose', 'purpose'),
  ...bilingual('delegationName', 'delegation_name'),
  delegationSize: 'delegation_size',
  visitingCityId: 'visiting_city.slug',
  /** A list of cities, each `{ "slug": … }`; in a CSV cell, their keys separated by `;`. */
  otherVisitingCityIds: 'other_visiting_cities',
  hostCityId: 'host_city.slug',
  visitingOrganizationId: 'visiting_organization',
  hostOrganizationId: 'host_organization',
  startDate: 'start_date',
  endDate: 'end_date',
  datePrecision: 'date_precision',
  ...bilingual('location', 'location'),
  status: 'status',
  originalLanguage: 'original_language',
  translation: 'translation',
};

/** The exchange's bodies: named in JSON only, since a CSV row has no room for an organization's names. */
export const organizationFields = ['visitingOrganizationId', 'hostOrganizationId'] as const;

export const participantPaths: FieldPaths = {
  personId: 'name',
  ...bilingual('newPersonName', 'name'),
  side: 'side',
  role: 'role',
  ...bilingual('postTitle', 'title'),
};

/** Someone a record names by name alone, such as the proposer of a cooperation item. */
export const personNamePaths: FieldPaths = bilingual('name', 'name');

/** A speaker, or anyone else a record names with the post they held. */
export const personPaths: FieldPaths = { ...personNamePaths, ...bilingual('title', 'title') };

export const eventPaths: FieldPaths = {
  kind: 'kind',
  ...bilingual('title', 'title'),
  ...provenanceOf('title'),
  ...bilingual('description', 'description'),
  date: 'date',
  ...bilingual('location', 'location'),
  // The import reads the sites itself (organizations, or places named as given); a problem with one is reported here.
  siteIds: 'sites_visited',
};

export const topicPaths: FieldPaths = {
  ...bilingual('title', 'title'),
  ...provenanceOf('title'),
  ...bilingual('description', 'description'),
  eventId: 'event_number',
};

export const questionPaths: FieldPaths = {
  ...bilingual('text', 'text'),
  ...provenanceOf('text'),
  askedBySide: 'asked_by_side',
  askedBySideBasis: 'asked_by_side_basis',
};

export const statementPaths: FieldPaths = {
  kind: 'kind',
  form: 'form',
  ...bilingual('text', 'text'),
  ...provenanceOf('text'),
  speakerId: 'speaker',
  speakerSide: 'speaker_side',
  eventId: 'event_number',
};

export const cooperationItemPaths: FieldPaths = {
  ...bilingual('title', 'title'),
  ...provenanceOf('title'),
  ...bilingual('description', 'description'),
  status: 'status',
  dueDate: 'due_date',
  proposedById: 'proposed_by',
  proposedBySide: 'proposed_by_side',
  originStatementId: 'origin_statement_number',
  originTopicId: 'origin_topic_number',
  responsibleCityIds: 'parties',
  partnerCityIds: 'parties',
};

/** What the API adds to an item beyond its form: progress as last reported, and whether anything is known of it. */
export const itemProgressPaths: FieldPaths = { progress: 'progress', lastUpdatedOn: 'last_update', outcomeKnown: 'outcome_known' };

export const progressReportPaths: FieldPaths = {
  occurredOn: 'date',
  status: 'status',
  progress: 'progress',
  ...bilingual('note', 'note'),
  ...provenanceOf('note'),
};

export const evidencePaths: FieldPaths = { url: 'url', ...bilingual('title', 'title') };

export const practicePaths: FieldPaths = { cityId: 'city.slug', ...bilingual('title', 'title'), ...provenanceOf('title'), ...bilingual('description', 'description') };

export const organizationPaths: FieldPaths = { ...bilingual('name', 'name') };

export const sourcePaths: FieldPaths = {
  kind: 'kind',
  ...bilingual('publication', 'publication'),
  ...bilingual('title', 'title'),
  publishedOn: 'published_on',
  url: 'url',
  urlIsReprint: 'url_is_reprint',
  language: 'language',
  ...bilingual('note', 'note'),
};

export const authorPaths: FieldPaths = { ...bilingual('name', 'name'), role: 'role' };

export const claimPaths: FieldPaths = { value: 'value', sourceId: 'source_number', quotation: 'quotation', basis: 'basis', ...bilingual('note', 'note') };

/** A link this record states: the other exchange is named by its key, found on record or in the file. */
export const linkPaths: FieldPaths = { kind: 'kind', targetId: 'exchange.slug' };

/** A source cited for the exchange or one of its parts, by its number in the record's sources. */
export const citationPaths: FieldPaths = { sourceId: 'source_number', locator: 'locator' };
