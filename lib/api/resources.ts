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
  ExchangeStatus,
  Language,
  ParticipantRole,
  RelationshipKind,
  RelationshipStatus,
  Side,
  SourceKind,
  StatementForm,
  StatementKind,
  TranslationKind,
} from '../generated/prisma/enums';

/*
 * What the JSON API answers, as schemas: the contract with the programs that build on the record. The
 * OpenAPI document (openapi.ts) is generated from these, and present.ts builds every answer to fit
 * them, so the document cannot drift from what is sent. Names are snake_case, as in the CSV downloads
 * and the Popolo export; enumerated values are the CSV's too.
 *
 * Each schema with an `id` becomes a named component of the document.
 */

const isoDay = () => z.iso.date().meta({ description: 'A calendar day, YYYY-MM-DD' });
const moment = () => z.iso.datetime().meta({ description: 'A moment in UTC, ISO 8601' });

export const Text = z
  .object({ zh: z.string().nullable(), en: z.string().nullable() })
  .meta({ id: 'Text', description: 'A text in Simplified Chinese and in English; null where it has not been written in that language.' });

export const RecordText = z
  .object({
    zh: z.string().nullable(),
    en: z.string().nullable(),
    original_language: z.enum(Language).meta({ description: 'The language the text was first recorded in' }),
    translation: z.enum(TranslationKind).meta({ description: 'How the other language of this text was produced: by a person or by machine' }),
    translated_at: moment()
      .nullable()
      .meta({ description: 'When the other language of this text was written; null while it is pending, or for a text translated before this was kept per text' }),
    translation_pending: z.boolean().meta({ description: 'Written in its original language only so far: the other language is null until a translation is added' }),
  })
  .meta({ id: 'RecordText', description: 'A text of the record with the language it was said or written in and how its translation was made.' });

export const CityRef = z
  .object({ slug: z.string().meta({ description: 'Key of the city in addresses' }), name: Text, province: Text })
  .meta({ id: 'CityRef' });

/** An exchange's visitors: the city that leads, and those that came with it. */
const visitingCities = {
  visiting_city: CityRef.meta({ description: 'The city that sent the delegation; when several cities came together, the one that led' }),
  other_visiting_cities: z.array(CityRef).meta({
    description: 'The other visiting cities, in the record’s order: the rest of a joint delegation, or a forum’s other guests; empty when one city came',
  }),
};

export const Links = z
  .object({ zh: z.url(), en: z.url() })
  .meta({ id: 'Links', description: 'The record’s public page in each language' });

export const ExchangeSummary = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    kind: z.enum(ExchangeKind).meta({
      description: 'DELEGATION_VISIT: a delegation travelled to the host city; VIRTUAL_MEETING: by video link; SIGNING_CEREMONY: held to sign an agreement; FORUM: a forum, conference or expo the host city held for others; OTHER',
    }),
    title: Text,
    summary: Text,
    start_date: isoDay(),
    end_date: isoDay().nullable(),
    date_precision: z.enum(DatePrecision).meta({ description: 'How precisely the date is known' }),
    date_disputed: z.boolean().meta({ description: 'true when sources disagree on the date; the claims are in the full record' }),
    ...visitingCities,
    host_city: CityRef,
    event_count: z.int().min(0),
    item_count: z.int().min(0),
    published_at: moment(),
    modified_at: moment().meta({ description: 'When the public record last changed, progress included' }),
    pages: Links,
    api_url: z.url().meta({ description: 'The full record in this API' }),
  })
  .meta({ id: 'ExchangeSummary', description: 'A published exchange as lists show it.' });

export const Tombstone = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    withdrawn_at: moment(),
    modified_at: moment(),
  })
  .meta({ id: 'Tombstone', description: 'An exchange taken off the public record. A mirror deletes its copy.' });

const sourceNumber = () => z.int().min(1).meta({ description: 'The number of the source in `sources`' });

const Claim = z.object({
  value: z.string(),
  source_number: sourceNumber(),
  basis: z.enum(Basis),
  accepted: z.boolean().meta({ description: 'Whether editors settled the field on this claim' }),
  quotation: z.string().nullable().meta({ description: 'The words of the source that carry the claim' }),
  note: Text.meta({ description: 'What editors noted about the claim: how the value was read from the source' }),
});

/** The facts of an exchange sources can disagree on, as the API names them. */
export const factNames = ['start_date', 'end_date', 'location', 'delegation_size', 'leader'] as const;
export type FactName = (typeof factNames)[number];

export const Claims = z
  .object({
    state: z.enum(['agreed', 'disputed', 'settled']).meta({
      description: 'agreed: every source gives the same value; disputed: they differ and nobody has settled it; settled: editors accepted one claim',
    }),
    claims: z.array(Claim),
  })
  .meta({ id: 'Claims', description: 'What each source says about a field.' });

