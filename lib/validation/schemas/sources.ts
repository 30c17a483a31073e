import { z } from 'zod';
import { Basis, Language, RecordKind, SourceKind } from '../../generated/prisma/enums';
import { checkbox, enumOf, intInRange, isoDate, optionalIsoDate, optionalText, optionalUrl, partialIsoDate, requiredText, uuid } from '../fields';
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

/**
 * The facts of an exchange whose value sources can disagree on, and what a claim's value is for each:
 * a calendar date, a number of people, or words (the place, as the source names it; who led, by name).
 */
export const claimableFieldKinds = {
  startDate: 'date',
  endDate: 'date',
  location: 'text',
  delegationSize: 'number',
  leader: 'text',
} as const;
export const claimableFields = Object.keys(claimableFieldKinds) as [ClaimableField, ...ClaimableField[]];
export type ClaimableField = keyof typeof claimableFieldKinds;

const claimValues = { date: isoDate(), number: intInRange(1, 10_000).transform(String), text: requiredText(300) } as const;

/** A claim's value as stored: "2023-05-15", "30", or the words as given, trimmed. */
export const claimValueOf = (field: ClaimableField, value: unknown): string => claimValues[claimableFieldKinds[field]].parse(value);

/** One source's value for one fact of the exchange, checked as that fact's values are. */
export const claimFields = z
  .object({
    field: enumOf(claimableFields),
    value: z.string({ error: 'invalid' }).prefault(''),
    sourceId: uuid(),
    quotation: optionalText(1000),
    basis: enumOf(valuesOf(Basis)),
    noteZh: optionalText(2000, { multiline: true }),
    noteEn: optionalText(2000, { multiline: true }),
  })
  .superRefine((claim, context) => {
    const value = claimValues[claimableFieldKinds[claim.field]].safeParse(claim.value);
    for (const issue of value.error?.issues ?? []) context.addIssue({ ...issue, path: ['value'] } as z.core.$ZodRawIssue);
  });

/** A source cited for a relationship between cities as a whole, with where in the source. */
export const relationshipCitationFields = z.object({ sourceId: uuid(), locator: optionalText(500) });

/** The facts of a relationship sources can disagree on: its dates, each known to the day, month or year. */
export const relationshipClaimableFields = ['establishedOn', 'endedOn'] as const;
export type RelationshipClaimableField = (typeof relationshipClaimableFields)[number];

/** One source's date for a relationship's establishment or end, as precisely as the source gives it. */
export const relationshipClaimFields = z.object({
  field: enumOf(relationshipClaimableFields),
  value: partialIsoDate(),
  sourceId: uuid(),
  quotation: optionalText(1000),
  basis: enumOf(valuesOf(Basis)),
  noteZh: optionalText(2000, { multiline: true }),
  noteEn: optionalText(2000, { multiline: true }),
});
