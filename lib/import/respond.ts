import 'server-only';
import { isAdmin } from '../data/access';
import { getViewer } from '../data/current-viewer';
import { checkImport, importExchanges } from '../data/imports';
import { describeError, isAppError } from '../errors';
import { getImportMessages } from '../i18n/import-messages';
import type { Locale } from '../i18n/locales';
import { isSameOrigin } from '../security/same-origin';
import { type ImportMessage, maxUploadBytes, maxUploadMegabytes } from './protocol';

/*
 * How the admin screen's import is answered: the file arrives as a form, and the answer is one JSON
 * message per line (NDJSON), sent as the import goes, so the page can move its progress bar while the
 * transaction runs. Closing the page stops the import, and nothing of it is kept.
 */

const headers = {
  'content-type': 'application/x-ndjson; charset=utf-8',
  // no-transform: a compressing server would hold the lines back until it had enough to compress.
  'cache-control': 'no-store, no-transform',
};

const line = (message: ImportMessage) => `${JSON.stringify(message)}\n`;

function refusal(status: number, message: string): Response {
  return new Response(line({ kind: 'refused', message }), { status, headers });
}

export async function answerImport(request: Request, locale: Locale): Promise<Response> {
  const t = getImportMessages(locale);
  const viewer = await getViewer();
  // lib/data refuses anyone but an admin in any case; this spares reading their upload first.
  if (!isSameOrigin(request) || !isAdmin(viewer)) return refusal(403, describeError('FORBIDDEN', locale));
  // Multipart adds a little around the file; anything far larger is refused before it is read.
  if (Number(request.headers.get('content-length')) > maxUploadBytes + 64 * 1024) return refusal(413, t.tooLarge(maxUploadMegabytes));
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refusal(400, t.cutShort);
  }
  const upload = form.get('file');
  if (!(upload instanceof File) || upload.name === '') return refusal(400, t.noFile);
  if (upload.size > maxUploadBytes) return refusal(413, t.tooLarge(maxUploadMegabytes));
  const file = { name: upload.name, bytes: new Uint8Array(await upload.arrayBuffer()) };
  const dryRun = form.get('dryRun') === 'true';
  const publish = form.get('publish') === 'true';

  const encoder = new TextEncoder();
  let stopped = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (message: ImportMessage) => controller.enqueue(encoder.encode(line(message)));
      const work = async (): Promise<ImportMessage> => {
        if (dryRun) return { kind: 'checked', summary: await checkImport(viewer, file, locale) };
        const outcome = await importExchanges(viewer, file, {
          locale,
          publish,
          onProgress: (progress) => {
            if (stopped) throw new Error('The page that started the import was closed.');
            send({ kind: 'progress', ...progress });
          },
        });
        return outcome.imported ? { kind: 'imported', summary: outcome.summary } : { kind: 'checked', summary: outcome.summary };
      };
      work()
        .catch((error: unknown): ImportMessage => {
          if (isAppError(error)) return { kind: 'refused', message: describeError(error, locale) };
          if (!stopped) console.error(error);
          return { kind: 'refused', message: t.failed };
        })
        .then((message) => {
          if (stopped) return;
          send(message);
          controller.close();
        });
    },
    cancel() {
      stopped = true;
    },
  });
  return new Response(stream, { headers });
}
