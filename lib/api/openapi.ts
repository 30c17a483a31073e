import { z } from 'zod';
import { locales } from '../i18n/locales';
import {
  apiExchangeQuery,
  itemFilters,
  itemStatusFilterValues,
  kindFilterValues,
  maxPage,
  relationshipFilters,
  relationshipKindFilterValues,
  relationshipStatusFilterValues,
  statusFilterValues,
} from '../validation/schemas/public';
import { apiPageSize } from '../data/open-data';
import { PopoloExport } from './popolo';
import { CityList, Exchange, ExchangePage, ItemPage, Problem, RelationshipList } from './resources';

/*
 * The OpenAPI 3.1 document of the open data: the JSON API, the downloads and the feeds. Its schemas
 * are generated from resources.ts, the same schemas the answers are built to; its parameters are
 * written out here, one entry per field of the query schemas the data layer checks requests with (the
 * types below refuse a parameter that is checked but not documented, or documented but not checked).
 */

type JsonSchema = Record<string, unknown>;

interface Parameter {
  description: string;
  schema: JsonSchema;
  example?: string | number;
}

const slugSchema = { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 80 };

const cityParameters = {
  city: {
    description: 'Only what involves this city, as host or as a visitor (leading or with others): its key, as listed by /api/v1/cities.',
    schema: slugSchema,
    example: 'zibo',
  },
  partner: {
    description: 'With `city`: only what is between the two cities, either way: one of them hosting, the other among the visitors.',
    schema: slugSchema,
    example: 'liuzhou',
  },
} satisfies Record<string, Parameter>;

const pageParameter = {
  description: 'Which page, from 1.',
  schema: { type: 'integer', minimum: 1, maximum: maxPage, default: 1 },
} satisfies Parameter;

const exchangeParameters = {
  ...cityParameters,
  year: { description: 'Only exchanges that began in this year.', schema: { type: 'integer', minimum: 1949, maximum: 2100 }, example: 2023 },
  kind: {
    description:
      'Only exchanges of this kind: a delegation’s visit in person, a virtual meeting, a signing ceremony, a forum, conference or expo, or another kind.',
    schema: { type: 'string', enum: kindFilterValues },
  },
  topic: { description: 'Only exchanges that discussed a topic with these words (at least two characters each).', schema: { type: 'string', maxLength: 100 }, example: '螺蛳粉' },
  status: { description: 'Only exchanges with at least one cooperation item in this status.', schema: { type: 'string', enum: statusFilterValues } },
  person: { description: 'Only exchanges this person took part in (their id, as in `participants`).', schema: { type: 'string', format: 'uuid' } },
  page: pageParameter,
  modified_since: {
    description:
      'For a mirror: every exchange whose public record changed at or after this moment, oldest change first, ' +
      'including those withdrawn since, as tombstones. A day (YYYY-MM-DD, from midnight UTC) or a date and time with ' +
      'its offset. Keep the greatest `modified_at` you received and send it next time; an exchange changed in that ' +
      'very millisecond comes again, so none is missed.',
    schema: { type: 'string', anyOf: [{ format: 'date' }, { format: 'date-time' }] },
    example: '2026-01-31T08:00:00Z',
  },
} satisfies Record<keyof typeof apiExchangeQuery.shape, Parameter>;

const itemParameters = {
  ...cityParameters,
  status: {
    description: 'Only items in this status; `stale` picks open items with no news for six months.',
    schema: { type: 'string', enum: itemStatusFilterValues },
  },
  page: pageParameter,
} satisfies Record<keyof typeof itemFilters.shape, Parameter>;

const relationshipParameters = {
  city: { ...cityParameters.city, description: 'Only relationships of this city, on either side: its key, as in `city.slug`.' },
  partner: { ...cityParameters.partner, description: 'With `city`: only relationships between the two cities.' },
  kind: {
    description: 'Only relationships of this kind: sister cities, friendship-exchange cities, a cooperation agreement, or another kind.',
    schema: { type: 'string', enum: relationshipKindFilterValues },
    example: 'sister_city',
  },
  status: { description: 'Only relationships in this status.', schema: { type: 'string', enum: relationshipStatusFilterValues }, example: 'in_force' },
} satisfies Record<keyof typeof relationshipFilters.shape, Parameter>;

const langParameter = {
  description: 'The language of error messages (otherwise Accept-Language decides).',
  schema: { type: 'string', enum: locales },
} satisfies Parameter;

const queryParameters = (parameters: Record<string, Parameter>) =>
  Object.entries({ ...parameters, lang: langParameter }).map(([name, parameter]) => ({ name, in: 'query', required: false, ...parameter }));

const schemaRef = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const idOf = (schema: z.ZodType) => String(z.globalRegistry.get(schema)?.id);

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: schemaRef(idOf(Problem)) } } });
const refused = {
  '400': problem('A parameter cannot be used; `errors` says what is wrong with each'),
  '500': problem('Something went wrong on the server; the error has been logged'),
};
const json = (description: string, schema: z.ZodType) => ({ description, content: { 'application/json': { schema: schemaRef(idOf(schema)) } } });
const file = (description: string, contentType: string) => ({ description, content: { [contentType]: { schema: { type: 'string' } } } });

function components(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(z.globalRegistry, { target: 'draft-2020-12', io: 'output', uri: (id) => `#/components/schemas/${id}` });
  // In an OpenAPI document a component is named by its key; its own `$id` and `$schema` would only confuse validators.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $id: _id, $schema: _schema, ...schema }]) => [id, schema as JsonSchema]),
  );
}

