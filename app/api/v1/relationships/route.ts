import { presentRelationship } from '@/lib/api/present';
import { listPublicRelationships } from '@/lib/data/relationships';
import { anonymous } from '@/lib/data/viewer';
import { answerOpenData, jsonResponse, queryOf } from '@/lib/open-data/respond';

/** Published relationships between cities (sister cities, cooperation agreements), of a city, a pair, a kind or a status. */
export async function GET(request: Request) {
  // Open data is the same for everyone: it is read as the public, whoever asks.
  return answerOpenData(request, async () => {
    const origin = new URL(request.url).origin;
    const relationships = await listPublicRelationships(anonymous, queryOf(request));
    return jsonResponse({ data: relationships.map((row) => presentRelationship(row, origin)) });
  });
}
