import { notFound } from 'next/navigation';
import { listPublicRelationships } from '@/lib/data/relationships';
import { anonymous } from '@/lib/data/viewer';
import { isLocale } from '@/lib/i18n/locales';
import { relationshipsFeed } from '@/lib/open-data/feeds';
import { answerOpenData, queryOf } from '@/lib/open-data/respond';

/** Published relationships between cities as an Atom feed, with the API's filters (`city`, `partner`, `kind`, `status`). */
export async function GET(request: Request, { params }: RouteContext<'/[locale]/feeds/relationships.atom'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const url = new URL(request.url);
  return answerOpenData(request, async () => {
    const relationships = await listPublicRelationships(anonymous, queryOf(request));
    return new Response(relationshipsFeed({ locale, origin: url.origin, query: url.search, relationships }), {
      headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
    });
  });
}
