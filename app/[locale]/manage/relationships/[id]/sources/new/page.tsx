import type { Metadata } from 'next';
import { RecordForm } from '@/components/manage/record-form';
import { RelationshipContext } from '@/components/manage/relationship-context';
import { getWorkingRelationship } from '@/lib/data/relationships';
import { orNotFound, workspaceViewer } from '@/lib/forms/page-params';
import { sourceSpec } from '@/lib/forms/specs';
import { isLocale } from '@/lib/i18n/locales';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';
import { addToRelationshipAction } from '../../../../actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/manage/relationships/[id]/sources/new'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getWorkspaceMessages(locale).sources.newTitle, robots: { index: false } } : {};
}

/** A new source, cited for the relationship as soon as it is saved. */
export default async function NewRelationshipSourcePage({ params }: PageProps<'/[locale]/manage/relationships/[id]/sources/new'>) {
  const { locale: rawLocale, id } = await params;
  const { locale, viewer } = await workspaceViewer(rawLocale, `/${rawLocale}/manage/relationships/${id}/sources/new`);
  const { relationship } = await orNotFound(getWorkingRelationship(viewer, id));
  const w = getWorkspaceMessages(locale);
  return (
    <div className="max-w-3xl">
      <RelationshipContext relationship={relationship} locale={locale} />
      <h1 className="mb-6 text-3xl font-bold text-brand-900">{w.sources.newTitle}</h1>
      <RecordForm
        schema="source"
        action={addToRelationshipAction.bind(null, locale, id, 'source')}
        locale={locale}
        fields={sourceSpec(locale, { language: relationship.originalLanguage })}
        submitLabel={w.sources.add}
      />
    </div>
  );
}
