import { z } from 'zod';
import { CityLevel, OrganizationKind } from '../../generated/prisma/enums';
import { crossFieldError, enumOf, optionalDecimalInRange, optionalIsoDate, optionalText, optionalUuid, requiredText, slug, uuid, version } from '../fields';
import { valuesOf } from './exchange';
import { changeNote } from './change';

/*
 * The reference data that exchanges point at: cities, organizations, people and the posts people
 * hold. Lengths follow the columns in prisma/schema.prisma.
 */

export const cityFields = z.object({
  slug: slug(80),
  nameZh: requiredText(120),
  nameEn: requiredText(120),
  provinceZh: requiredText(120),
  provinceEn: requiredText(120),
  level: enumOf(valuesOf(CityLevel)),
  // Decimal(8, 5): degrees to five places, about a metre.
  latitude: optionalDecimalInRange(-90, 90, 5),
  longitude: optionalDecimalInRange(-180, 180, 5),
  knownForZh: optionalText(500),
  knownForEn: optionalText(500),
});

export const organizationFields = z.object({
  nameZh: requiredText(200),
  nameEn: requiredText(200),
  kind: enumOf(valuesOf(OrganizationKind)),
  cityId: optionalUuid(),
  /** The body it is a unit of (an institute of an academy). */
  parentId: optionalUuid(),
});

/** A source may name a person in one language only (an English report gives pinyin), but never in none. */
export const personFields = z
  .object({ nameZh: optionalText(120), nameEn: optionalText(120) })
  .refine((person) => person.nameZh !== null || person.nameEn !== null, crossFieldError('nameZh', ['nameZh', 'nameEn'], 'nameNeeded'));

export const personRoleFields = z
  .object({
    organizationId: optionalUuid(),
    titleZh: requiredText(200),
    titleEn: requiredText(200),
    startDate: optionalIsoDate(),
    endDate: optionalIsoDate(),
    attestedOn: optionalIsoDate(),
  })
  .refine(
    (role) => !role.startDate || !role.endDate || role.endDate >= role.startDate,
    crossFieldError('endDate', ['startDate', 'endDate'], 'endBeforeStart'),
  );

/** Staff think `mergeId` is the same person as `keepId`, and say why; an admin decides. */
export const personMergeProposal = z.object({
  keepId: uuid(),
  mergeId: uuid(),
  note: optionalText(2000, { multiline: true }),
});

/** Two entries for one person: `mergeId`'s records move to `keepId`, each as of the version the admin saw. */
export const personMerge = changeNote.extend({
  keepId: uuid(),
  mergeId: uuid(),
  keepVersion: version(),
  mergeVersion: version(),
});
