import type { Metadata } from 'next';
import Link from 'next/link';
import type { Route } from 'next';
import { ExchangeEditor } from '@/components/manage/exchange-editor';
import { getWorkingExchange } from '@/lib/data/workspace';
import { editorOfExchange } from '@/lib/forms/editor';
import { orNotFound, workspaceViewer } from '@/lib/forms/page-params';
import { isLocale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';
import { saveExchangeDraftAction } from '../../../actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/manage/exchanges/[id]/editor'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getWorkspaceMessages(locale).editor.title, robots: { index: false } } : {};
}

export default async function ExchangeEditorPage({ params }: PageProps<'/[locale]/manage/exchanges/[id]/editor'>) {
  const { locale: rawLocale, id } = await params;
  const { locale, viewer } = await workspaceViewer(rawLocale, `/${rawLocale}/manage/exchanges/${id}/editor`);
  const working = await orNotFound(getWorkingExchange(viewer, id));
  const model = await editorOfExchange(viewer, working, locale);
  const w = getWorkspaceMessages(locale);
  const base = `/${locale}/manage/exchanges/${id}`;
  return (
    <div className="max-w-3xl">
      <p className="text-sm text-stone-600">
        <Link href={base as Route} className="text-brand-800 underline">
          {localize(locale, working.record.titleZh, working.record.titleEn)}
        </Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold text-brand-900">{w.editor.title}</h1>
      <p className="mb-6 text-stone-700">{w.editor.intro}</p>
      <noscript>
        <p className="mb-6 rounded-md border border-amber-600 bg-amber-50 px-4 py-3">
          {w.editor.noScript}{' '}
          <a href={base} className="underline">
            {localize(locale, working.record.titleZh, working.record.titleEn)}
          </a>
        </p>
      </noscript>
      <ExchangeEditor locale={locale} model={model} action={saveExchangeDraftAction.bind(null, locale, id)} historyHref={`${base}/history`} />
    </div>
  );
}
