import { exportExchanges } from '@/lib/data/open-data';
import { anonymous } from '@/lib/data/viewer';
import { exchangeColumns } from '@/lib/open-data/columns';
import { answerOpenData, csvFile, queryOf } from '@/lib/open-data/respond';

/** The timeline's exchanges as CSV, with the timeline's filters (`?city=zibo&partner=liuzhou`). */
export async function GET(request: Request) {
  // Open data is the same for everyone: it is read as the public, whoever asks.
  return answerOpenData(request, () =>
    csvFile(exportExchanges(anonymous, queryOf(request)), exchangeColumns(new URL(request.url).origin), 'jiaoliu-exchanges.csv'),
  );
}
