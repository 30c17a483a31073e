import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { WorkflowButton } from '@/components/manage/workflow-button';
import { type DeletedRecords, listDeletedRecords } from '@/lib/data/deleted-records';
import { listDeletedRelationships } from '@/lib/data/relationships';
import { isPartKind, partKinds, type PartKindName } from '@/lib/data/exchange-parts';
import { workspaceViewer } from '@/lib/forms/page-params';
import { formatMoment } from '@/lib/i18n/format';
import { isLocale, languageTag, type Locale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getMessages } from '@/lib/i18n/messages';
import { getWorkspaceMessages, type WorkspaceMessages } from '@/lib/i18n/workspace-messages';
import { relationshipWorkflowAction, restorePartAction, workflowAction } from '../actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/manage/deleted'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getWorkspaceMessages(locale).deleted.title, robots: { index: false } } : {};
}

type Restored = { kind: 'exchange'; exchangeId: string } | { kind: PartKindName; exchangeId: string; partId: string; cleared: string[] };

const id = z.uuid();

/** What the last restore brought back, as its redirect (in actions.ts) describes it. */
function restoredFrom(query: Record<string, string | string[] | undefined>): Restored | null {
  const { restored: kind, exchange: exchangeId, part: partId, cleared = [] } = query;
  if (typeof exchangeId !== 'string' || !id.safeParse(exchangeId).success) return null;
  if (kind === 'exchange') return { kind, exchangeId };
  if (!isPartKind(kind) || typeof partId !== 'string' || !id.safeParse(partId).success) return null;
  return { kind, exchangeId, partId, cleared: ([] as string[]).concat(cleared) };
}

export default async function DeletedRecordsPage({ params, searchParams }: PageProps<'/[locale]/manage/deleted'>) {
  const { locale: rawLocale } = await params;
  const { locale, viewer } = await workspaceViewer(rawLocale, `/${rawLocale}/manage/deleted`);
  const [{ exchanges, parts }, relationships] = await Promise.all([listDeletedRecords(viewer), listDeletedRelationships(viewer)]);
  const restored = restoredFrom(await searchParams);
  const w = getWorkspaceMessages(locale);
  const t = getMessages(locale);
  const text = (zh: string, en: string) => localize(locale, zh, en);
  const deletion = (record: Pick<DeletedRecords['exchanges'][number], 'deletedBy' | 'deletedAt'>) =>
    w.deleted.deletedBy(record.deletedBy ? (record.deletedBy.name ?? record.deletedBy.email) : w.history.commandLine, formatMoment(record.deletedAt, locale));
  const plural: Record<PartKindName, string> = {
    participant: w.parts.participants,
    event: w.parts.events,
    topic: w.parts.topics,
    question: w.parts.questions,
    statement: w.parts.statements,
    practice: w.parts.practices,
    cooperationItem: w.parts.cooperationItems,
    attachment: w.parts.attachments,
    link: w.parts.links,
  };
  const groups = [
    {
      key: 'exchange',
      title: w.deleted.exchanges,
      rows: exchanges.map((exchange) => ({
        key: exchange.id,
        title: text(exchange.titleZh, exchange.titleEn),
        context: null,
        deletion: deletion(exchange),
        restore: workflowAction.bind(null, locale, exchange.id, 'restore'),
      })),
    },
    {
      key: 'relationship',
      title: w.deleted.relationships,
      rows: relationships.map((relationship) => ({
        key: relationship.id,
        title: w.relationships.between(text(relationship.city.nameZh, relationship.city.nameEn), text(relationship.partnerCity.nameZh, relationship.partnerCity.nameEn)),
        context: t.enums.relationshipKind[relationship.kind],
        deletion: deletion(relationship),
        restore: relationshipWorkflowAction.bind(null, locale, relationship.id, 'restore'),
      })),
    },
    ...(Object.keys(partKinds) as PartKindName[]).map((kind) => ({
      key: kind,
      title: plural[kind],
      rows: parts
        .filter((part) => part.kind === kind)
        .map((part) => ({
          key: part.revisionId,
          title: text(part.titleZh, part.titleEn),
          context: w.deleted.inExchange(text(part.exchange.titleZh, part.exchange.titleEn)),
          deletion: deletion(part),
          restore: restorePartAction.bind(null, locale, part.revisionId),
        })),
    })),
  ].filter((group) => group.rows.length > 0);

  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{w.deleted.title}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{w.deleted.intro}</p>
      {restored && <RestoredNotice restored={restored} locale={locale} w={w} />}
      {groups.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600">{w.deleted.empty}</p>
      ) : (
        groups.map((group) => (
          <section key={group.key} aria-labelledby={`${group.key}-heading`} className="mt-8">
            <h2 id={`${group.key}-heading`} className="border-b border-stone-200 pb-2 text-xl font-semibold text-brand-900">
              {group.title}
            </h2>
            <ul className="mt-2 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
              {group.rows.map((row) => (
                <li key={row.key} className="flex flex-wrap items-start justify-between gap-3 p-4">
                  <div className="min-w-0 flex-1">
                    <p className="line-clamp-2 font-semibold text-brand-900">{row.title}</p>
                    {row.context && <p className="text-sm text-stone-700">{row.context}</p>}
                    <p className="text-sm text-stone-600">{row.deletion}</p>
                  </div>
                  <WorkflowButton action={row.restore} label={w.review.restore} accessibleLabel={`${w.review.restore}: ${row.title}`} tone="secondary" />
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </>
  );
}

function RestoredNotice({ restored, locale, w }: { restored: Restored; locale: Locale; w: WorkspaceMessages }) {
  const exchangePath = `/${locale}/manage/exchanges/${restored.exchangeId}`;
  const part = restored.kind === 'exchange' ? null : restored;
  const links = (part?.cleared ?? []).filter((link): link is keyof WorkspaceMessages['deleted']['links'] => link in w.deleted.links);
  return (
    <div role="status" className="mt-6 rounded-lg border border-brand-600/40 bg-brand-50 p-4 text-brand-900">
      <p className="font-medium">{part ? w.deleted.restoredPart(w.parts[part.kind]) : w.deleted.restoredExchange}</p>
      {links.length > 0 && (
        <p className="mt-1 text-sm">{w.deleted.cleared(new Intl.ListFormat(languageTag[locale]).format(links.map((link) => w.deleted.links[link])))}</p>
      )}
      <p className="mt-2 flex flex-wrap gap-4 text-sm">
        <Link href={(part ? `${exchangePath}/${part.kind}/${part.partId}` : exchangePath) as Route} className="underline">
          {w.deleted.open}
        </Link>
        {part && (
          <Link href={`${exchangePath}#${part.kind}` as Route} className="underline">
            {w.deleted.openExchange}
          </Link>
        )}
      </p>
    </div>
  );
}
