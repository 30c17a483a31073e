import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CitationPanel } from '@/components/manage/citation-panel';
import { RecordForm } from '@/components/manage/record-form';
import { WorkflowButton } from '@/components/manage/workflow-button';
import { partKinds } from '@/lib/data/exchange-parts';
import { listSourceChoices } from '@/lib/data/sources';
import { getWorkingExchange } from '@/lib/data/workspace';
import { orNotFound, partKindOf, workspaceViewer } from '@/lib/forms/page-params';
import { partChoices } from '@/lib/forms/part-choices';
import { partFormValues } from '@/lib/forms/part-values';
import { partSpec } from '@/lib/forms/specs';
import { formatDate } from '@/lib/i18n/format';
import { isLocale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getMessages } from '@/lib/i18n/messages';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';
import { deletePartAction, recordProgressAction, updatePartAction } from '../../../../actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/manage/exchanges/[id]/[kind]/[partId]'>): Promise<Metadata> {
  const { locale, kind } = await params;
  if (!isLocale(locale)) return {};
  const w = getWorkspaceMessages(locale);
  return { title: `${w.parts.edit}: ${w.parts[partKindOf(kind)]}`, robots: { index: false } };
}

export default async function EditPartPage({ params }: PageProps<'/[locale]/manage/exchanges/[id]/[kind]/[partId]'>) {
  const { locale: rawLocale, id, kind: rawKind, partId } = await params;
  const { locale, viewer } = await workspaceViewer(rawLocale, `/${rawLocale}/manage/exchanges/${id}/${rawKind}/${partId}`);
  const kind = partKindOf(rawKind);
  const working = await orNotFound(getWorkingExchange(viewer, id));
  const part = partFormValues(working.record, kind, partId);
  if (!part) notFound();
  const t = getMessages(locale);
  const w = getWorkspaceMessages(locale);
  const [choices, sourceChoices] = await Promise.all([partChoices(viewer, working, locale), listSourceChoices(viewer)]);
  const item = kind === 'cooperationItem' ? working.record.cooperationItems.find((i) => i.id === partId) : undefined;

  return (
    <div className="max-w-3xl">
      <p className="text-sm text-stone-600">{localize(locale, working.record.titleZh, working.record.titleEn)}</p>
      <h1 className="mb-6 text-3xl font-bold text-brand-900">
        {w.parts.edit}: {w.parts[kind]}
      </h1>

      {item && (
        <section aria-labelledby="progress-heading" className="mb-10 rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="progress-heading" className="text-xl font-semibold text-brand-900">
            {w.progress.title}
          </h2>
          <p className="mt-1 mb-4 text-sm text-stone-700">{w.progress.intro}</p>
          <RecordForm
            schema="progress"
            action={recordProgressAction.bind(null, locale, partId)}
            locale={locale}
            fields={partSpec('progress', locale, choices, {
              occurredOn: new Date().toISOString().slice(0, 10),
              status: item.status,
              progress: item.progress,
              originalLanguage: locale,
              translation: 'HUMAN',
            })}
            hidden={{ version: item.version }}
            submitLabel={w.progress.record}
          />
          <h3 className="mt-6 font-semibold">{w.progress.log}</h3>
          {item.updates.length === 0 ? (
            <p className="text-sm text-stone-600">{w.progress.empty}</p>
          ) : (
            <ol className="mt-2 space-y-2">
              {item.updates.map((update) => (
                <li key={update.id} className="text-sm">
                  <span className="font-medium">{formatDate(update.occurredOn, locale)}</span> · {t.enums.cooperationStatus[update.status]}
                  {update.progress !== null && ` · ${update.progress}%`}
                  {localize(locale, update.noteZh, update.noteEn) && <> — {localize(locale, update.noteZh, update.noteEn)}</>}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}

      <RecordForm
        schema={kind}
        action={updatePartAction.bind(null, locale, kind, partId)}
        locale={locale}
        fields={[...partSpec(kind, locale, choices, part, working.translations.filter((text) => text.entityId === partId)), { name: 'note', type: 'textarea', label: w.parts.fields.note }]}
        hidden={{ version: part.version }}
        submitLabel={w.exchangeForm.save}
      />
      {kind === 'participant' && typeof part.personId === 'string' && (
        <p className="mt-4 text-sm">
          <Link href={`/${locale}/manage/people/${part.personId}/duplicate` as Route} className="text-brand-800 underline">
            {w.editor.duplicateLink}
          </Link>
        </p>
      )}
      <div className="mt-8">
        <CitationPanel
          locale={locale}
          record={working.record}
          subject={{ kind: partKinds[kind].recordKind, id: partId }}
          citations={part.citations}
          sourceChoices={sourceChoices}
          title={w.sources.citations}
        />
      </div>
      <div className="mt-8 border-t border-stone-200 pt-4">
        <WorkflowButton
          action={deletePartAction.bind(null, locale, kind, partId)}
          label={w.parts.remove}
          confirm={w.parts.removeConfirm}
          hidden={{ version: part.version }}
          tone="danger"
        />
      </div>
    </div>
  );
}
