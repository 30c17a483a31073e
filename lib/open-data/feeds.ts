import 'server-only';
import type { ExchangeRow } from '../data/open-data';
import type { PublicRelationshipEntry } from '../data/relationships';
import { getExploreMessages } from '../i18n/explore-messages';
import { isoDate } from '../i18n/format';
import { languageTag, type Locale } from '../i18n/locales';
import { localize } from '../i18n/localize';
import { getMessages } from '../i18n/messages';
import { type AtomFeed, toAtom } from './atom';
import { toICalendar } from './icalendar';

/*
 * The timeline as a calendar and as a news feed, and the relationships between cities as a news feed,
 * in one language, for any filtered view: each entry links back to its page in that language.
 */

interface FeedView {
  locale: Locale;
  origin: string;
  /** The filtered view's query string ("?city=zibo"), or ''. */
  query: string;
  exchanges: readonly ExchangeRow[];
}

const pageOf = ({ locale, origin }: FeedView, slug: string) => `${origin}/${locale}/exchanges/${slug}`;

/** What a reader may pick entries by: the kind of exchange, every visiting city, the leading one first, and the host. */
function categoriesOf(locale: Locale, exchange: ExchangeRow): string[] {
  const cityName = (city: { nameZh: string; nameEn: string }) => localize(locale, city.nameZh, city.nameEn) ?? '';
  const cities = [exchange.visitingCity, ...exchange.otherVisitingCities, exchange.hostCity];
  return [getMessages(locale).enums.exchangeKind[exchange.kind], ...cities.map(cityName)];
}

export function exchangesCalendar(view: FeedView): string {
  const t = getMessages(view.locale);
  const text = (zh: string | null, en: string | null) => localize(view.locale, zh, en);
  return toICalendar({
    name: `${t.app.name} · ${t.timeline.title}`,
    description: t.timeline.description,
    events: view.exchanges.map((exchange) => ({
      uid: `${exchange.exchangeId}@jiaoliu`,
      start: isoDate(exchange.startDate),
      end: exchange.endDate ? isoDate(exchange.endDate) : null,
      summary: text(exchange.titleZh, exchange.titleEn) ?? exchange.slug,
      description: [text(exchange.summaryZh, exchange.summaryEn), exchange.dateDisputed ? t.exchange.dateDisputedTitle : null].filter(Boolean).join('\n\n') || null,
      location: text(exchange.hostCity.nameZh, exchange.hostCity.nameEn),
      categories: categoriesOf(view.locale, exchange),
      url: pageOf(view, exchange.slug),
      modified: exchange.updatedAt,
      // A date the sources dispute is not a confirmed one.
      status: exchange.dateDisputed ? 'TENTATIVE' : 'CONFIRMED',
    })),
  });
}

export function exchangesFeed(view: FeedView): string {
  const t = getMessages(view.locale);
  const text = (zh: string | null, en: string | null) => localize(view.locale, zh, en);
  const feed: AtomFeed = {
    id: `${view.origin}/${view.locale}/feeds/exchanges.atom${view.query}`,
    title: `${t.app.name} · ${t.timeline.title}`,
    subtitle: t.timeline.description,
    selfUrl: `${view.origin}/${view.locale}/feeds/exchanges.atom${view.query}`,
    alternateUrl: `${view.origin}/${view.locale}${view.query}`,
    language: languageTag[view.locale],
    updated: view.exchanges.reduce((latest, exchange) => (exchange.updatedAt > latest ? exchange.updatedAt : latest), new Date(0)),
    entries: view.exchanges.map((exchange) => ({
      id: `urn:uuid:${exchange.exchangeId}`,
      title: text(exchange.titleZh, exchange.titleEn) ?? exchange.slug,
      url: pageOf(view, exchange.slug),
      updated: exchange.updatedAt,
      published: exchange.publishedAt,
      summary: text(exchange.summaryZh, exchange.summaryEn),
      categories: categoriesOf(view.locale, exchange),
    })),
  };
  return toAtom(feed);
}

/**
 * Published relationships between cities, the most recently changed first: each entry names the two
 * cities and the kind, says where it stands, and links to the pair's page, where it is shown.
 */
export function relationshipsFeed(view: Omit<FeedView, 'exchanges'> & { relationships: readonly PublicRelationshipEntry[] }): string {
  const { locale, origin, query } = view;
  const t = getMessages(locale);
  const x = getExploreMessages(locale);
  const name = (city: { nameZh: string; nameEn: string }) => localize(locale, city.nameZh, city.nameEn) ?? '';
  const newestFirst = [...view.relationships].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
  const self = `${origin}/${locale}/feeds/relationships.atom${query}`;
  return toAtom({
    id: self,
    title: `${t.app.name} · ${x.relationships.feedTitle}`,
    subtitle: x.relationships.feedDescription,
    selfUrl: self,
    alternateUrl: `${origin}/${locale}/cities`,
    language: languageTag[locale],
    updated: newestFirst[0]?.updatedAt ?? new Date(0),
    entries: newestFirst.map((relationship) => {
      const kind = t.enums.relationshipKind[relationship.kind];
      const status = t.enums.relationshipStatus[relationship.status];
      return {
        id: `urn:uuid:${relationship.relationshipId}`,
        title: `${name(relationship.city)} – ${name(relationship.partnerCity)}: ${x.relationships.kindAndStatus(kind, status)}`,
        url: `${origin}/${locale}/cities/${relationship.city.slug}/${relationship.partnerCity.slug}`,
        updated: relationship.updatedAt,
        published: relationship.publishedAt,
        summary: localize(locale, relationship.summaryZh, relationship.summaryEn),
        categories: [kind, status, name(relationship.city), name(relationship.partnerCity)],
      };
    }),
  });
}
