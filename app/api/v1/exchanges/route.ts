import { presentExchangeSummary, presentTombstone, pageLinks } from '@/lib/api/present';
import { listApiExchanges } from '@/lib/data/open-data';
import { anonymous } from '@/lib/data/viewer';
import { answerOpenData, jsonResponse, queryOf } from '@/lib/open-data/respond';

/** Published exchanges, newest first, with the timeline's filters; `modified_since` turns it into a mirror's sync. */
export async function GET(request: Request) {
  // Open data is the same for everyone: it is read as the public, whoever asks.
  return answerOpenData(request, async () => {
    const { page, pageCount, total, exchanges } = await listApiExchanges(anonymous, queryOf(request));
    const origin = new URL(request.url).origin;
    return jsonResponse({
      data: exchanges.map(({ withdrawnAt, ...row }) =>
        withdrawnAt ? presentTombstone({ ...row, withdrawnAt }) : presentExchangeSummary(row, origin),
      ),
      page,
      page_count: pageCount,
      total,
      links: pageLinks(request.url, page, pageCount),
    });
  });
}
