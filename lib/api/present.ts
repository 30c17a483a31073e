import type { PublicExchangeLink } from '../data/exchange-links';
import type { ExchangeRecord } from '../data/exchange-record';
import type { ExchangeRow, ItemRow } from '../data/open-data';
import type { PublicCity } from '../data/public-cities';
import type { FollowThrough } from '../data/public-queries';
import type { PublicRelationshipEntry } from '../data/relationships';
import { isoDate } from '../i18n/format';
import { claimGroupOf } from '../records/claims';
import { isPending, pendingTranslations, type TextTranslation, translationOf } from '../records/translations';
import type {
  ExchangeResource,
  ExchangeSummaryResource,
  FactName,
  FollowThroughResource,
  PageLinksResource,
  PublicCityResource,
  RelationshipResource,
  TombstoneResource,
  TrackedItemResource,
} from './resources';

/*
 * The JSON API's answers, built from what the data layer reads. Each function returns exactly the
 * shape its schema in resources.ts describes: fields are picked one by one, so nothing the public
 * should not see (ids of editors, internal versions) is passed through by accident.
 */

type Bilingual = { zh: string | null; en: string | null };

/** A text in both languages; one not written yet (a translation still pending) is null. */
const text = (zh: string | null | undefined, en: string | null | undefined): Bilingual => ({ zh: zh || null, en: en || null });
const day = (date: Date | null | undefined) => (date ? isoDate(date) : null);

interface Translated {
  originalLanguage: 'zh' | 'en';
  translation: 'HUMAN' | 'MACHINE';
}
/** A text of a record with its language and how, and when, its other language was written (`translationOf`). */
const recordText = (zh: string | null, en: string | null, { originalLanguage }: Pick<Translated, 'originalLanguage'>, translated: TextTranslation) => ({
  ...text(zh, en),
  original_language: originalLanguage,
  translation: translated.kind,
  translated_at: isPending(zh, en) ? null : (translated.translatedAt?.toISOString() ?? null),
  translation_pending: isPending(zh, en),
});

/** A public document or photo, with the addresses of the file and of a photo's copies for pages. */
function presentFile(attachment: ExchangeRecord['attachments'][number], origin: string) {
  const file = (variant: string) => `${origin}/api/files/${attachment.id}/${variant}`;
  return {
    id: attachment.id,
    kind: attachment.fileKind,
    media_type: attachment.mediaType,
    bytes: attachment.byteSize,
    file_name: attachment.fileName,
    caption: text(attachment.captionZh, attachment.captionEn),
    alt: text(attachment.altZh, attachment.altEn),
    credit: attachment.credit,
    licence: attachment.licence,
    url: file('original'),
    page_images: attachment.derivativeWidths.map((width) => ({ width, url: file(`w${width}`) })),
  };
}

type CityFields = { slug: string; nameZh: string; nameEn: string; provinceZh: string; provinceEn: string };
const cityRef = (city: CityFields) => ({ slug: city.slug, name: text(city.nameZh, city.nameEn), province: text(city.provinceZh, city.provinceEn) });
const visitingCityRefs = (exchange: { visitingCity: CityFields; otherVisitingCities: readonly CityFields[] }) => ({
  visiting_city: cityRef(exchange.visitingCity),
  other_visiting_cities: exchange.otherVisitingCities.map(cityRef),
});

const pagesOf = (origin: string, path: string) => ({ zh: `${origin}/zh${path}`, en: `${origin}/en${path}` });
const exchangeApiUrl = (origin: string, slug: string) => `${origin}/api/v1/exchanges/${slug}`;

export function presentExchangeSummary(row: ExchangeRow, origin: string): ExchangeSummaryResource {
  return {
    id: row.exchangeId,
    slug: row.slug,
    kind: row.kind,
    title: text(row.titleZh, row.titleEn),
    summary: text(row.summaryZh, row.summaryEn),
    start_date: isoDate(row.startDate),
    end_date: day(row.endDate),
    date_precision: row.datePrecision,
    date_disputed: row.dateDisputed,
    ...visitingCityRefs(row),
    host_city: cityRef(row.hostCity),
    event_count: row.eventCount,
    item_count: row.itemCount,
    published_at: row.publishedAt.toISOString(),
    modified_at: row.updatedAt.toISOString(),
    pages: pagesOf(origin, `/exchanges/${row.slug}`),
    api_url: exchangeApiUrl(origin, row.slug),
  };
}

