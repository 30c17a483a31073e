import type { Metadata } from 'next';
import { AttachmentUpload } from '@/components/manage/attachment-upload';
import { RecordForm } from '@/components/manage/record-form';
import { getWorkingExchange } from '@/lib/data/workspace';
import { orNotFound, partKindOf, workspaceViewer } from '@/lib/forms/page-params';
import { partChoices } from '@/lib/forms/part-choices';
import { partSpec } from '@/lib/forms/specs';
import { isLocale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';
import { addPartAction } from '../../../../actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/manage/exchanges/[id]/[kind]/new'>): Promise<Metadata> {
  const { locale, kind } = await params;
  if (!isLocale(locale)) return {};
  const w = getWorkspaceMessages(locale);
  return { title: `${w.parts.add}: ${w.parts[partKindOf(kind)]}`, robots: { index: false } };
}

export default async function NewPartPage({ params }: PageProps<'/[locale]/manage/exchanges/[id]/[kind]/new'>) {
  const { locale: rawLocale, id, kind: rawKind } = await params;
  const { locale, viewer } = await workspaceViewer(rawLocale, `/${rawLocale}/manage/exchanges/${id}/${rawKind}/new`);
  const kind = partKindOf(rawKind);
  const working = await orNotFound(getWorkingExchange(viewer, id));
  const w = getWorkspaceMessages(locale);
  const defaults = {
    originalLanguage: working.fields.originalLanguage,
    translation: working.fields.translation,
    status: 'PROPOSED',
    askedBySideBasis: 'UNKNOWN',
    visibility: 'PUBLIC',
  };
  const fields = partSpec(kind, locale, await partChoices(viewer, working, locale), defaults);
  return (
    <div className="max-w-3xl">
      <p className="text-sm text-stone-600">{localize(locale, working.record.titleZh, working.record.titleEn)}</p>
      <h1 className="mb-6 text-3xl font-bold text-brand-900">
        {w.parts.add}: {w.parts[kind]}
      </h1>
      {kind === 'attachment' ? (
        <AttachmentUpload locale={locale} fields={fields} uploadUrl={`/api/uploads/${locale}/${id}`} doneHref={`/${locale}/manage/exchanges/${id}#attachment`} />
      ) : (
        <RecordForm schema={kind} action={addPartAction.bind(null, locale, kind, id)} locale={locale} fields={fields} submitLabel={w.parts.add} />
      )}
    </div>
  );
}
