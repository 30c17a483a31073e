import { listPublicRelationships } from '@/lib/data/relationships';
import { anonymous } from '@/lib/data/viewer';
import { relationshipColumns } from '@/lib/open-data/columns';
import { answerOpenData, csvFile, queryOf } from '@/lib/open-data/respond';

/** The published relationships between cities as CSV, with the same filters as the API (`?city=zibo&kind=sister_city`). */
export async function GET(request: Request) {
  // Open data is the same for everyone: it is read as the public, whoever asks.
  return answerOpenData(request, async () =>
    csvFile([await listPublicRelationships(anonymous, queryOf(request))], relationshipColumns, 'jiaoliu-relationships.csv'),
  );
}
