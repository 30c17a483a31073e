import { pageLinks, presentFollowThrough, presentTrackedItem } from '@/lib/api/present';
import { listPublicItems } from '@/lib/data/cooperation-tracker';
import { anonymous } from '@/lib/data/viewer';
import { answerOpenData, jsonResponse, queryOf } from '@/lib/open-data/respond';

/** The cooperation tracker's items, with its filters, and the follow-through of the filtered set. */
export async function GET(request: Request) {
  return answerOpenData(request, async () => {
    const { page, pageCount, total, items, followThrough } = await listPublicItems(anonymous, queryOf(request));
    const origin = new URL(request.url).origin;
    return jsonResponse({
      data: items.map((item) => presentTrackedItem(item, origin)),
      page,
      page_count: pageCount,
      total,
      links: pageLinks(request.url, page, pageCount),
      follow_through: presentFollowThrough(followThrough),
    });
  });
}
