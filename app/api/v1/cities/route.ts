import { presentCity } from '@/lib/api/present';
import { listPublicCities } from '@/lib/data/public-cities';
import { anonymous } from '@/lib/data/viewer';
import { answerOpenData, jsonResponse } from '@/lib/open-data/respond';

/** Every city with published exchanges, most exchanges first. */
export async function GET(request: Request) {
  return answerOpenData(request, async () => {
    const origin = new URL(request.url).origin;
    return jsonResponse({ data: (await listPublicCities(anonymous)).map((city) => presentCity(city, origin)) });
  });
}
