import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { WorkflowButton } from '@/components/manage/workflow-button';
import { getExchangeHistory } from '@/lib/data/workspace';
import { orNotFound, workspaceViewer } from '@/lib/forms/page-params';
import { languageTag, isLocale } from '@/lib/i18n/locales';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';
import { restorePartAction } from '../../../actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/manage/exchanges/[id]/history'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getWorkspaceMessages(locale).history.title, robots: { index: false } } : {};
}

const shown = (value: unknown) => {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'object' && value && '$date' in value) return String((value as { $date: string }).$date).slice(0, 10);
  return typeof value === 'string' ? value : JSON.stringify(value);
};

export default async function HistoryPage({ params }: PageProps<'/[locale]/manage/exchanges/[id]/history'>) {
  const { locale: rawLocale, id } = await params;
  const { locale, viewer } = await workspaceViewer(rawLocale, `/${rawLocale}/manage/exchanges/${id}/history`);
  const history = await orNotFound(getExchangeHistory(viewer, id));
  const w = getWorkspaceMessages(locale);
  const when = new Intl.DateTimeFormat(languageTag[locale], { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <Link href={`/${locale}/manage/exchanges/${id}` as Route} className="text-sm text-brand-700 underline">
        ← {w.workspace.title}
      </Link>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{w.history.title}</h1>
      <p className="mt-2 text-stone-700">{w.history.intro}</p>
      {history.length === 0 ? (
        <p className="mt-6 text-stone-600">{w.history.empty}</p>
      ) : (
        <ol className="mt-6 space-y-4">
          {history.map((revision) => {
            const changes = Object.entries(revision.changes);
            return (
              <li key={revision.id} className="rounded-lg border border-stone-200 bg-white p-4">
                <p>
                  <time dateTime={revision.createdAt.toISOString()} className="font-medium">
                    {when.format(revision.createdAt)}
                  </time>{' '}
                  · {revision.actor ? (revision.actor.name ?? revision.actor.email) : w.history.commandLine} {w.history.actions[revision.action]}{' '}
                  {w.history.entities[revision.entityType] ?? revision.entityType}
                </p>
                {revision.note && (
                  <p className="mt-1 text-sm text-stone-700">
                    {w.history.why}: {revision.note}
                  </p>
                )}
                {revision.restorable && (
                  <div className="mt-2">
                    <WorkflowButton action={restorePartAction.bind(null, locale, revision.id)} label={w.review.restore} tone="secondary" />
                  </div>
                )}
                {revision.action === 'UPDATE' && changes.length > 0 && (
                  <table className="mt-2 w-full text-left text-sm">
                    <thead>
                      <tr className="text-stone-600">
                        <th scope="col" className="pr-4 font-medium">{w.history.field}</th>
                        <th scope="col" className="pr-4 font-medium">{w.history.from}</th>
                        <th scope="col" className="font-medium">{w.history.to}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {changes.map(([field, change]) => (
                        <tr key={field} className="align-top">
                          <th scope="row" className="pr-4 font-normal text-stone-700">{field}</th>
                          <td className="pr-4 break-words text-red-800">{shown(change.from)}</td>
                          <td className="break-words text-brand-900">{shown(change.to)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
