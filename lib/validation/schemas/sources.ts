import { z } from 'zod';
import { Basis, Language, RecordKind, SourceKind } from '../../generated/prisma/enums';
import { checkbox, enumOf, isoDate, optionalIsoDate, optionalText, optionalUrl, requiredText, uuid } from '../fields';
import { valuesOf } from './exchange';

/** A report, release or document that states facts of an exchange. */
export const sourceFields = z.object({
  kind: enumOf(valuesOf(SourceKind)),
  publicationZh: requiredText(200),
  publicationEn: requiredText(200),
  titleZh: optionalText(500),
  titleEn: optionalText(500),
  publishedOn: optionalIsoDate(),
  url: optionalUrl(2000),
  urlIsReprint: checkbox(),
  language: enumOf(valuesOf(Language)),
  noteZh: optionalText(2000, { multiline: true }),
  noteEn: optionalText(2000, { multiline: true }),
});

/** "This source reports that record", with where in the source. */
export const citationFields = z.object({
  sourceId: uuid(),
  subjectKind: enumOf(valuesOf(RecordKind)),
  subjectId: uuid(),
  locator: optionalText(500),
});

/** The fields of an exchange whose value sources can disagree on; each holds a calendar date. */
export const claimableFields = ['startDate', 'endDate'] as const;
export type ClaimableField = (typeof claimableFields)[number];

/** One source's value for one field of the exchange. */
export const claimFields = z.object({
  field: enumOf(claimableFields),
  value: isoDate(),
  sourceId: uuid(),
  quotation: optionalText(1000),
  basis: enumOf(valuesOf(Basis)),
  noteZh: optionalText(2000, { multiline: true }),
  noteEn: optionalText(2000, { multiline: true }),
});
