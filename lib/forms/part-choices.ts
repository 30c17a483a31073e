import 'server-only';
import type { WorkingExchange } from '../data/workspace';
import { listCityChoices, listLinkChoices, listPersonChoices, listSiteChoices } from '../data/workspace';
import type { Viewer } from '../data/viewer';
import { formatDate } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { localize, localizedList } from '../i18n/localize';
import type { Choices } from './specs';

/** What a part's form may point at: the cities, people and the two cities' organizations on record, and this exchange's own parts. */
export async function partChoices(viewer: Viewer, working: WorkingExchange, locale: Locale): Promise<Choices> {
  const { record, fields } = working;
  const [cities, people, sites, others] = await Promise.all([
    listCityChoices(viewer),
    listPersonChoices(viewer),
    listSiteChoices(viewer, [fields.visitingCityId, ...fields.otherVisitingCityIds, fields.hostCityId]),
    listLinkChoices(viewer, fields.id),
  ]);
  const linkTargets = others.map((other) => ({
    id: other.id,
    label: [
      formatDate(other.startDate, locale, other.datePrecision),
      `${localizedList(locale, [other.visitingCity, ...other.otherVisitingCities])} → ${localize(locale, other.hostCity.nameZh, other.hostCity.nameEn)}`,
      localize(locale, other.titleZh, other.titleEn),
    ].join(' · '),
  }));
  // A virtual meeting visits no sites, so its events are not asked for any.
  const progressReports = record.cooperationItems.flatMap((item) =>
    item.updates.map((update) => ({ id: update.id, label: `${formatDate(update.occurredOn, locale)} · ${localize(locale, item.titleZh, item.titleEn)}` })),
  );
  return { cities, people, linkTargets, progressReports, sites: fields.kind === 'VIRTUAL_MEETING' ? [] : sites, events: record.events, topics: record.topics, statements: record.statements };
}
