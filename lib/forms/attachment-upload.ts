import 'server-only';
import { Readable } from 'node:stream';
import busboy from 'busboy';
import { addAttachment, type AttachmentOwner, checkAttachmentUpload } from '../data/attachments';
import { getViewer } from '../data/current-viewer';
import { describeError, isAppError } from '../errors';
import { type SpooledFile, type SpoolResult, spoolUpload, uploadLimit } from '../files/spool';
import type { Locale } from '../i18n/locales';
import { dataContentSecurityPolicy, securityHeaders } from '../security/headers';
import { isSameOrigin } from '../security/same-origin';
import { getWorkspaceMessages } from '../i18n/workspace-messages';
import { formError, type FormState } from '../validation/form';
import { getFormTexts, type ValidationKey, validationMessage } from '../validation/messages';
import { refusalState } from './respond';

/*
 * How an upload of a document or photo is answered. The file streams from the request to a temporary
 * file (lib/files/spool.ts) as it arrives, never whole in memory, and is refused as soon as it passes
 * the limit; the form's other fields come before it in the same request. The answer is the form's
 * state as JSON, which the upload form shows as a server action's would be shown.
 *
 * This route is left out of the proxy (proxy.ts), which would read the whole body before passing it
 * on, so it sets the security headers itself.
 */

const headers = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  ...securityHeaders(dataContentSecurityPolicy, { development: process.env.NODE_ENV === 'development', production: process.env.NODE_ENV === 'production' }),
};

const answer = (status: number, state: FormState & { id?: string }) => new Response(JSON.stringify(state), { status, headers });
const refuse = (status: number, message: string) => answer(status, formError(message, {}));
/** A refusal of the file itself, shown at the file field as any other field's problem. */
const refuseFile = (status: number, locale: Locale, key: ValidationKey, params?: Record<string, number>) =>
  answer(status, formError(getFormTexts(locale).fieldsNeedAttention(1), {}, { fieldErrors: { file: validationMessage(locale, key, params) } }));
const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

/** What a multipart request holds: its text fields, and its one file spooled to disk (or why not). */
interface ReadUpload {
  fields: Record<string, string>;
  file: SpoolResult | null;
  fileName: string;
}

function readMultipart(request: Request, limit: number): Promise<ReadUpload> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: Object.fromEntries(request.headers),
        limits: { files: 1, fields: 20, fieldSize: 10_000, parts: 22 },
        defParamCharset: 'utf8',
      });
    } catch (error) {
      reject(error);
      return;
    }
    const fields: Record<string, string> = {};
    let spooled: Promise<SpoolResult> | null = null;
    let fileName = '';
    parser.on('field', (name, value) => {
      if (name !== 'file') fields[name] = value;
    });
    const body = Readable.fromWeb(request.body as import('node:stream/web').ReadableStream<Uint8Array>);
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || spooled) {
        stream.resume();
        return;
      }
      fileName = info.filename ?? '';
      spooled = spoolUpload(stream, { maxBytes: limit });
      // A file refused part-way (too large) is answered at once; the rest of the body is not read.
      spooled.then((file) => {
        if (file.ok) return;
        body.unpipe(parser);
        body.destroy();
        resolve({ fields, file, fileName });
      }, reject);
    });
    parser.on('error', reject);
    parser.on('close', () => {
      (spooled ?? Promise.resolve(null)).then((file) => resolve({ fields, file, fileName }), reject);
    });
    body.on('error', reject).pipe(parser);
  });
}

export async function answerAttachmentUpload(request: Request, locale: Locale, owner: AttachmentOwner): Promise<Response> {
  const texts = getFormTexts(locale);
  const viewer = await getViewer();
  if (!isSameOrigin(request)) return refuse(403, describeError('FORBIDDEN', locale));
  try {
    // The body is read only for someone who may add to this record.
    await checkAttachmentUpload(viewer, owner);
  } catch (error) {
    const state = refusalState(error, locale, {});
    return answer(isAppError(error) && error.code === 'NOT_FOUND' ? 404 : 403, state);
  }
  const limit = uploadLimit();
  const tooLarge = () => refuseFile(413, locale, 'fileTooLarge', { max: megabytes(limit) });
  // The form's fields add a little around the file; anything announced far larger is refused unread.
  if (Number(request.headers.get('content-length')) > limit + 64 * 1024) return tooLarge();
  if (!request.body || !request.headers.get('content-type')?.startsWith('multipart/form-data')) return refuse(400, texts.fieldsNeedAttention(1));

  let upload: ReadUpload;
  try {
    upload = await readMultipart(request, limit);
  } catch {
    return refuseFile(400, locale, 'fileCutShort');
  }
  const spooled = upload.file;
  if (spooled && !spooled.ok) {
    return spooled.reason === 'too-large' ? tooLarge() : refuseFile(400, locale, 'fileCutShort');
  }
  const file: SpooledFile | null = spooled?.ok ? spooled.file : null;
  try {
    const { id } = await addAttachment(viewer, owner, { input: upload.fields, file, fileName: upload.fileName });
    return answer(201, { status: 'success', message: getWorkspaceMessages(locale).parts.uploaded, id });
  } catch (error) {
    const state = refusalState(error, locale, upload.fields);
    return answer(isAppError(error) ? (error.code === 'FORBIDDEN' ? 403 : error.code === 'NOT_FOUND' ? 404 : 400) : 500, state);
  } finally {
    await file?.remove();
  }
}
