import 'server-only';
import { Prisma, type PrismaClient } from '../generated/prisma/client';
import type { DatePrecision, ExchangeKind, PublicTextKind } from '../generated/prisma/enums';
import type { SearchQuery } from '../search/terms';
import { cityJson, otherVisitingCitiesJson, type PublicCity as City } from './publication-cities-sql';
import { textMatchesSql } from './public-queries';
import { commonShare, estimatedShareOfTexts } from './search-statistics';

/*
 * The SQL of search's hits (lib/data/search.ts), apart so that the benchmark can explain the very
 * queries the app runs.
 */

export const searchPageSize = 20;
/**
 * Hits are counted up to here, and no further pages are offered: a common word matches most of the
 * record, counting all of it would take seconds, and nobody reads past the best thousand.
 */
export const countedHits = 1000;

/** A hit as the page shows it: the text, and the exchange it belongs to with its two cities. */
export interface HitRow {
  id: string;
  kind: PublicTextKind;
  anchor: string;
  labelZh: string;
  labelEn: string;
  textZh: string;
  textEn: string;
  slug: string;
  titleZh: string;
  titleEn: string;
  startDate: Date;
  endDate: Date | null;
  datePrecision: DatePrecision;
  dateDisputed: boolean;
  visitingCity: City;
  otherVisitingCities: City[];
  hostCity: City;
}

const hitColumns = Prisma.sql`
  t.id, t.kind::text AS kind, t.anchor, t."labelZh", t."labelEn", t."textZh", t."textEn",
  p.slug, p."titleZh", p."titleEn", p."startDate", p."endDate", p."datePrecision"::text AS "datePrecision", p."dateDisputed",
  ${cityJson('visiting')} AS "visitingCity",
      ${otherVisitingCitiesJson('p')} AS "otherVisitingCities", ${cityJson('host')} AS "hostCity"`;

const withCities = Prisma.sql`
  JOIN "City" visiting ON visiting.id = p."visitingCityId"
  JOIN "City" host ON host.id = p."hostCityId"`;

/** What a search looks for: its words, and the kind of exchange when the searcher picked one. */
export interface HitFilter {
  query: SearchQuery;
  exchangeKind?: ExchangeKind;
}

/** Published exchanges, of the kind asked for if any, as `p`. */
export const shownPublicationSql = (exchangeKind: ExchangeKind | undefined) =>
  Prisma.sql`p."withdrawnAt" IS NULL${exchangeKind ? Prisma.sql` AND p.kind = ${exchangeKind}::"ExchangeKind"` : Prisma.empty}`;

/** Published texts other than people's that hold the query, over `texts` (the table, or a window of it) as `t`. */
const hitsSql = ({ query, exchangeKind }: HitFilter, texts = Prisma.sql`"PublicText"`, joined = Prisma.empty) => Prisma.sql`
  ${texts} t JOIN "Publication" p ON p."exchangeId" = t."exchangeId" AND ${shownPublicationSql(exchangeKind)} ${joined}
  WHERE t.kind <> 'PERSON' AND ${textMatchesSql(query)}`;

const newestFirst = Prisma.sql`ORDER BY t."startDate" DESC, t.weight DESC, t.id`;

export async function countHits(db: PrismaClient, filter: HitFilter): Promise<number> {
  const [row] = await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM (SELECT 1 FROM ${hitsSql(filter)} LIMIT ${countedHits + 1}) hit`;
  return Number(row!.count);
}

/**
 * The queries that read a page of hits, in the order readHits tries them: the next is run only when
 * the one before comes up short of a page. The benchmark explains these, as the
 * queries the app runs.
 */
export async function hitQueries(db: PrismaClient, filter: HitFilter, skip: number): Promise<Prisma.Sql[]> {
  const pageOf = (texts?: Prisma.Sql) =>
    Prisma.sql`SELECT ${hitColumns} FROM ${hitsSql(filter, texts, withCities)} ${newestFirst} LIMIT ${searchPageSize} OFFSET ${skip}`;
  const share = await estimatedShareOfTexts(db, filter.query.words);
  if (share < commonShare) return [pageOf()];
  const size = Math.ceil(((skip + searchPageSize) / share) * 4);
  // People's texts are a third of all and never a hit here: the window is of the others.
  return [pageOf(Prisma.sql`(SELECT * FROM "PublicText" t WHERE t.kind <> 'PERSON' ${newestFirst} LIMIT ${size})`), pageOf()];
}
