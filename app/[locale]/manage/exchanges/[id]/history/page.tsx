import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { WorkflowButton } from '@/components/manage/workflow-button';
import { RevisionList } from '@/components/manage/revision-list';
import { getExchangeHistory } from '@/lib/data/workspace';
import { orNotFound, workspaceViewer } from '@/lib/forms/page-params';
import { isLocale } from '@/lib/i18n/locales';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';
import { restorePartAction } from '../../../actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/manage/exchanges/[id]/history'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getWorkspaceMessages(locale).history.title, robots: { index: false } } : {};
}

export default async function HistoryPage({ params }: PageProps<'/[locale]/manage/exchanges/[id]/history'>) {
  const { locale: rawLocale, id } = await params;
  const { locale, viewer } = await workspaceViewer(rawLocale, `/${rawLocale}/manage/exchanges/${id}/history`);
  const { revisions: history, restorable } = await orNotFound(getExchangeHistory(viewer, id));
  const w = getWorkspaceMessages(locale);
  return (
    <>
      <Link href={`/${locale}/manage/exchanges/${id}` as Route} className="text-sm text-brand-700 underline">
        ← {w.workspace.title}
      </Link>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{w.history.title}</h1>
      <p className="mt-2 text-stone-700">{w.history.intro}</p>
      <RevisionList
        revisions={history}
        locale={locale}
        entityNames={w.history.entities}
        actionFor={(revision) =>
          restorable.has(revision.id) && (
            <WorkflowButton action={restorePartAction.bind(null, locale, revision.id)} label={w.review.restore} tone="secondary" />
          )
        }
      />
    </>
  );
}
