import { openApiDocument } from '@/lib/api/openapi';
import { answerOpenData, jsonResponse } from '@/lib/open-data/respond';

/** The OpenAPI document of the open data, with this server's address in it. */
export async function GET(request: Request) {
  return answerOpenData(request, async () =>
    jsonResponse(openApiDocument(new URL(request.url).origin)),
  );
}
