import { exportItems } from '@/lib/data/open-data';
import { anonymous } from '@/lib/data/viewer';
import { itemColumns } from '@/lib/open-data/columns';
import { answerOpenData, csvFile, queryOf } from '@/lib/open-data/respond';

/** The tracker's cooperation items as CSV, with the tracker's filters (`?city=zibo&status=stale`). */
export async function GET(request: Request) {
  // Open data is the same for everyone: it is read as the public, whoever asks.
  return answerOpenData(request, () => csvFile(exportItems(anonymous, queryOf(request)), itemColumns(new URL(request.url).origin), 'jiaoliu-cooperation-items.csv'));
}
