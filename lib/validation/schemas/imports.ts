import { z } from 'zod';
import { AuthorRole, CooperationPartyRole } from '../../generated/prisma/enums';
import { crossFieldError, enumOf, optionalIntInRange, optionalIsoDate, optionalText, optionalUrl, slug } from '../fields';
import { valuesOf } from './exchange';

/*
 * What an imported record holds beyond the record forms (lib/import checks each part with its form's
 * own schema, and these for the rest). Lengths follow the columns in prisma/schema.prisma.
 */

/** The exchange's key: the slug in its address, which says whether it is on record already. */
export const importKey = z.object({ slug: slug(120) });

/** Someone a record names, such as a speaker, with the post they held at the time when it gives one. */
export const importedPerson = z
  .object({ nameZh: optionalText(120), nameEn: optionalText(120), titleZh: optionalText(200), titleEn: optionalText(200) })
  .refine((person) => person.nameZh !== null || person.nameEn !== null, crossFieldError('nameZh', ['nameZh', 'nameEn'], 'nameNeeded'))
  .refine(
    (person) => (person.titleZh === null) === (person.titleEn === null),
    crossFieldError('titleEn', ['titleZh', 'titleEn'], 'titleInBoth'),
  );

/** A cooperation item's progress as last reported, which the record gives beside its reports. */
export const itemProgress = z.object({ progress: optionalIntInRange(0, 100), lastUpdatedOn: optionalIsoDate() });

/** A city or organization taking part in a cooperation item; which one is found apart. */
export const cooperationParty = z.object({ role: enumOf(valuesOf(CooperationPartyRole)) });

/** What a progress report points to as evidence. */
export const progressEvidence = z.object({ url: optionalUrl(2000), titleZh: optionalText(300), titleEn: optionalText(300) });

export const sourceAuthor = z
  .object({ nameZh: optionalText(120), nameEn: optionalText(120), role: enumOf(valuesOf(AuthorRole)) })
  .refine((author) => author.nameZh !== null || author.nameEn !== null, crossFieldError('nameZh', ['nameZh', 'nameEn'], 'nameNeeded'));
