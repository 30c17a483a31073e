import { isLocale } from '@/lib/i18n/locales';
import { answerAttachmentUpload } from '@/lib/forms/attachment-upload';

/** A document or photo for a relationship between cities (its signed agreement), streamed as it arrives. */
export async function POST(request: Request, { params }: RouteContext<'/api/uploads/[locale]/relationships/[relationshipId]'>) {
  const { locale, relationshipId } = await params;
  return answerAttachmentUpload(request, isLocale(locale) ? locale : 'en', { kind: 'relationship', id: relationshipId });
}
