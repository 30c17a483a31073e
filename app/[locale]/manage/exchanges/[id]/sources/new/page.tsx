import type { Metadata } from 'next';
import { RecordForm } from '@/components/manage/record-form';
import { getWorkingExchange } from '@/lib/data/workspace';
import { orNotFound, workspaceViewer } from '@/lib/forms/page-params';
import { sourceSpec } from '@/lib/forms/specs';
import { isLocale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';
import { addSourceAction } from '../../../../actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/manage/exchanges/[id]/sources/new'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getWorkspaceMessages(locale).sources.newTitle, robots: { index: false } } : {};
}

export default async function NewSourcePage({ params }: PageProps<'/[locale]/manage/exchanges/[id]/sources/new'>) {
  const { locale: rawLocale, id } = await params;
  const { locale, viewer } = await workspaceViewer(rawLocale, `/${rawLocale}/manage/exchanges/${id}/sources/new`);
  const { record } = await orNotFound(getWorkingExchange(viewer, id));
  const w = getWorkspaceMessages(locale);
  return (
    <div className="max-w-3xl">
      <p className="text-sm text-stone-600">{localize(locale, record.titleZh, record.titleEn)}</p>
      <h1 className="mb-6 text-3xl font-bold text-brand-900">{w.sources.newTitle}</h1>
      <RecordForm
        schema="source"
        action={addSourceAction.bind(null, locale, id)}
        locale={locale}
        fields={sourceSpec(locale, { language: record.originalLanguage })}
        submitLabel={w.sources.add}
      />
    </div>
  );
}
