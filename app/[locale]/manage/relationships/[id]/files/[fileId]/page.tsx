import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RecordForm } from '@/components/manage/record-form';
import { WorkflowButton } from '@/components/manage/workflow-button';
import { RelationshipContext } from '@/components/manage/relationship-context';
import { getWorkingRelationship } from '@/lib/data/relationships';
import { orNotFound, workspaceViewer } from '@/lib/forms/page-params';
import { fileSpec } from '@/lib/forms/specs';
import { isLocale } from '@/lib/i18n/locales';
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
  return (
    <div className="max-w-3xl">
      <RelationshipContext relationship={relationship} locale={locale} />
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