const Citation = z
  .object({
    source_number: sourceNumber(),
    locator: z.string().nullable().meta({ description: 'Where in the source: a paragraph, a page, a short quotation' }),
  })
  .meta({ id: 'Citation', description: 'A source that reports this part of the record.' });

const citations = () => z.array(Citation).meta({ description: 'The sources that report it, in the order of their numbers' });

const Person = z.object({ name: Text, title: Text.nullable().meta({ description: 'Their title as of the exchange’s date' }) });

const Participant = Person.extend({
  person_id: z.uuid(),
  side: z.enum(Side),
  role: z.enum(ParticipantRole),
  citations: citations(),
});

const Organization = z.object({ id: z.uuid().nullable(), name: Text }).meta({ id: 'OrganizationRef' });

const Question = z.object({
  id: z.uuid(),
  text: RecordText,
  asked_by_side: z.enum(Side).nullable(),
  asked_by_side_basis: z.enum(Basis).meta({ description: 'How the side that asked is known: stated by a source, inferred by an editor, or unknown' }),
  citations: citations(),
});

/** Where a part of the record took place, by its place in `events`. */
const eventNumber = () => z.int().min(1).nullable().meta({ description: 'The event it belongs to, by its place in `events`, from 1' });

const ProgressReport = z.object({
  date: isoDay(),
  status: z.enum(CooperationStatus),
  progress: z.int().min(0).max(100).nullable(),
  note: RecordText.nullable(),
  evidence: z.array(z.object({ url: z.string().nullable(), title: Text })),
});

const CooperationParty = z.object({
  role: z.enum(CooperationPartyRole),
  city: z.object({ slug: z.string(), name: Text }).nullable(),
  organization: z.object({ name: Text }).nullable(),
});

export const CooperationItem = z
  .object({
    id: z.uuid(),
    title: RecordText,
    description: Text,
    status: z.enum(CooperationStatus),
    progress: z.int().min(0).max(100).nullable().meta({ description: 'Percent complete as last reported' }),
    due_date: isoDay().nullable(),
    last_update: isoDay().nullable().meta({ description: 'Date of the latest progress report; null when none since the visit' }),
    outcome_known: z.boolean().meta({ description: 'Whether anything is known of what followed the proposal' }),
    origin_statement_number: z.int().min(1).nullable().meta({ description: 'The statement it came from, by its number in `statements`' }),
    origin_topic_number: z.int().min(1).nullable().meta({ description: 'The topic it came from, by its place in `topics`, from 1' }),
    proposed_by: z.object({ name: Text }).nullable().meta({ description: 'The person who proposed it, when a source names them' }),
    proposed_by_side: z.enum(Side).nullable(),
    parties: z.array(CooperationParty),
    progress_reports: z.array(ProgressReport).meta({ description: 'Newest first' }),
    citations: citations(),
  })
  .meta({ id: 'CooperationItem', description: 'A cooperation item as its exchange records it, with its history.' });

/** A public document or photo, of an exchange or of a relationship between cities. */
const PublicFile = z.object({
  id: z.uuid(),
  kind: z.enum(['IMAGE', 'DOCUMENT']),
  media_type: z.string().meta({ description: 'As read from the file’s content: image/jpeg, application/pdf, …' }),
  bytes: z.int().min(1),
  file_name: z.string(),
  caption: Text,
  alt: Text.meta({ description: 'What a photo shows, for readers who cannot see it' }),
  credit: z.string(),
  licence: z.string(),
  url: z.url().meta({ description: 'The file as uploaded' }),
  page_images: z
    .array(z.object({ width: z.int().min(1), url: z.url() }))
    .meta({ description: 'For a photo, WebP copies sized for pages, narrowest first, without the original’s metadata' }),
});

const Source = z.object({
  number: z.int().min(1),
  kind: z.enum(SourceKind),
  publication: Text,
  title: Text,
  published_on: isoDay().nullable(),
  url: z.string().nullable(),
  url_is_reprint: z.boolean(),
  language: z.enum(Language),
  note: Text.meta({ description: 'What editors noted about the source: what it is, how it was seen' }),
  authors: z.array(z.object({ name: Text, role: z.enum(AuthorRole) })),
});

