import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RecordForm } from '@/components/manage/record-form';
import { WorkflowButton } from '@/components/manage/workflow-button';
import { getWorkingRelationship } from '@/lib/data/relationships';
import { orNotFound, workspaceViewer } from '@/lib/forms/page-params';
import { fileSpec } from '@/lib/forms/specs';
import { isLocale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';
import { changeRelationshipFileAction } from '../../../../actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/manage/relationships/[id]/files/[fileId]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const w = getWorkspaceMessages(locale);
  return { title: `${w.parts.edit}: ${w.parts.attachment}`, robots: { index: false } };
}

/** What is said of one of a relationship's files, and deleting it. */
export default async function RelationshipFilePage({ params }: PageProps<'/[locale]/manage/relationships/[id]/files/[fileId]'>) {
  const { locale: rawLocale, id, fileId } = await params;
  const { locale, viewer } = await workspaceViewer(rawLocale, `/${rawLocale}/manage/relationships/${id}/files/${fileId}`);
  const { relationship } = await orNotFound(getWorkingRelationship(viewer, id));
  const file = relationship.attachments.find((attachment) => attachment.id === fileId);
  if (!file) notFound();
  const w = getWorkspaceMessages(locale);
  const name = (city: { nameZh: string; nameEn: string }) => localize(locale, city.nameZh, city.nameEn);
  return (
    <div className="max-w-3xl">
      <p className="text-sm text-stone-600">{w.relationships.between(name(relationship.city), name(relationship.partnerCity))}</p>
      <h1 className="mb-6 text-3xl font-bold text-brand-900">
        {w.parts.edit}: {file.fileName}
      </h1>
      <RecordForm
        schema="attachment"
        action={changeRelationshipFileAction.bind(null, locale, fileId, 'update')}
        locale={locale}
        fields={[...fileSpec(locale, file), { name: 'note', type: 'textarea', label: w.parts.fields.note }]}
        hidden={{ version: file.version }}
        submitLabel={w.exchangeForm.save}
      />
      <div className="mt-8 border-t border-stone-200 pt-4">
        <WorkflowButton
          action={changeRelationshipFileAction.bind(null, locale, fileId, 'delete')}
          label={w.parts.remove}
          confirm={w.relationships.removeFileConfirm}
          hidden={{ version: file.version }}
          tone="danger"
        />
      </div>
    </div>
  );
}
