import type { Metadata } from 'next';
import { RecordForm } from '@/components/manage/record-form';
import { getSourceForEditing } from '@/lib/data/sources';
import { orNotFound, workspaceViewer } from '@/lib/forms/page-params';
import { sourceSpec } from '@/lib/forms/specs';
import { isLocale } from '@/lib/i18n/locales';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';
import { updateSourceAction } from '../../../../actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/manage/exchanges/[id]/sources/[sourceId]'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getWorkspaceMessages(locale).sources.edit, robots: { index: false } } : {};
}

export default async function EditSourcePage({ params }: PageProps<'/[locale]/manage/exchanges/[id]/sources/[sourceId]'>) {
  const { locale: rawLocale, id, sourceId } = await params;
  const { locale, viewer } = await workspaceViewer(rawLocale, `/${rawLocale}/manage/exchanges/${id}/sources/${sourceId}`);
  const { source, otherExchanges } = await orNotFound(getSourceForEditing(viewer, id, sourceId));
  const w = getWorkspaceMessages(locale);
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold text-brand-900">{w.sources.edit}</h1>
      {otherExchanges > 0 && <p className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900">{w.sources.shared(otherExchanges)}</p>}
      <RecordForm
        schema="source"
        action={updateSourceAction.bind(null, locale, id, sourceId)}
        locale={locale}
        fields={[...sourceSpec(locale, source), { name: 'note', type: 'textarea', label: w.sources.fields.note }]}
        hidden={{ version: source.version }}
        submitLabel={w.exchangeForm.save}
      />
    </div>
  );
}
