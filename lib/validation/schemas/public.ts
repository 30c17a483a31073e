import { z } from 'zod';
import { CooperationStatus, ExchangeKind, RelationshipKind, RelationshipStatus } from '../../generated/prisma/enums';
import { crossFieldError, optionalChoice, optionalIntInRange, optionalSlug, optionalText, optionalTimestamp, optionalUuid } from '../fields';
import { valuesOf } from './exchange';

/*
 * The filters of the public pages, as an address's query carries them (and the feeds, downloads and
 * API that serve the same views). Every one may be left out; a value that cannot be a filter is
 * refused with a message rather than ignored, so nobody reads an unfiltered list believing it filtered.
 */

/** Item statuses as they appear in addresses: `status=in_progress`. */
export const statusFilterValues = valuesOf(CooperationStatus).map((status) => status.toLowerCase()) as [Lowercase<CooperationStatus>, ...Lowercase<CooperationStatus>[]];
export const statusOfFilter = (value: Lowercase<CooperationStatus>) => value.toUpperCase() as CooperationStatus;

/** Kinds of exchange as they appear in addresses: `kind=virtual_meeting`. */
export const kindFilterValues = valuesOf(ExchangeKind).map((kind) => kind.toLowerCase()) as [Lowercase<ExchangeKind>, ...Lowercase<ExchangeKind>[]];
export const kindOfFilter = (value: Lowercase<ExchangeKind>) => value.toUpperCase() as ExchangeKind;

export const maxPage = 100_000;

export const exchangeFilters = z
  .object({
    /** Exchanges that involve this city, either way. */
    city: optionalSlug(80),
    /** With `city`: exchanges between the two, either way. */
    partner: optionalSlug(80),
    year: optionalIntInRange(1949, 2100),
    /** Exchanges of this kind (a visit, a virtual meeting, …). */
    kind: optionalChoice(kindFilterValues),
    /** Words of a topic discussed. */
    topic: optionalText(100),
    /** Exchanges with at least one cooperation item in this status. */
    status: optionalChoice(statusFilterValues),
    /** Exchanges a person took part in. */
    person: optionalUuid(),
    page: optionalIntInRange(1, maxPage),
  })
  .refine((filters) => !filters.partner || filters.city, crossFieldError('partner', ['city', 'partner'], 'partnerNeedsCity'))
  .refine((filters) => !filters.partner || filters.partner !== filters.city, crossFieldError('partner', ['city', 'partner'], 'sameCity'));
export type ExchangeFilters = z.output<typeof exchangeFilters>;

/**
 * The API's list of exchanges: the timeline's filters, and `modified_since` for a mirror that asks
 * only for what changed since it last synced.
 */
export const apiExchangeQuery = exchangeFilters.safeExtend({ modified_since: optionalTimestamp() });

/** The filter names, in the order addresses carry them. */
export const exchangeFilterNames = ['city', 'partner', 'year', 'kind', 'topic', 'status', 'person'] as const;

export const searchQuery = z.object({
  q: optionalText(200),
  /** Only what was said or done in exchanges of this kind. */
  kind: optionalChoice(kindFilterValues),
  page: optionalIntInRange(1, maxPage),
});

/** The tracker's filters: `stale` picks open items nobody has reported on for six months. */
export const itemStatusFilterValues = [...statusFilterValues, 'stale'] as const;

export const itemFilters = z
  .object({
    city: optionalSlug(80),
    partner: optionalSlug(80),
    status: optionalChoice(itemStatusFilterValues),
    page: optionalIntInRange(1, maxPage),
  })
  .refine((filters) => !filters.partner || filters.city, crossFieldError('partner', ['city', 'partner'], 'partnerNeedsCity'))
  .refine((filters) => !filters.partner || filters.partner !== filters.city, crossFieldError('partner', ['city', 'partner'], 'sameCity'));
export type ItemFilters = z.output<typeof itemFilters>;

/** Relationship kinds and statuses as addresses write them: `kind=sister_city`, `status=in_force`. */
const lowercased = <T extends Record<string, string>>(values: T) => valuesOf(values).map((value) => value.toLowerCase()) as [Lowercase<T[keyof T]>, ...Lowercase<T[keyof T]>[]];
export const relationshipKindFilterValues = lowercased(RelationshipKind);
export const relationshipStatusFilterValues = lowercased(RelationshipStatus);

/** The published relationships of a city, of a pair, of a kind or a status. */
export const relationshipFilters = z
  .object({
    city: optionalSlug(80),
    partner: optionalSlug(80),
    kind: optionalChoice(relationshipKindFilterValues),
    status: optionalChoice(relationshipStatusFilterValues),
  })
  .refine((filters) => !filters.partner || filters.city, crossFieldError('partner', ['city', 'partner'], 'partnerNeedsCity'))
  .refine((filters) => !filters.partner || filters.partner !== filters.city, crossFieldError('partner', ['city', 'partner'], 'sameCity'));
export type RelationshipFilters = z.output<typeof relationshipFilters>;
