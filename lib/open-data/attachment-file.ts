import 'server-only';
import { Readable } from 'node:stream';
import { type AttachmentFile, openAttachmentFile } from '../data/attachments';
import type { Viewer } from '../data/viewer';
import { isAppError } from '../errors';
import { problemResponse, requestLocale } from './respond';

/*
 * How a document or photo is served. The proxy gives the answer a policy that runs nothing and
 * `nosniff`, so a file is never read as a page of this site; a document is always a download. What
 * the public may have is cached briefly (a record withdrawn, or a file made internal, is gone from
 * caches within minutes); what only staff may see is never kept.
 */

const publicFreshness = 'public, max-age=300';

/** `filename*` carries a Chinese name intact; `filename` gives older clients an ASCII one. */
function contentDisposition(file: AttachmentFile): string {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${file.inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`;
}

export async function answerAttachmentFile(request: Request, viewer: Viewer, id: string, variant: string): Promise<Response> {
  let file: AttachmentFile;
  try {
    file = await openAttachmentFile(viewer, id, variant);
  } catch (error) {
    if (isAppError(error) && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) return problemResponse(404, 'NOT_FOUND', requestLocale(request));
    console.error(error);
    return problemResponse(500, 'INTERNAL', requestLocale(request));
  }
  const headers = {
    'content-type': file.mediaType,
    'content-length': String(file.size),
    'content-disposition': contentDisposition(file),
    'cache-control': file.isPublic ? publicFreshness : 'private, no-store',
    etag: file.etag,
    // Whether the viewer is signed in decides what they may have.
    vary: 'Cookie',
  };
  if (request.headers.get('if-none-match') === file.etag) {
    file.stream.destroy();
    return new Response(null, { status: 304, headers: { etag: file.etag, 'cache-control': headers['cache-control'], vary: 'Cookie' } });
  }
  return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, { headers });
}
