import { getViewer } from '@/lib/data/current-viewer';
import { answerAttachmentFile } from '@/lib/open-data/attachment-file';

/** A document or photo as uploaded (`original`), or a photo's copy for pages (`w480`, `w1280`). */
export async function GET(request: Request, { params }: RouteContext<'/api/files/[id]/[variant]'>) {
  const { id, variant } = await params;
  return answerAttachmentFile(request, await getViewer(), id, variant);
}
