import { presentExchange } from '@/lib/api/present';
import { getPublishedExchange } from '@/lib/data/exchanges';
import { anonymous } from '@/lib/data/viewer';
import { answerOpenData, jsonResponse } from '@/lib/open-data/respond';

/** One published exchange, whole: people, events, topics, statements, items with their history, sources. */
export async function GET(request: Request, { params }: RouteContext<'/api/v1/exchanges/[slug]'>) {
  return answerOpenData(request, async () => {
    return jsonResponse(presentExchange(await getPublishedExchange(anonymous, (await params).slug), new URL(request.url).origin));
  });
}
