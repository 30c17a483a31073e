import { presentPopolo } from '@/lib/api/popolo';
import { exportPopolo } from '@/lib/data/open-data';
import { anonymous } from '@/lib/data/viewer';
import { answerOpenData, jsonResponse, queryOf, requestLocale } from '@/lib/open-data/respond';

/** People, organizations, posts, cities and exchanges of a filtered view, after Popolo and Open Civic Data. */
export async function GET(request: Request) {
  return answerOpenData(request, async () => {
    const data = await exportPopolo(anonymous, queryOf(request));
    return jsonResponse(presentPopolo(data, requestLocale(request), new URL(request.url).origin));
  });
}
