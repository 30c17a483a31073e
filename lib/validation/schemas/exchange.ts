import { z } from 'zod';
import type { Language as LanguageName } from '../../generated/prisma/enums';
import { DatePrecision, ExchangeKind, ExchangeStatus, Language, TranslationKind } from '../../generated/prisma/enums';
import { enumOf, firstDayAs, optionalIntInRange, optionalPartialIsoDate, optionalText, optionalUuid, orderedIds, partialIsoDate, translatableText, typedPrecision, uuid } from '../fields';

/** A value list of a Prisma enum, as the tuple zod wants. */
export const valuesOf = <T extends Record<string, string>>(values: T) => Object.values(values) as [T[keyof T], ...T[keyof T][]];

/** How the bilingual text of a record was written: which language is the original, and how the other came about. */
export const provenanceFields = {
  originalLanguage: enumOf(valuesOf(Language)),
  translation: enumOf(valuesOf(TranslationKind)),
};

/**
 * A record is written in one language first: the texts named here must be there in that language, and
 * the other language may follow later, from someone else (the text is "translation pending" until then).
 */
export function originalRequired(...texts: readonly string[]) {
  return (value: { originalLanguage: LanguageName }, context: z.RefinementCtx) => {
    const suffix = value.originalLanguage === 'zh' ? 'Zh' : 'En';
    for (const base of texts) {
      if (!(value as unknown as Record<string, unknown>)[`${base}${suffix}`]) context.addIssue({ code: 'custom', path: [`${base}${suffix}`], message: 'requiredInOriginal' });
    }
  };
}

/**
 * Texts that may be left out altogether, but once written are written in the original language first:
 * a text in the other language alone would be a translation of nothing, so it is refused at the
 * original's field.
 */
export function originalFirst(...texts: readonly string[]) {
  return (value: { originalLanguage: LanguageName }, context: z.RefinementCtx) => {
    const [original, translation] = value.originalLanguage === 'zh' ? ['Zh', 'En'] : ['En', 'Zh'];
    const fields = value as unknown as Record<string, unknown>;
    for (const base of texts) {
      if (fields[`${base}${translation}`] && !fields[`${base}${original}`]) context.addIssue({ code: 'custom', path: [`${base}${original}`], message: 'originalFirst' });
    }
  };
}

export const exchangeFields = z
  .object({
    kind: enumOf(valuesOf(ExchangeKind)),
    titleZh: translatableText(300),
    titleEn: translatableText(300),
    summaryZh: optionalText(5000, { multiline: true }),
    summaryEn: optionalText(5000, { multiline: true }),
    purposeZh: optionalText(2000, { multiline: true }),
    purposeEn: optionalText(2000, { multiline: true }),
    delegationNameZh: optionalText(200),
    delegationNameEn: optionalText(200),
    delegationSize: optionalIntInRange(1, 10_000),
    /** The leading visiting city; a joint delegation's or a forum's other cities follow in otherVisitingCityIds. */
    visitingCityId: uuid(),
    otherVisitingCityIds: orderedIds(50),
    hostCityId: uuid(),
    /** The bodies that sent and received the delegation (a city government), when known. */
    visitingOrganizationId: optionalUuid(),
    hostOrganizationId: optionalUuid(),
    /** Known to the day, the month or the year, as datePrecision says: "2023-05" for a month needs no made-up day. */
    startDate: partialIsoDate(),
    endDate: optionalPartialIsoDate(),
    datePrecision: enumOf(valuesOf(DatePrecision)),
    locationZh: optionalText(300),
    locationEn: optionalText(300),
    status: enumOf(valuesOf(ExchangeStatus)),
    ...provenanceFields,
  })
  .superRefine((value, context) => {
    const finer = { YEAR: 0, MONTH: 1, DAY: 2 } as const;
    for (const field of ['startDate', 'endDate'] as const) {
      const typed = value[field];
      if (typed && finer[typedPrecision(typed)] < finer[value.datePrecision]) context.addIssue({ code: 'custom', path: [field], message: 'precisionNeedsMore' });
    }
  })
  // A date known to the month or the year is kept as the first day of that period, whatever day was typed.
  .overwrite((value) => ({
    ...value,
    startDate: firstDayAs(value.startDate, value.datePrecision),
    endDate: value.endDate && firstDayAs(value.endDate, value.datePrecision),
  }))
  .superRefine(originalRequired('title'))
  .superRefine(originalFirst('summary', 'purpose'))
  .superRefine((value, context) => {
    if (value.visitingCityId === value.hostCityId) {
      context.addIssue({ code: 'custom', path: ['hostCityId'], message: 'sameCity' });
    }
    // A city is never on both sides, nor named twice among the visitors.
    if (value.otherVisitingCityIds.some((id, index, ids) => id === value.visitingCityId || id === value.hostCityId || ids.indexOf(id) !== index)) {
      context.addIssue({ code: 'custom', path: ['otherVisitingCityIds'], message: 'cityOnBothSides' });
    }
    if (value.endDate && value.endDate < value.startDate) {
      context.addIssue({ code: 'custom', path: ['endDate'], message: 'endBeforeStart' });
    }
    // Nobody travels to a virtual meeting, so there is no delegation to name or count.
    if (value.kind === 'VIRTUAL_MEETING') {
      for (const field of ['delegationNameZh', 'delegationNameEn', 'delegationSize'] as const) {
        if (value[field] !== null) context.addIssue({ code: 'custom', path: [field], message: 'notForVirtualMeeting' });
      }
    }
  });
export type ExchangeFields = z.infer<typeof exchangeFields>;
