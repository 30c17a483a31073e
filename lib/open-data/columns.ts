import type { ExportedExchange, ItemRow } from '../data/open-data';
import type { PublicRelationshipEntry } from '../data/relationships';
import { isoDate } from '../i18n/format';
import type { CsvColumn } from './csv';

/*
 * The columns of the CSV downloads: one row per record, one column per field and language. Each
 * column says what it holds; the README's table of columns is written from these descriptions.
 */

export interface DocumentedColumn<T> extends CsvColumn<T> {
  description: string;
}

const day = (date: Date | null) => (date ? isoDate(date) : null);

type City = { slug: string; nameZh: string; nameEn: string };
type Cities = { visitingCity: City; otherVisitingCities: readonly City[]; hostCity: City };

/** Several values in one cell; the import reads the keys back by it. */
export const listSeparator = ';';
const listed = (values: readonly string[]) => values.join(listSeparator) || null;

/** A city as three columns: its key, then its name in each language. */
const cityNamed = <T,>(name: string, description: string, cityOf: (row: T) => City): DocumentedColumn<T>[] => [
  { name, description, value: (row) => cityOf(row).slug },
  { name: `${name}_zh`, description: 'Its name in Chinese', value: (row) => cityOf(row).nameZh },
  { name: `${name}_en`, description: 'Its name in English', value: (row) => cityOf(row).nameEn },
];

const cityColumns = <T,>(cities: (row: T) => Cities): DocumentedColumn<T>[] => [
  ...cityNamed<T>(
    'visiting_city',
    'Key of the city that sent the delegation; when several cities came together, the one that led',
    (row) => cities(row).visitingCity,
  ),
  {
    name: 'other_visiting_cities',
    description: `Keys of the other visiting cities (the rest of a joint delegation, or a forum’s other guests), in order, separated by ${listSeparator} (weifang${listSeparator}qingdao); empty when one city came`,
    value: (row) => listed(cities(row).otherVisitingCities.map((city) => city.slug)),
  },
  {
    name: 'other_visiting_cities_zh',
    description: `Their names in Chinese, in the same order, separated by ${listSeparator}`,
    value: (row) => listed(cities(row).otherVisitingCities.map((city) => city.nameZh)),
  },
  {
    name: 'other_visiting_cities_en',
    description: `Their names in English, in the same order, separated by ${listSeparator}`,
    value: (row) => listed(cities(row).otherVisitingCities.map((city) => city.nameEn)),
  },
  ...cityNamed<T>('host_city', 'Key of the city that received it', (row) => cities(row).hostCity),
];

export function exchangeColumns(origin: string): DocumentedColumn<ExportedExchange>[] {
  return [
    { name: 'id', description: 'The exchange’s permanent id (UUID)', value: (row) => row.exchangeId },
    { name: 'slug', description: 'The key in its web address', value: (row) => row.slug },
    { name: 'url_zh', description: 'Its page in Chinese', value: (row) => `${origin}/zh/exchanges/${row.slug}` },
    { name: 'url_en', description: 'Its page in English', value: (row) => `${origin}/en/exchanges/${row.slug}` },
    {
      name: 'kind',
      description: 'DELEGATION_VISIT, VIRTUAL_MEETING, SIGNING_CEREMONY, FORUM (a forum, conference or expo) or OTHER',
      value: (row) => row.kind,
    },
    { name: 'start_date', description: 'First day, YYYY-MM-DD', value: (row) => day(row.startDate) },
    { name: 'end_date', description: 'Last day, YYYY-MM-DD; empty for a one-day exchange or when unknown', value: (row) => day(row.endDate) },
    { name: 'date_precision', description: 'How precisely the date is known: DAY, MONTH or YEAR', value: (row) => row.datePrecision },
    { name: 'date_disputed', description: 'true when sources disagree on the date (see its page)', value: (row) => row.dateDisputed },
    ...cityColumns<ExportedExchange>((row) => row),
    { name: 'title_zh', description: 'Title in Chinese', value: (row) => row.titleZh },
    { name: 'title_en', description: 'Title in English', value: (row) => row.titleEn },
    { name: 'summary_zh', description: 'Summary in Chinese', value: (row) => row.summaryZh },
    { name: 'summary_en', description: 'Summary in English', value: (row) => row.summaryEn },
    { name: 'event_count', description: 'Number of events (visits, meetings, symposiums)', value: (row) => row.eventCount },
    { name: 'item_count', description: 'Number of cooperation items', value: (row) => row.itemCount },
    { name: 'published_at', description: 'When this version was published (UTC, ISO 8601)', value: (row) => row.publishedAt.toISOString() },
    { name: 'modified_at', description: 'When the public record last changed, progress included (UTC, ISO 8601)', value: (row) => row.updatedAt.toISOString() },
    {
      name: 'links',
      description:
        'Other published exchanges this one returns the visit of, follows up or shares a series with, as KIND:key separated by spaces (RETURNS_VISIT:2023-05-zibo-to-liuzhou)',
      value: (row) => row.links.map((link) => `${link.kind}:${link.slug}`).join(' ') || null,
    },
  ];
}

