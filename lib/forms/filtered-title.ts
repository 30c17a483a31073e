import { getExploreMessages } from '../i18n/explore-messages';
import type { Locale } from '../i18n/locales';
import { localize } from '../i18n/localize';
import { getMessages } from '../i18n/messages';
import { type itemStatusFilterValues, type kindFilterValues, kindOfFilter, statusOfFilter } from '../validation/schemas/public';

type City = { slug: string; nameZh: string; nameEn: string };

/** A public list's filters as its schema reads them (lib/validation/schemas/public.ts); null is "any". */
interface ListFilters {
  city?: string | null;
  partner?: string | null;
  year?: number | null;
  kind?: (typeof kindFilterValues)[number] | null;
  topic?: string | null;
  status?: (typeof itemStatusFilterValues)[number] | null;
  person?: string | null;
}

/**
 * A list page's title with what the list is narrowed to ("Timeline of exchanges: Zibo ↔ Liuzhou,
 * 2023"), so that views of one list can be told apart in tabs, history and bookmarks, and a screen
 * reader says on arrival which one opened. Filters that cannot be used (`undefined`, as a failed
 * parse gives them) leave the title as it is: the page itself says what is wrong.
 */
export function filteredTitle(title: string, filters: ListFilters | undefined, cities: readonly City[], locale: Locale): string {
  if (!filters) return title;
  const t = getMessages(locale);
  const x = getExploreMessages(locale);
  // A city with nothing published is not in the list; its address name still says what was asked.
  const cityName = (slug: string) => {
    const city = cities.find((candidate) => candidate.slug === slug);
    return city ? localize(locale, city.nameZh, city.nameEn) : slug;
  };
  const { city, partner, year, kind, topic, status, person } = filters;
  const parts = [
    city && (partner ? x.pair.title(cityName(city), cityName(partner)) : cityName(city)),
    year && String(year),
    kind && t.enums.exchangeKind[kindOfFilter(kind)],
    topic && x.filteredBy.topic(topic),
    status && (status === 'stale' ? x.filters.stale : t.enums.cooperationStatus[statusOfFilter(status)]),
    person && x.filters.personFilter,
  ].filter((part): part is string => Boolean(part));
  return parts.length ? t.format.label(title) + t.format.list(parts) : title;
}
