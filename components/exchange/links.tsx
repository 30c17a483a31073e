import type { Route } from 'next';
import Link from 'next/link';
import { CityPair } from '@/components/city-pair';
import type { PublicExchangeLink } from '@/lib/data/exchange-links';
import { formatDate } from '@/lib/i18n/format';
import { localize } from '@/lib/i18n/localize';
import { Section, type ViewProps } from './layout';

/** How a link reads from this exchange's side: "Returns the visit of …", or "Its visit was returned by …". */
export function linkLabel(link: PublicExchangeLink, t: ViewProps['t']) {
  return (link.direction === 'outgoing' ? t.enums.exchangeLinkKind : t.enums.exchangeLinkedBy)[link.kind];
}

/** The other exchange of a link: when, who went where, and its title, linking to its page. */
export function LinkedExchange({ link, locale, t }: ViewProps & { link: PublicExchangeLink }) {
  const { other } = link;
  return (
    <>
      <span className="font-medium">{linkLabel(link, t)}</span>{' '}
      <Link href={`/${locale}/exchanges/${other.slug}` as Route} className="text-brand-700 underline">
        {localize(locale, other.titleZh, other.titleEn)}
      </Link>{' '}
      <span className="text-sm text-stone-600">
        ({formatDate(other.startDate, locale, other.datePrecision)} · <CityPair from={other.visitingCity} joining={other.otherVisitingCities} to={other.hostCity} locale={locale} t={t} />)
      </span>
    </>
  );
}

/** The exchanges this one returns, follows up or shares a series with, and those that return or follow it. */
export function Links({ links, locale, t }: ViewProps & { links: readonly PublicExchangeLink[] }) {
  if (!links.length) return null;
  return (
    <Section id="links" title={t.exchange.links}>
      <ul className="space-y-2">
        {links.map((link) => (
          <li key={`${link.direction}-${link.other.id}`}>
            <LinkedExchange link={link} locale={locale} t={t} />
          </li>
        ))}
      </ul>
    </Section>
  );
}
