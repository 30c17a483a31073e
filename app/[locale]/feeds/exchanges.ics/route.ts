import { notFound } from 'next/navigation';
import { listFeedExchanges } from '@/lib/data/open-data';
import { anonymous } from '@/lib/data/viewer';
import { isLocale } from '@/lib/i18n/locales';
import { exchangesCalendar } from '@/lib/open-data/feeds';
import { answerOpenData, queryOf } from '@/lib/open-data/respond';

/** The timeline's exchanges as an iCalendar file, with the timeline's filters, in the address's language. */
export async function GET(request: Request, { params }: RouteContext<'/[locale]/feeds/exchanges.ics'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const url = new URL(request.url);
  return answerOpenData(request, async () => {
    // Open data is the same for everyone: it is read as the public, whoever asks.
    const exchanges = await listFeedExchanges(anonymous, queryOf(request));
    return new Response(exchangesCalendar({ locale, origin: url.origin, query: url.search, exchanges }), {
      headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': 'attachment; filename="jiaoliu-exchanges.ics"' },
    });
  });
}
