import type { ExploreMessages } from '@/lib/i18n/explore-messages';
import type { Locale } from '@/lib/i18n/locales';

/**
 * The list as it is filtered, in forms other programs read: a spreadsheet, a calendar, a feed reader,
 * the JSON API.
 * `query` is the list's query string ("?city=zibo"), so each download carries the same filters.
 */
export function SubscribeLinks({ query, locale, x }: { query: string; locale: Locale; x: ExploreMessages }) {
  const links = [
    { href: `/api/v1/exchanges.csv${query}`, label: x.subscribe.csv, download: true },
    { href: `/${locale}/feeds/exchanges.ics${query}`, label: x.subscribe.icalendar, download: true },
    { href: `/${locale}/feeds/exchanges.atom${query}`, label: x.subscribe.atom, download: false },
    { href: `/api/v1/exchanges${query}`, label: x.subscribe.api, download: false },
  ];
  return (
    <nav aria-label={x.subscribe.title} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {links.map((link) => (
        // Plain links: these are files, not pages for the client-side router.
        <a key={link.href} href={link.href} download={link.download || undefined} className="text-brand-700 underline">
          {link.label}
        </a>
      ))}
    </nav>
  );
}
