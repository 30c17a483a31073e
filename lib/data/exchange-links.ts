import 'server-only';
import { getDb } from '../db/client';
import type { DatePrecision, ExchangeLinkKind } from '../generated/prisma/enums';
import { cityJson, otherVisitingCitiesJson, type PublicCity as City } from './publication-cities-sql';
import type { Viewer } from './viewer';

/*
 * Links between published exchanges as the public reads them: from each exchange's own side (this
 * visit "returns the visit of" that one; that one "was returned by" this), and only while both are
 * published. A link stated by a draft, or to one, is the staff's alone.
 */


export interface PublicExchangeLink {
  kind: ExchangeLinkKind;
  /** `outgoing`: this exchange states it of the other; `incoming`: the other states it of this one. */
  direction: 'outgoing' | 'incoming';
  /** This exchange, and the other one. */
  exchangeId: string;
  other: { id: string; slug: string; titleZh: string; titleEn: string; startDate: Date; datePrecision: DatePrecision; visitingCity: City; otherVisitingCities: City[]; hostCity: City };
}

/** The links of these published exchanges, both ways, each end shown, oldest other exchange first. */
async function linksOf(exchangeIds: readonly string[]): Promise<PublicExchangeLink[]> {
  if (!exchangeIds.length) return [];
  const db = await getDb();
  const rows = await db.$queryRaw<(Omit<PublicExchangeLink, 'other'> & Omit<PublicExchangeLink['other'], 'id'> & { otherId: string })[]>`
    WITH links AS (
      SELECT l.kind, 'outgoing' AS direction, l."exchangeId", l."targetId" AS "otherId" FROM "PublicLink" l WHERE l."exchangeId" = ANY(${exchangeIds}::uuid[])
      UNION ALL
      SELECT l.kind, 'incoming', l."targetId", l."exchangeId" FROM "PublicLink" l WHERE l."targetId" = ANY(${exchangeIds}::uuid[])
    )
    SELECT links.kind::text AS kind, links.direction, links."exchangeId", links."otherId", o.slug, o."titleZh", o."titleEn", o."startDate",
      o."datePrecision"::text AS "datePrecision", ${cityJson('visiting')} AS "visitingCity",
      ${otherVisitingCitiesJson('o')} AS "otherVisitingCities", ${cityJson('host')} AS "hostCity"
    FROM links
    JOIN "Publication" self ON self."exchangeId" = links."exchangeId" AND self."withdrawnAt" IS NULL
    JOIN "Publication" o ON o."exchangeId" = links."otherId" AND o."withdrawnAt" IS NULL
    JOIN "City" visiting ON visiting.id = o."visitingCityId"
    JOIN "City" host ON host.id = o."hostCityId"
    ORDER BY o."startDate", o."exchangeId"`;
  return rows.map(({ kind, direction, exchangeId, otherId, ...other }) => ({ kind, direction, exchangeId, other: { id: otherId, ...other } }));
}

/** What a published exchange is linked to, and what links to it, as its page shows them. */
export async function listExchangeLinks(_viewer: Viewer, exchangeId: string): Promise<PublicExchangeLink[]> {
  return linksOf([exchangeId]);
}

/** What these published exchanges say of others (a download's rows): their outgoing links alone. */
export async function listOutgoingLinks(_viewer: Viewer, exchangeIds: readonly string[]): Promise<PublicExchangeLink[]> {
  return (await linksOf(exchangeIds)).filter((link) => link.direction === 'outgoing');
}

/** The links among a set of published exchanges (a pair's visits), for reading them as a thread. */
export async function listLinksAmong(_viewer: Viewer, exchangeIds: readonly string[]): Promise<PublicExchangeLink[]> {
  const among = new Set(exchangeIds);
  return (await linksOf(exchangeIds)).filter((link) => link.direction === 'outgoing' && among.has(link.other.id));
}
