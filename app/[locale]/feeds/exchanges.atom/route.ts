import { notFound } from 'next/navigation';
import { listFeedExchanges } from '@/lib/data/open-data';
import { anonymous } from '@/lib/data/viewer';
import { isLocale } from '@/lib/i18n/locales';
import { exchangesFeed } from '@/lib/open-data/feeds';
import { answerOpenData, queryOf } from '@/lib/open-data/respond';

/** The timeline's newest exchanges as an Atom feed, with the timeline's filters, in the address's language. */
export async function GET(request: Request, { params }: RouteContext<'/[locale]/feeds/exchanges.atom'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const url = new URL(request.url);
  return answerOpenData(request, async () => {
    // Open data is the same for everyone: it is read as the public, whoever asks.
    const exchanges = await listFeedExchanges(anonymous, queryOf(request));
    return new Response(exchangesFeed({ locale, origin: url.origin, query: url.search, exchanges }), {
      headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
    });
  });
}
