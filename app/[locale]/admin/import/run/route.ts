import { notFound } from 'next/navigation';
import { isLocale } from '@/lib/i18n/locales';
import { answerImport } from '@/lib/import/respond';

/** The import screen's file, checked or imported; the answer streams progress (lib/import/respond.ts). */
export async function POST(request: Request, { params }: RouteContext<'/[locale]/admin/import/run'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return answerImport(request, locale);
}
