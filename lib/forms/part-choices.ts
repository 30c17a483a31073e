import 'server-only';
import type { WorkingExchange } from '../data/workspace';
import { listCityChoices, listLinkChoices, listPersonChoices, listSiteChoices } from '../data/workspace';
import type { Viewer } from '../data/viewer';
import type { DatePrecision } from '../generated/prisma/enums';
import { formatDate } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { localize, localizedList } from '../i18n/localize';
import type { Choices } from './specs';

type City = { nameZh: string; nameEn: string };
type ExchangeChoice = { id: string; titleZh: string; titleEn: string; startDate: Date; datePrecision: DatePrecision; visitingCity: City; otherVisitingCities: City[]; hostCity: City };

/** Exchanges to pick from, each labelled by when, who went where and its title. */
export function exchangeChoices(locale: Locale, exchanges: readonly ExchangeChoice[]): Choices['linkTargets'] {
  return exchanges.map((exchange) => ({
    id: exchange.id,
    label: [
      formatDate(exchange.startDate, locale, exchange.datePrecision),
      `${localizedList(locale, [exchange.visitingCity, ...exchange.otherVisitingCities])} → ${localize(locale, exchange.hostCity.nameZh, exchange.hostCity.nameEn)}`,
      localize(locale, exchange.titleZh, exchange.titleEn),
    ].join(' · '),
  }));
}

const day = 24 * 60 * 60 * 1000;

/** The days of a visit of several days known to the day, up to a month of them; none otherwise. */
function visitDays({ startDate, endDate, datePrecision }: { startDate: Date; endDate: Date | null; datePrecision: DatePrecision }): string[] | undefined {
  if (datePrecision !== 'DAY' || !endDate) return undefined;
  const count = Math.round((endDate.getTime() - startDate.getTime()) / day) + 1;
  if (count < 2 || count > 31) return undefined;
  return Array.from({ length: count }, (_, n) => new Date(startDate.getTime() + n * day).toISOString().slice(0, 10));
}

/** What a part's form may point at: the cities, people and the two cities' organizations on record, and this exchange's own parts. */
export async function partChoices(viewer: Viewer, working: WorkingExchange, locale: Locale): Promise<Choices> {
  const { record, fields } = working;
  const [cities, people, sites, others] = await Promise.all([
    listCityChoices(viewer),
    listPersonChoices(viewer),
    listSiteChoices(viewer, [fields.visitingCityId, ...fields.otherVisitingCityIds, fields.hostCityId]),
    listLinkChoices(viewer, fields.id),
  ]);
  const linkTargets = exchangeChoices(locale, others);
  const progressReports = record.cooperationItems.flatMap((item) =>
    item.updates.map((update) => ({ id: update.id, label: `${formatDate(update.occurredOn, locale)} · ${localize(locale, item.titleZh, item.titleEn)}` })),
  );
  // Delegations visit the host city's sites most, so they come first. A virtual meeting visits none,
  // so its events are not asked for any.
  const rank = (site: { cityId: string | null }) => (site.cityId === fields.hostCityId ? 0 : site.cityId ? 1 : 2);
  const hostFirst = sites.map((site, index) => ({ site, index })).sort((a, b) => rank(a.site) - rank(b.site) || a.index - b.index).map(({ site }) => site);
  return {
    cities,
    people,
    linkTargets,
    progressReports,
    sites: fields.kind === 'VIRTUAL_MEETING' ? null : hostFirst,
    events: record.events,
    topics: record.topics,
    statements: record.statements,
    visitDays: visitDays(fields),
  };
}
