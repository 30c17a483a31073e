import 'server-only';
import { Prisma } from '../generated/prisma/client';

/*
 * The cities of a published exchange as raw queries return them, shaped as lib/data/exchange-record.ts's
 * citySelect is, so that a page draws them the same way whichever query found the record.
 */

export type PublicCity = { slug: string; nameZh: string; nameEn: string; provinceZh: string; provinceEn: string };

const cityObject = (alias: string) =>
  `json_build_object('slug', ${alias}.slug, 'nameZh', ${alias}."nameZh", 'nameEn', ${alias}."nameEn", 'provinceZh', ${alias}."provinceZh", 'provinceEn', ${alias}."provinceEn")`;

/** The city joined as `alias`, as one JSON object. */
export const cityJson = (alias: string) => Prisma.raw(cityObject(alias));

/** The visiting cities after the leading one of the publication `publication`, in order, as a JSON array. */
export const otherVisitingCitiesJson = (publication: string) =>
  Prisma.raw(`(SELECT coalesce(json_agg(${cityObject('joined')} ORDER BY pv.position), '[]'::json)
    FROM "PublicationVisitingCity" pv JOIN "City" joined ON joined.id = pv."cityId"
    WHERE pv."publicationId" = ${publication}."exchangeId" AND pv.position > 0)`);