export function itemColumns(origin: string): DocumentedColumn<ItemRow>[] {
  return [
    { name: 'id', description: 'The item’s permanent id (UUID)', value: (row) => row.id },
    { name: 'title_zh', description: 'Title in Chinese', value: (row) => row.titleZh },
    { name: 'title_en', description: 'Title in English', value: (row) => row.titleEn },
    {
      name: 'status',
      description: 'PROPOSED, AGREED, IN_PROGRESS, COMPLETED, STALLED or CANCELLED',
      value: (row) => row.status,
    },
    { name: 'progress', description: 'Percent complete as last reported; empty when nobody has reported', value: (row) => row.progress },
    { name: 'due_date', description: 'When it is due, YYYY-MM-DD', value: (row) => day(row.dueDate) },
    { name: 'last_update', description: 'Date of the latest progress report; empty when none since the visit', value: (row) => day(row.lastUpdatedOn) },
    { name: 'stale', description: 'true when the item is open and there has been no news of it for six months', value: (row) => row.stale },
    { name: 'exchange_slug', description: 'Key of the exchange it came from', value: (row) => row.publication.slug },
    { name: 'exchange_date', description: 'First day of that exchange', value: (row) => day(row.publication.startDate) },
    { name: 'exchange_title_zh', description: 'That exchange’s title in Chinese', value: (row) => row.publication.titleZh },
    { name: 'exchange_title_en', description: 'That exchange’s title in English', value: (row) => row.publication.titleEn },
    ...cityColumns<ItemRow>((row) => row.publication),
    {
      name: 'origin_url_en',
      description: 'The statement it came from, on the exchange’s English page; empty when not known',
      value: (row) => (row.originStatementNumber ? `${origin}/en/exchanges/${row.publication.slug}#statement-${row.originStatementNumber}` : null),
    },
    { name: 'url_zh', description: 'The item on the exchange’s Chinese page', value: (row) => `${origin}/zh/exchanges/${row.publication.slug}#cooperation` },
    { name: 'url_en', description: 'The item on the exchange’s English page', value: (row) => `${origin}/en/exchanges/${row.publication.slug}#cooperation` },
  ];
}

export const relationshipColumns: DocumentedColumn<PublicRelationshipEntry>[] = [
  { name: 'id', description: 'The relationship’s permanent id (UUID)', value: (row) => row.relationshipId },
  {
    name: 'kind',
    description: 'SISTER_CITY (友好城市), FRIENDSHIP_EXCHANGE (友好交流城市, a step short of sister cities), COOPERATION_AGREEMENT (between the two governments) or OTHER',
    value: (row) => row.kind,
  },
  { name: 'status', description: 'PROPOSED, IN_FORCE, LAPSED (no longer acted on, without having been ended) or ENDED', value: (row) => row.status },
  ...cityNamed<PublicRelationshipEntry>('city', 'Key of one of the two cities, in the record’s order; the filters match either', (row) => row.city),
  ...cityNamed<PublicRelationshipEntry>('partner_city', 'Key of the other city', (row) => row.partnerCity),
  {
    name: 'established_on',
    description: 'When it was established, YYYY-MM-DD: the first day of its month or year when only that is known; empty when not known',
    value: (row) => day(row.establishedOn),
  },
  { name: 'established_precision', description: 'How precisely that date is known: DAY, MONTH or YEAR', value: (row) => row.establishedPrecision },
  { name: 'ended_on', description: 'When it lapsed or ended, likewise; empty while it holds, or when not known', value: (row) => day(row.endedOn) },
  { name: 'ended_precision', description: 'How precisely that date is known: DAY, MONTH or YEAR', value: (row) => row.endedPrecision },
  { name: 'summary_zh', description: 'What the agreement says, in Chinese', value: (row) => row.summaryZh },
  { name: 'summary_en', description: 'What the agreement says, in English', value: (row) => row.summaryEn },
  { name: 'original_language', description: 'The language it was recorded in: zh or en', value: (row) => row.originalLanguage },
  { name: 'translation', description: 'How the other language was produced: HUMAN or MACHINE', value: (row) => row.translation },
  {
    name: 'signing_exchange_slug',
    description: 'Key of the published exchange at which it was signed; empty when none is on record',
    value: (row) => row.signingExchange?.slug,
  },
  { name: 'signing_exchange_title_zh', description: 'That exchange’s title in Chinese', value: (row) => row.signingExchange?.titleZh },
  { name: 'signing_exchange_title_en', description: 'That exchange’s title in English', value: (row) => row.signingExchange?.titleEn },
  { name: 'published_at', description: 'When this version was published (UTC, ISO 8601)', value: (row) => row.publishedAt.toISOString() },
  { name: 'modified_at', description: 'When its public record last changed (UTC, ISO 8601)', value: (row) => row.updatedAt.toISOString() },
];