export function presentTombstone(row: { exchangeId: string; slug: string; withdrawnAt: Date; updatedAt: Date }): TombstoneResource {
  return { id: row.exchangeId, slug: row.slug, withdrawn_at: row.withdrawnAt.toISOString(), modified_at: row.updatedAt.toISOString() };
}

type Claims = ExchangeRecord['claims'][number];
/** A fact's name as the API spells its fields: startDate is start_date. */
const snakeCase = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const presentClaims = ({ state, claims }: Claims) => ({
  state,
  claims: claims.map((claim) => ({
    value: claim.value,
    source_number: claim.sourceNumber,
    basis: claim.basis,
    accepted: claim.accepted,
    quotation: claim.quotation,
    note: text(claim.noteZh, claim.noteEn),
  })),
});

type Citations = ExchangeRecord['citations'];
const presentCitations = (citations: Citations) => citations.map((citation) => ({ source_number: citation.number, locator: citation.locator }));

/** A part's place in a list of the record, from 1, by its id; null when it names none. */
const numberIn = (list: readonly { id: string }[], id: string | null) => {
  const index = id === null ? -1 : list.findIndex((entry) => entry.id === id);
  return index === -1 ? null : index + 1;
};

type Title = { titleZh: string; titleEn: string } | null;
const titleText = (title: Title) => (title ? text(title.titleZh, title.titleEn) : null);

type Question = ExchangeRecord['questionsWithoutTopic'][number];
const presentQuestion = (record: ExchangeRecord) => (question: Question) => ({
  id: question.id,
  text: recordText(question.textZh, question.textEn, question, translationOf(record, question, 'text')),
  asked_by_side: question.askedBySide,
  asked_by_side_basis: question.askedBySideBasis,
  citations: presentCitations(question.citations),
});

type Item = ExchangeRecord['cooperationItems'][number];
const presentCooperationItem = (item: Item, record: ExchangeRecord) => ({
  id: item.id,
  title: recordText(item.titleZh, item.titleEn, item, translationOf(record, item, 'title')),
  description: text(item.descriptionZh, item.descriptionEn),
  status: item.status,
  progress: item.progress,
  due_date: day(item.dueDate),
  last_update: day(item.lastUpdatedOn),
  outcome_known: item.outcomeKnown,
  origin_statement_number: item.originStatementNumber,
  origin_topic_number: numberIn(record.topics, item.originTopicId),
  proposed_by: item.proposedBy && { name: text(item.proposedBy.nameZh, item.proposedBy.nameEn) },
  proposed_by_side: item.proposedBySide,
  parties: item.parties.map((party) => ({
    role: party.role,
    city: party.city && { slug: party.city.slug, name: text(party.city.nameZh, party.city.nameEn) },
    organization: party.organization && { name: text(party.organization.nameZh, party.organization.nameEn) },
  })),
  progress_reports: item.updates.map((update) => ({
    date: isoDate(update.occurredOn),
    status: update.status,
    progress: update.progress,
    note: update.noteZh || update.noteEn ? recordText(update.noteZh, update.noteEn, update, translationOf(record, update, 'note')) : null,
    evidence: update.evidence.map((evidence) => ({ url: evidence.url, title: text(evidence.titleZh, evidence.titleEn) })),
  })),
  citations: presentCitations(item.citations),
});

type OrganizationFields = { id?: string | null; nameZh: string | null; nameEn: string | null } | null;
const organizationRef = (organization: OrganizationFields) =>
  organization && { id: organization.id ?? null, name: text(organization.nameZh, organization.nameEn) };

