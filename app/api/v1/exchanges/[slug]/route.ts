import { presentExchange } from '@/lib/api/present';
import { getPublishedExchange } from '@/lib/data/exchanges';
import { anonymous } from '@/lib/data/viewer';
import { answerOpenData, jsonResponse } from '@/lib/open-data/respond';

/** One published exchange, whole: people, events, topics, statements, items with their history, sources. */
export async function GET(request: Request, { params }: RouteContext<'/api/v1/exchanges/[slug]'>) {
  return answerOpenData(request, async () => {
    const { summary, record } = await getPublishedExchange(anonymous, (await params).slug);
    return jsonResponse(presentExchange(summary, record, new URL(request.url).origin));
  });
}