const localeParameter = { name: 'locale', in: 'path', required: true, description: 'The language of the feed', schema: { type: 'string', enum: locales } };

/** The document, with `origin` (the address this app is reached at) as its server. */
export function openApiDocument(origin: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Jiaoliu open data',
      version: '1',
      description:
        'The published record of exchanges between cities, the cooperation that followed them and the standing ' +
        'relationships between cities (sister cities, cooperation agreements), in Simplified Chinese ' +
        'and English: read-only, the same for everyone, no key needed. Lists are paged ' +
        `(${apiPageSize} exchanges a page); a bad parameter gets a 400 problem report naming it. ` +
        'The CSV downloads carry the same filters and all matching records at once.',
      license: { name: 'Public record' },
    },
    servers: [{ url: origin }],
    paths: {
      '/api/v1/exchanges': {
        get: {
          operationId: 'listExchanges',
          summary: 'Published exchanges, newest first',
          parameters: queryParameters(exchangeParameters),
          responses: { '200': json('A page of exchanges', ExchangePage), ...refused },
        },
      },
      '/api/v1/exchanges/{slug}': {
        get: {
          operationId: 'getExchange',
          summary: 'One published exchange, whole',
          parameters: [
            { name: 'slug', in: 'path', required: true, description: 'The key in its address', schema: { type: 'string' }, example: '2023-05-zibo-delegation-to-liuzhou' },
            { name: 'lang', in: 'query', required: false, ...langParameter },
          ],
          responses: {
            '200': json('The exchange', Exchange),
            '404': problem('No published exchange has this key (never published, or withdrawn)'),
            '500': refused['500'],
          },
        },
      },
      '/api/v1/items': {
        get: {
          operationId: 'listItems',
          summary: 'The cooperation tracker: every public item, newest exchange first',
          parameters: queryParameters(itemParameters),
          responses: { '200': json('A page of items and the follow-through of all that match', ItemPage), ...refused },
        },
      },
      '/api/v1/cities': {
        get: {
          operationId: 'listCities',
          summary: 'Cities with published exchanges, most first',
          parameters: queryParameters({}),
          responses: { '200': json('The cities', CityList), '500': refused['500'] },
        },
      },
      '/api/v1/relationships': {
        get: {
          operationId: 'listRelationships',
          summary: 'Published relationships between cities (sister cities, friendship-exchange cities, cooperation agreements), the most recently established first',
          description: 'Not paged: at most 1000 relationships, which the filters narrow.',
          parameters: queryParameters(relationshipParameters),
          responses: { '200': json('The relationships', RelationshipList), ...refused },
        },
      },
      '/api/v1/popolo': {
        get: {
          operationId: 'exportPopolo',
          summary: 'People, organizations, posts, cities and exchanges of the matching exchanges, after Popolo and Open Civic Data',
          description:
            'Names are in the language of `lang` (Chinese unless asked otherwise); the other language is an `other_names` ' +
            'entry with its `lang`. Each exchange is an event, with every visiting city and the host among its participants; ' +
            'its site visits, meetings and symposiums are events whose `parent_id` is the exchange.',
          parameters: queryParameters(withoutPage(exchangeParameters)),
          responses: { '200': json('The export', PopoloExport), ...refused },
        },
      },
      '/api/v1/exchanges.csv': {
        get: {
          operationId: 'downloadExchanges',
          summary: 'Every matching exchange as CSV (UTF-8 with a byte-order mark; columns documented in the README)',
          parameters: queryParameters(withoutPage(exchangeParameters)),
          responses: { '200': file('The CSV file', 'text/csv'), ...refused },
        },
      },
      '/api/v1/items.csv': {
        get: {
          operationId: 'downloadItems',
          summary: 'Every matching cooperation item as CSV',
          parameters: queryParameters(withoutPage(itemParameters)),
          responses: { '200': file('The CSV file', 'text/csv'), ...refused },
        },
      },
      '/api/v1/relationships.csv': {
        get: {
          operationId: 'downloadRelationships',
          summary: 'The matching relationships between cities as CSV, the same as /api/v1/relationships gives',
          parameters: queryParameters(relationshipParameters),
          responses: { '200': file('The CSV file', 'text/csv'), ...refused },
        },
      },
      '/{locale}/feeds/exchanges.ics': {
        get: {
          operationId: 'exchangeCalendar',
          summary: 'The newest 100 matching exchanges as an iCalendar feed (RFC 5545)',
          parameters: [localeParameter, ...queryParameters(withoutPage(exchangeParameters))],
          responses: { '200': file('The calendar', 'text/calendar'), ...refused },
        },
      },
      '/{locale}/feeds/exchanges.atom': {
        get: {
          operationId: 'exchangeFeed',
          summary: 'The newest 100 matching exchanges as an Atom feed (RFC 4287)',
          parameters: [localeParameter, ...queryParameters(withoutPage(exchangeParameters))],
          responses: { '200': file('The feed', 'application/atom+xml'), ...refused },
        },
      },
      '/{locale}/feeds/relationships.atom': {
        get: {
          operationId: 'relationshipFeed',
          summary: 'The matching relationships between cities as an Atom feed (RFC 4287), the most recently changed first',
          parameters: [localeParameter, ...queryParameters(relationshipParameters)],
          responses: { '200': file('The feed', 'application/atom+xml'), ...refused },
        },
      },
    },
    components: { schemas: components() },
  };
}

/** A download or feed is of the whole filtered view; it has no pages and no sync. */
function withoutPage({ page: _page, modified_since: _since, ...parameters }: Record<string, Parameter>) {
  return parameters;
}
