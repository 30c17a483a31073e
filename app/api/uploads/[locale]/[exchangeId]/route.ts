import { isLocale } from '@/lib/i18n/locales';
import { answerAttachmentUpload } from '@/lib/forms/attachment-upload';

/** A document or photo for an exchange, streamed as it arrives (lib/forms/attachment-upload.ts). */
export async function POST(request: Request, { params }: RouteContext<'/api/uploads/[locale]/[exchangeId]'>) {
  const { locale, exchangeId } = await params;
  return answerAttachmentUpload(request, isLocale(locale) ? locale : 'en', { kind: 'exchange', id: exchangeId });
}