export const Exchange = ExchangeSummary.omit({ api_url: true })
  .extend({
    status: z.enum(ExchangeStatus),
    purpose: Text,
    delegation_name: Text,
    delegation_size: z.int().min(1).nullable().meta({ description: 'How many people the delegation had, when a source says' }),
    location: Text,
    original_language: z.enum(Language),
    translation: z.enum(TranslationKind),
    translations_pending: z
      .array(z.string())
      .meta({ description: 'The texts of the record written in their original language only so far, by path: `title`, `events[0].description`, `statements[2].text`' }),
    visiting_organization: Organization.nullable(),
    host_organization: Organization.nullable(),
    start_date_claims: Claims,
    end_date_claims: Claims,
    claims: z
      .array(Claims.extend({ field: z.enum(factNames).meta({ description: 'The fact the sources speak to' }) }))
      .meta({ description: 'What the sources say of each fact they were recorded on, the dates included: the place, the delegation’s size, who led' }),
    citations: citations(),
    participants: z.array(Participant),
    events: z.array(
      z.object({
        id: z.uuid(),
        kind: z.enum(EventKind),
        title: RecordText,
        description: Text,
        date: isoDay().nullable(),
        location: Text,
        sites_visited: z.array(Organization).meta({
          description: 'The places visited, first visited first: an organization on record, or a place not on record (id null), named as the record gives it, in one language or both',
        }),
        citations: citations(),
      }),
    ),
    topics: z.array(
      z.object({ id: z.uuid(), title: RecordText, description: Text, event_number: eventNumber(), questions: z.array(Question), citations: citations() }),
    ),
    questions_without_topic: z.array(Question),
    statements: z.array(
      z.object({
        number: z.int().min(1).meta({ description: 'Its number on the page: `#statement-{number}`' }),
        id: z.uuid(),
        kind: z.enum(StatementKind),
        form: z.enum(StatementForm),
        speaker: Person.nullable(),
        speaker_side: z.enum(Side).nullable(),
        event_number: eventNumber(),
        text: RecordText,
        citations: citations(),
      }),
    ),
    cooperation_items: z.array(CooperationItem),
    practices: z.array(z.object({ id: z.uuid(), city: CityRef, title: RecordText, description: Text, citations: citations() })),
    attachments: z
      .array(
        PublicFile.extend({
          event_number: z.int().min(1).nullable().meta({ description: 'The event it shows, by its number in `events`; null when it is of the exchange as a whole' }),
          progress_report: z
            .object({ item_id: z.uuid(), date: isoDay() })
            .nullable()
            .meta({ description: 'The progress report it is evidence of: its cooperation item and the report’s date' }),
        }),
      )
      .meta({ description: 'The record’s public documents (a signed agreement) and photos' }),
    sources: z.array(Source),
    links: z
      .array(
        z.object({
          kind: z.enum(ExchangeLinkKind).meta({
            description: 'RETURNS_VISIT: a return visit (回访); FOLLOWS_UP: a follow-up; SAME_SERIES: meetings of one series',
          }),
          direction: z.enum(['outgoing', 'incoming']).meta({
            description: 'outgoing: this exchange returns, follows up or shares a series with the other; incoming: the other says so of this one',
          }),
          exchange: z.object({ slug: z.string(), title: Text, start_date: isoDay(), api_url: z.url() }),
        }),
      )
      .meta({ description: 'Links to other published exchanges, from this one’s side, the other’s oldest first' }),
  })
  .meta({ id: 'Exchange', description: 'A published exchange, whole, as its page shows it.' });

export const TrackedItem = z
  .object({
    id: z.uuid(),
    title: Text,
    status: z.enum(CooperationStatus),
    progress: z.int().min(0).max(100).nullable(),
    due_date: isoDay().nullable(),
    last_update: isoDay().nullable(),
    stale: z.boolean().meta({ description: 'true when the item is open and there has been no news of it for six months' }),
    exchange: z.object({
      slug: z.string(),
      title: Text,
      start_date: isoDay(),
      ...visitingCities,
      host_city: CityRef,
      api_url: z.url(),
    }),
    origin_statement_url: Links.nullable().meta({ description: 'The statement it came from, on the exchange’s pages' }),
  })
  .meta({ id: 'TrackedItem', description: 'A cooperation item as the tracker lists it.' });

export const FollowThrough = z
  .object({
    total: z.int().min(0),
    completed: z.int().min(0),
    share: z.number().min(0).max(1).nullable().meta({ description: 'completed ÷ total, cancelled items included; null with no items' }),
    stale: z.int().min(0),
    by_status: z.partialRecord(z.enum(CooperationStatus), z.int().min(0)),
  })
  .meta({ id: 'FollowThrough', description: 'How many of a set of items were completed.' });

export const PublicCity = z
  .object({
    slug: z.string(),
    name: Text,
    province: Text,
    known_for: Text,
    latitude: z.number().min(-90).max(90).nullable(),
    longitude: z.number().min(-180).max(180).nullable(),
    exchange_count: z.int().min(1),
    pages: Links,
  })
  .meta({ id: 'City', description: 'A city with published exchanges.' });

const precisionOf = (field: string) => z.enum(DatePrecision).meta({ description: `How precisely \`${field}\` is known` });

