import type { Metadata, Route } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { CityPair } from '@/components/city-pair';
import { ExchangeDate } from '@/components/exchange-date';
import { CitationPanel } from '@/components/manage/citation-panel';
import { ClaimsPanel } from '@/components/manage/claims-panel';
import { ReviewPanel } from '@/components/manage/review-panel';
import { listSourceChoices } from '@/lib/data/sources';
import { getWorkingExchange } from '@/lib/data/workspace';
import { orNotFound, workspaceViewer } from '@/lib/forms/page-params';
import { isLocale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getMessages } from '@/lib/i18n/messages';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';
import { workflowAction, type WorkflowStep } from '../../actions';

export const dynamic = 'force-dynamic';

const exchangeSteps = ['submit', 'publish', 'sendBack', 'withdraw', 'reinstate', 'delete'] as const satisfies readonly WorkflowStep[];

export async function generateMetadata({ params }: PageProps<'/[locale]/manage/exchanges/[id]'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getWorkspaceMessages(locale).workspace.title, robots: { index: false } } : {};
}

export default async function WorkingExchangePage({ params }: PageProps<'/[locale]/manage/exchanges/[id]'>) {
  const { locale: rawLocale, id } = await params;
  const { locale, viewer } = await workspaceViewer(rawLocale, `/${rawLocale}/manage/exchanges/${id}`);
  const working = await orNotFound(getWorkingExchange(viewer, id));
  const { record, fields } = working;
  const t = getMessages(locale);
  const w = getWorkspaceMessages(locale);
  const text = (zh: string | null, en: string | null) => localize(locale, zh, en);
  const base = `/${locale}/manage/exchanges/${id}`;
  const sourceChoices = await listSourceChoices(viewer);

  const sections = [
    {
      kind: 'participant',
      title: w.parts.participants,
      rows: record.participants.map((p) => ({
        id: p.id,
        label: [text(p.nameZh, p.nameEn), t.enums.side[p.side], p.title && text(p.title.titleZh, p.title.titleEn)].filter(Boolean).join(' · '),
      })),
    },
    { kind: 'event', title: w.parts.events, rows: record.events.map((e) => ({ id: e.id, label: text(e.titleZh, e.titleEn) })) },
    { kind: 'topic', title: w.parts.topics, rows: record.topics.map((e) => ({ id: e.id, label: text(e.titleZh, e.titleEn) })) },
    {
      kind: 'question',
      title: w.parts.questions,
      rows: [...record.topics.flatMap((topic) => topic.questions), ...record.questionsWithoutTopic].map((q) => ({ id: q.id, label: text(q.textZh, q.textEn) })),
    },
    { kind: 'statement', title: w.parts.statements, rows: record.statements.map((s) => ({ id: s.id, label: text(s.textZh, s.textEn) })) },
    {
      kind: 'cooperationItem',
      title: w.parts.cooperationItems,
      rows: record.cooperationItems.map((i) => ({ id: i.id, label: `${text(i.titleZh, i.titleEn)} · ${t.enums.cooperationStatus[i.status]}` })),
    },
    { kind: 'practice', title: w.parts.practices, rows: record.practices.map((p) => ({ id: p.id, label: text(p.titleZh, p.titleEn) })) },
    {
      kind: 'link',
      title: w.parts.links,
      rows: record.links.map((l) => ({ id: l.id, label: `${t.enums.exchangeLinkKind[l.kind]}: ${l.target ? text(l.target.titleZh, l.target.titleEn) : l.targetId}` })),
    },
    {
      kind: 'attachment',
      title: w.parts.attachments,
      rows: record.attachments.map((a) => ({ id: a.id, label: [text(a.captionZh, a.captionEn), a.fileName, t.enums.visibility[a.visibility]].join(' · ') })),
    },
  ] as const;

  return (
    <article>
      <p className="text-sm font-medium text-brand-700">
        {t.enums.exchangeKind[record.kind]} · <CityPair from={record.visitingCity} joining={record.otherVisitingCities} to={record.hostCity} locale={locale} t={t} /> ·{' '}
        <ExchangeDate startDate={record.startDate} endDate={record.endDate} precision={record.datePrecision} disputed={false} locale={locale} t={t} />
      </p>
      <h1 className="mt-1 text-3xl font-bold text-brand-900">{text(record.titleZh, record.titleEn)}</h1>
      <p className="mt-3 flex flex-wrap gap-4 text-sm">
        <Link href={`${base}/editor` as Route} className="font-medium text-brand-800 underline">
          {w.editor.open}
        </Link>
        <Link href={`${base}/edit` as Route} className="text-brand-800 underline">
          {w.exchangeForm.editTitle}
        </Link>
        <Link href={`${base}/history` as Route} className="text-brand-800 underline">
          {w.review.history}
        </Link>
        {working.publication && !working.publication.withdrawnAt && (
          <Link href={`/${locale}/exchanges/${fields.slug}` as Route} className="text-brand-800 underline">
            {w.review.viewPublic}
          </Link>
        )}
      </p>

      <ReviewPanel
        locale={locale}
        state={fields.publicationState}
        publication={working.publication}
        workingVersion={fields.workingVersion}
        mayPublish={working.mayPublish}
        lastReview={working.lastReview}
        unpublished={working.unpublished}
        actions={Object.fromEntries(exchangeSteps.map((name) => [name, workflowAction.bind(null, locale, fields.id, name)]))}
      />

      {sections.map((section) => (
        <ListSection key={section.kind} id={section.kind} title={section.title} add={{ href: `${base}/${section.kind}/new`, label: `${w.parts.add}: ${w.parts[section.kind]}` }}>
          {section.rows.length === 0 ? (
            <p className="mt-2 text-sm text-stone-600">{w.parts.none}</p>
          ) : (
            <ol className="mt-2 space-y-1">
              {section.rows.map((row) => (
                <li key={row.id} className="flex items-baseline justify-between gap-4">
                  <span className="line-clamp-1">{row.label}</span>
                  <Link
                    href={`${base}/${section.kind}/${row.id}` as Route}
                    className="shrink-0 text-sm text-brand-800 underline"
                    aria-label={`${section.kind === 'cooperationItem' ? w.progress.manage : w.parts.edit}: ${row.label}`}
                  >
                    {section.kind === 'cooperationItem' ? w.progress.manage : w.parts.edit}
                  </Link>
                </li>
              ))}
            </ol>
          )}
        </ListSection>
      ))}

      <ListSection id="sources" title={w.sources.title} add={{ href: `${base}/sources/new`, label: w.sources.add }}>
        <p className="mt-2 text-sm text-stone-700">{w.sources.intro}</p>
        {record.sources.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600">{w.sources.none}</p>
        ) : (
          <ol className="mt-2 space-y-1">
            {record.sources.map((source) => {
              const label = `[${source.number}] ${[text(source.publicationZh, source.publicationEn), text(source.titleZh, source.titleEn)].filter(Boolean).join(' · ')}`;
              return (
                <li key={source.id} className="flex items-baseline justify-between gap-4">
                  <span className="line-clamp-1">{label}</span>
                  <Link href={`${base}/sources/${source.id}` as Route} className="shrink-0 text-sm text-brand-800 underline" aria-label={`${w.sources.edit}: ${label}`}>
                    {w.sources.edit}
                  </Link>
                </li>
              );
            })}
          </ol>
        )}
        <div className="mt-4">
          <CitationPanel
            locale={locale}
            record={record}
            subject={{ kind: 'EXCHANGE', id: record.id }}
            citations={record.citations}
            sourceChoices={sourceChoices}
            title={w.sources.forRecord}
          />
        </div>
      </ListSection>

      <ListSection id="claims" title={w.claims.title} add={{ href: `${base}/claims/new`, label: w.claims.add }}>
        <p className="mt-2 text-sm text-stone-700">{w.claims.intro}</p>
        <ClaimsPanel locale={locale} record={record} exchangeVersion={fields.version} />
      </ListSection>
    </article>
  );
}

/** One list of the record, headed, with the link that adds to it. */
function ListSection({ id, title, add, children }: { id: string; title: string; add: { href: string; label: string }; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-8 scroll-mt-4">
      <div className="flex items-baseline justify-between border-b border-stone-200 pb-2">
        <h2 id={`${id}-heading`} className="text-xl font-semibold text-brand-900">
          {title}
        </h2>
        <Link href={add.href as Route} className="text-sm font-medium text-brand-800 underline">
          {add.label}
        </Link>
      </div>
      {children}
    </section>
  );
}
