import type { Metadata } from 'next';
import { ExchangeEditor } from '@/components/manage/exchange-editor';
import { editorOfNewExchange } from '@/lib/forms/editor';
import { workspaceViewer } from '@/lib/forms/page-params';
import { isLocale } from '@/lib/i18n/locales';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';
import { saveExchangeDraftAction } from '../../../actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/manage/exchanges/new/editor'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getWorkspaceMessages(locale).editor.newTitle, robots: { index: false } } : {};
}

export default async function NewExchangeEditorPage({ params }: PageProps<'/[locale]/manage/exchanges/new/editor'>) {
  const { locale: rawLocale } = await params;
  const { locale, viewer } = await workspaceViewer(rawLocale, `/${rawLocale}/manage/exchanges/new/editor`);
  const model = await editorOfNewExchange(viewer, locale);
  const w = getWorkspaceMessages(locale);
  return (
    <div className="max-w-3xl">
      <h1 className="mb-2 text-3xl font-bold text-brand-900">{w.editor.newTitle}</h1>
      <p className="mb-6 text-stone-700">{w.editor.intro}</p>
      <noscript>
        <p className="mb-6 rounded-md border border-amber-600 bg-amber-50 px-4 py-3">
          {w.editor.newNoScript}{' '}
          <a href={`/${locale}/manage/exchanges/new`} className="underline">
            {w.editor.plainForm}
          </a>
        </p>
      </noscript>
      <ExchangeEditor locale={locale} model={model} action={saveExchangeDraftAction.bind(null, locale, '')} />
    </div>
  );
}