/** A whole published record. `summary` is the publication's row (its counts and times), `record` its page. */
export function presentExchange({ summary, record, links }: { summary: ExchangeRow; record: ExchangeRecord; links: readonly PublicExchangeLink[] }, origin: string): ExchangeResource {
  const { api_url: _apiUrl, ...listed } = presentExchangeSummary(summary, origin);
  return {
    ...listed,
    links: links.map((link) => ({
      kind: link.kind,
      direction: link.direction,
      exchange: {
        slug: link.other.slug,
        title: text(link.other.titleZh, link.other.titleEn),
        start_date: isoDate(link.other.startDate),
        api_url: exchangeApiUrl(origin, link.other.slug),
      },
    })),
    status: record.status,
    purpose: text(record.purposeZh, record.purposeEn),
    delegation_name: text(record.delegationNameZh, record.delegationNameEn),
    delegation_size: record.delegationSize,
    location: text(record.locationZh, record.locationEn),
    original_language: record.originalLanguage,
    translation: record.translation,
    translations_pending: pendingTranslations(record),
    visiting_organization: organizationRef(record.visitingOrganization),
    host_organization: organizationRef(record.hostOrganization),
    start_date_claims: presentClaims(claimGroupOf(record, 'startDate')),
    end_date_claims: presentClaims(claimGroupOf(record, 'endDate')),
    claims: record.claims.map((group) => ({ field: snakeCase(group.field) as FactName, ...presentClaims(group) })),
    citations: presentCitations(record.citations),
    participants: record.participants.map((participant) => ({
      person_id: participant.personId,
      name: text(participant.nameZh, participant.nameEn),
      title: titleText(participant.title),
      side: participant.side,
      role: participant.role,
      citations: presentCitations(participant.citations),
    })),
    events: record.events.map((event) => ({
      id: event.id,
      kind: event.kind,
      title: recordText(event.titleZh, event.titleEn, event, translationOf(record, event, 'title')),
      description: text(event.descriptionZh, event.descriptionEn),
      date: day(event.date),
      location: text(event.locationZh, event.locationEn),
      sites_visited: event.sitesVisited.map((site) => organizationRef(site)!),
      citations: presentCitations(event.citations),
    })),
    topics: record.topics.map((topic) => ({
      id: topic.id,
      title: recordText(topic.titleZh, topic.titleEn, topic, translationOf(record, topic, 'title')),
      description: text(topic.descriptionZh, topic.descriptionEn),
      event_number: numberIn(record.events, topic.eventId),
      questions: topic.questions.map(presentQuestion(record)),
      citations: presentCitations(topic.citations),
    })),
    questions_without_topic: record.questionsWithoutTopic.map(presentQuestion(record)),
    statements: record.statements.map((statement, index) => ({
      number: index + 1,
      id: statement.id,
      kind: statement.kind,
      form: statement.form,
      speaker: statement.speaker && { name: text(statement.speaker.nameZh, statement.speaker.nameEn), title: titleText(statement.speakerTitle) },
      speaker_side: statement.speakerSide,
      event_number: numberIn(record.events, statement.eventId),
      text: recordText(statement.textZh, statement.textEn, statement, translationOf(record, statement, 'text')),
      citations: presentCitations(statement.citations),
    })),
    cooperation_items: record.cooperationItems.map((item) => presentCooperationItem(item, record)),
    practices: record.practices.map((practice) => ({
      id: practice.id,
      city: cityRef(practice.city),
      title: recordText(practice.titleZh, practice.titleEn, practice, translationOf(record, practice, 'title')),
      description: text(practice.descriptionZh, practice.descriptionEn),
      citations: presentCitations(practice.citations),
    })),
    attachments: record.attachments.map((attachment) => {
      const eventIndex = record.events.findIndex((event) => event.id === attachment.eventId);
      const item = record.cooperationItems.find((candidate) => candidate.updates.some((update) => update.id === attachment.cooperationUpdateId));
      const report = item?.updates.find((update) => update.id === attachment.cooperationUpdateId);
      return {
        ...presentFile(attachment, origin),
        event_number: eventIndex < 0 ? null : eventIndex + 1,
        progress_report: item && report ? { item_id: item.id, date: isoDate(report.occurredOn) } : null,
      };
    }),
    sources: record.sources.map((source) => ({
      number: source.number,
      kind: source.kind,
      publication: text(source.publicationZh, source.publicationEn),
      title: text(source.titleZh, source.titleEn),
      published_on: day(source.publishedOn),
      url: source.url,
      url_is_reprint: source.urlIsReprint,
      language: source.language,
      note: text(source.noteZh, source.noteEn),
      authors: source.authors.map((author) => ({ name: text(author.nameZh, author.nameEn), role: author.role })),
    })),
  };
}

