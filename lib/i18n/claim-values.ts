import { claimableFieldKinds, type ClaimableField } from '../validation/schemas/sources';
import { formatIsoDate } from './format';
import type { Locale } from './locales';
import { getMessages } from './messages';

/** A claim's value as a reader reads it: "15 May 2023", "30 people", or the source's own words. */
export function claimValueText(field: ClaimableField, value: string, locale: Locale): string {
  switch (claimableFieldKinds[field]) {
    case 'date':
      return formatIsoDate(value, locale);
    case 'number':
      return getMessages(locale).exchange.delegationSize(Number(value));
    case 'text':
      return value;
  }
}
