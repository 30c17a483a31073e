import type { Metadata } from 'next';
import { AttachmentUpload } from '@/components/manage/attachment-upload';
import { RelationshipContext } from '@/components/manage/relationship-context';
import { getWorkingRelationship } from '@/lib/data/relationships';
import { orNotFound, workspaceViewer } from '@/lib/forms/page-params';
import { fileSpec } from '@/lib/forms/specs';
import { isLocale } from '@/lib/i18n/locales';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/manage/relationships/[id]/files/new'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const w = getWorkspaceMessages(locale);
  return { title: `${w.parts.add}: ${w.parts.attachment}`, robots: { index: false } };
}

/** Uploads the signed agreement, or a photo of the signing, to a relationship. */
export default async function NewRelationshipFilePage({ params }: PageProps<'/[locale]/manage/relationships/[id]/files/new'>) {
  const { locale: rawLocale, id } = await params;
  const { locale, viewer } = await workspaceViewer(rawLocale, `/${rawLocale}/manage/relationships/${id}/files/new`);
  const { relationship } = await orNotFound(getWorkingRelationship(viewer, id));
  const w = getWorkspaceMessages(locale);
  return (
    <div className="max-w-3xl">
      <RelationshipContext relationship={relationship} locale={locale} />
      <h1 className="mb-6 text-3xl font-bold text-brand-900">
        {w.parts.add}: {w.parts.attachment}
      </h1>
      <AttachmentUpload
        locale={locale}
        fields={fileSpec(locale, { visibility: 'PUBLIC' })}
        uploadUrl={`/api/uploads/${locale}/relationships/${id}`}
        doneHref={`/${locale}/manage/relationships/${id}#files`}
      />
    </div>
  );
}