export function presentTrackedItem(row: ItemRow, origin: string): TrackedItemResource {
  const exchange = row.publication;
  return {
    id: row.id,
    title: text(row.titleZh, row.titleEn),
    status: row.status,
    progress: row.progress,
    due_date: day(row.dueDate),
    last_update: day(row.lastUpdatedOn),
    stale: row.stale,
    exchange: {
      slug: exchange.slug,
      title: text(exchange.titleZh, exchange.titleEn),
      start_date: isoDate(exchange.startDate),
      ...visitingCityRefs(exchange),
      host_city: cityRef(exchange.hostCity),
      api_url: exchangeApiUrl(origin, exchange.slug),
    },
    origin_statement_url: row.originStatementNumber ? pagesOf(origin, `/exchanges/${exchange.slug}#statement-${row.originStatementNumber}`) : null,
  };
}

export function presentFollowThrough(followThrough: FollowThrough): FollowThroughResource {
  return {
    total: followThrough.total,
    completed: followThrough.completed,
    share: followThrough.share,
    stale: followThrough.stale,
    by_status: followThrough.byStatus,
  };
}

export function presentCity(city: PublicCity, origin: string): PublicCityResource {
  return {
    slug: city.slug,
    name: text(city.nameZh, city.nameEn),
    province: text(city.provinceZh, city.provinceEn),
    known_for: text(city.knownForZh, city.knownForEn),
    latitude: city.latitude,
    longitude: city.longitude,
    exchange_count: city.exchangeCount,
    pages: pagesOf(origin, `/cities/${city.slug}`),
  };
}

export function presentRelationship(row: PublicRelationshipEntry, origin: string): RelationshipResource {
  const signing = row.signingExchange;
  return {
    id: row.relationshipId,
    kind: row.kind,
    status: row.status,
    city: cityRef(row.city),
    partner_city: cityRef(row.partnerCity),
    established_on: day(row.establishedOn),
    established_precision: row.establishedPrecision,
    ended_on: day(row.endedOn),
    ended_precision: row.endedPrecision,
    summary: text(row.summaryZh, row.summaryEn),
    original_language: row.originalLanguage,
    translation: row.translation,
    signing_exchange: signing && { slug: signing.slug, title: text(signing.titleZh, signing.titleEn), api_url: exchangeApiUrl(origin, signing.slug) },
    files: row.attachments.map((file) => presentFile(file, origin)),
    sources: row.sources.map((source) => ({
      number: source.number,
      publication: text(source.publicationZh, source.publicationEn),
      title: text(source.titleZh, source.titleEn),
      published_on: source.publishedOn,
      url: source.url,
      locator: source.locator,
    })),
    claims: row.claims.map((claim) => ({
      field: claim.field === 'endedOn' ? ('ended_on' as const) : ('established_on' as const),
      value: claim.value,
      source_number: claim.sourceNumber,
      quotation: claim.quotation,
      accepted: claim.accepted,
    })),
    published_at: row.publishedAt.toISOString(),
    modified_at: row.updatedAt.toISOString(),
  };
}

/** Links to a list's neighbouring pages: the request's own address with another `page`. */
export function pageLinks(requestUrl: string, page: number, pageCount: number): PageLinksResource {
  const at = (target: number) => {
    const url = new URL(requestUrl);
    if (target === 1) url.searchParams.delete('page');
    else url.searchParams.set('page', String(target));
    return url.toString();
  };
  return { self: requestUrl, next: page < pageCount ? at(page + 1) : null, prev: page > 1 ? at(Math.min(page - 1, pageCount)) : null };
}