export const Relationship = z
  .object({
    id: z.uuid(),
    kind: z.enum(RelationshipKind).meta({
      description:
        'SISTER_CITY: sister cities (友好城市); FRIENDSHIP_EXCHANGE: friendship-exchange cities (友好交流城市), a step short of sister cities; COOPERATION_AGREEMENT: a cooperation agreement or framework between the two governments; OTHER',
    }),
    status: z.enum(RelationshipStatus).meta({ description: 'PROPOSED; IN_FORCE; LAPSED: no longer acted on, without having been ended; ENDED' }),
    city: CityRef.meta({ description: 'One of the two cities, in the record’s order; the filters match either' }),
    partner_city: CityRef.meta({ description: 'The other city' }),
    established_on: isoDay().nullable().meta({
      description: 'When it was established: the first day of its month or year when only that is known; null when not known',
    }),
    established_precision: precisionOf('established_on'),
    ended_on: isoDay().nullable().meta({ description: 'When it lapsed or ended, likewise; null while it holds, or when not known' }),
    ended_precision: precisionOf('ended_on'),
    summary: Text.meta({ description: 'What the agreement says' }),
    original_language: z.enum(Language).meta({ description: 'The language it was recorded in' }),
    translation: z.enum(TranslationKind).meta({ description: 'How the summary’s other language was produced: by a person or by machine' }),
    signing_exchange: z
      .object({ slug: z.string(), title: Text, api_url: z.url() })
      .nullable()
      .meta({ description: 'The published exchange at which it was signed; null when none is on record' }),
    files: z.array(PublicFile).meta({ description: 'Its public documents (the signed agreement) and photos' }),
    sources: z
      .array(
        z.object({
          number: z.int().min(1),
          publication: Text,
          title: Text,
          published_on: isoDay().nullable(),
          url: z.string().nullable(),
          locator: z.string().nullable().meta({ description: 'Where in the source' }),
        }),
      )
      .meta({ description: 'The sources it is known from, numbered as `claims` name them' }),
    claims: z
      .array(
        z.object({
          field: z.enum(['established_on', 'ended_on']),
          value: z.string().meta({ description: 'The date as precisely as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD' }),
          source_number: z.int().min(1),
          quotation: z.string().nullable().meta({ description: 'The words of the source that give the date' }),
          accepted: z.boolean().meta({ description: 'Whether the editors settled the date on this claim' }),
        }),
      )
      .meta({ description: 'Each source’s date for when it was established or ended; a date with claims of different values and none accepted is disputed' }),
    published_at: moment(),
    modified_at: moment().meta({ description: 'When its public record last changed' }),
  })
  .meta({ id: 'Relationship', description: 'A published relationship between two cities: sister cities, friendship-exchange cities, a cooperation agreement.' });

const PageLinks = z.object({ self: z.url(), next: z.url().nullable(), prev: z.url().nullable() });

const pageOf = <T extends z.ZodType, Extra extends z.ZodRawShape = Record<never, never>>(item: T, id: string, description: string, extra?: Extra) =>
  z
    .object({
      data: z.array(item),
      page: z.int().min(1),
      page_count: z.int().min(1),
      total: z.int().min(0),
      links: PageLinks,
      ...(extra as Extra),
    })
    .meta({ id, description });

export const ExchangePage = pageOf(
  z.union([ExchangeSummary, Tombstone]),
  'ExchangePage',
  'A page of exchanges. With `modified_since`, withdrawn exchanges come as tombstones.',
);

export const ItemPage = pageOf(TrackedItem, 'ItemPage', 'A page of the tracker’s items and the follow-through of all that match.', {
  follow_through: FollowThrough,
});

export const CityList = z.object({ data: z.array(PublicCity) }).meta({ id: 'CityList' });

export const RelationshipList = z
  .object({ data: z.array(Relationship) })
  .meta({ id: 'RelationshipList', description: 'Relationships, the most recently established first and those without a date last.' });

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    errors: z.record(z.string(), z.string()).optional().meta({ description: 'What is wrong with each parameter, by its name' }),
  })
  .meta({ id: 'Problem', description: 'Why a request was refused (RFC 9457), in the language asked for.' });

export type ExchangeSummaryResource = z.output<typeof ExchangeSummary>;
export type TombstoneResource = z.output<typeof Tombstone>;
export type ExchangeResource = z.output<typeof Exchange>;
export type TrackedItemResource = z.output<typeof TrackedItem>;
export type RelationshipResource = z.output<typeof Relationship>;
export type PublicCityResource = z.output<typeof PublicCity>;
export type FollowThroughResource = z.output<typeof FollowThrough>;
export type PageLinksResource = z.output<typeof PageLinks>;
