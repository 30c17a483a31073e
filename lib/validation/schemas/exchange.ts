import { z } from 'zod';
import { DatePrecision, ExchangeKind, ExchangeStatus, Language, TranslationKind } from '../../generated/prisma/enums';
import { enumOf, isoDate, optionalIntInRange, optionalIsoDate, optionalText, optionalUuid, requiredText, uuid } from '../fields';

/** A value list of a Prisma enum, as the tuple zod wants. */
export const valuesOf = <T extends Record<string, string>>(values: T) => Object.values(values) as [T[keyof T], ...T[keyof T][]];

/** How the bilingual text of a record was written: which language is the original, and how the other came about. */
export const provenanceFields = {
  originalLanguage: enumOf(valuesOf(Language)),
  translation: enumOf(valuesOf(TranslationKind)),
};

export const exchangeFields = z
  .object({
    kind: enumOf(valuesOf(ExchangeKind)),
    titleZh: requiredText(300),
    titleEn: requiredText(300),
    summaryZh: optionalText(5000, { multiline: true }),
    summaryEn: optionalText(5000, { multiline: true }),
    purposeZh: optionalText(2000, { multiline: true }),
    purposeEn: optionalText(2000, { multiline: true }),
    delegationNameZh: optionalText(200),
    delegationNameEn: optionalText(200),
    delegationSize: optionalIntInRange(1, 10_000),
    visitingCityId: uuid(),
    hostCityId: uuid(),
    /** The bodies that sent and received the delegation (a city government), when known. */
    visitingOrganizationId: optionalUuid(),
    hostOrganizationId: optionalUuid(),
    startDate: isoDate(),
    endDate: optionalIsoDate(),
    datePrecision: enumOf(valuesOf(DatePrecision)),
    locationZh: optionalText(300),
    locationEn: optionalText(300),
    status: enumOf(valuesOf(ExchangeStatus)),
    ...provenanceFields,
  })
  .superRefine((value, context) => {
    if (value.visitingCityId === value.hostCityId) {
      context.addIssue({ code: 'custom', path: ['hostCityId'], message: 'sameCity' });
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
