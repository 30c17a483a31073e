import { z } from 'zod';
import { DatePrecision, RelationshipKind, RelationshipStatus } from '../../generated/prisma/enums';
import { enumOf, firstDayAs, optionalPartialIsoDate, optionalText, optionalUuid, typedPrecision, uuid } from '../fields';
import { originalFirst, provenanceFields, valuesOf } from './exchange';

const finer = { YEAR: 0, MONTH: 1, DAY: 2 } as const;

/**
 * A standing relationship between two cities: sister cities (友好城市), friendship-exchange cities
 * (友好交流城市), a cooperation agreement. Its dates are each as precise as the sources say.
 */
export const relationshipFields = z
  .object({
    cityId: uuid(),
    partnerCityId: uuid(),
    kind: enumOf(valuesOf(RelationshipKind)),
    status: enumOf(valuesOf(RelationshipStatus)),
    establishedOn: optionalPartialIsoDate(),
    establishedPrecision: enumOf(valuesOf(DatePrecision)),
    endedOn: optionalPartialIsoDate(),
    endedPrecision: enumOf(valuesOf(DatePrecision)),
    /** What the agreement says, in a sentence or two. */
    summaryZh: optionalText(2000, { multiline: true }),
    summaryEn: optionalText(2000, { multiline: true }),
    /** The exchange at which it was signed, when on record. */
    signingExchangeId: optionalUuid(),
    ...provenanceFields,
  })
  .superRefine(originalFirst('summary'))
  .superRefine((value, context) => {
    for (const [date, precision] of [
      ['establishedOn', 'establishedPrecision'],
      ['endedOn', 'endedPrecision'],
    ] as const) {
      const typed = value[date];
      if (typed && finer[typedPrecision(typed)] < finer[value[precision]]) context.addIssue({ code: 'custom', path: [date], message: 'precisionNeedsMore' });
    }
  })
  .overwrite((value) => ({
    ...value,
    establishedOn: value.establishedOn && firstDayAs(value.establishedOn, value.establishedPrecision),
    endedOn: value.endedOn && firstDayAs(value.endedOn, value.endedPrecision),
  }))
  .superRefine((value, context) => {
    if (value.cityId === value.partnerCityId) context.addIssue({ code: 'custom', path: ['partnerCityId'], message: 'sameCity' });
    if (value.establishedOn && value.endedOn && value.endedOn < value.establishedOn) {
      context.addIssue({ code: 'custom', path: ['endedOn'], message: 'endsBeforeItStarts' });
    }
    // A relationship proposed or in force has not ended; one that lapsed or ended may not know when.
    if (value.endedOn && (value.status === 'PROPOSED' || value.status === 'IN_FORCE')) {
      context.addIssue({ code: 'custom', path: ['endedOn'], message: 'endedButCurrent' });
    }
  });
export type RelationshipFields = z.infer<typeof relationshipFields>;
