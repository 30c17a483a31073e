import { RecordForm } from '@/components/manage/record-form';
import { WorkflowButton } from '@/components/manage/workflow-button';
import type { ExchangeRecord } from '@/lib/data/exchange-record';
import { citationSpec, type SourceChoice } from '@/lib/forms/specs';
import type { RecordKind } from '@/lib/generated/prisma/enums';
import type { Locale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';
import { citeSourceAction, removeCitationAction } from '@/app/[locale]/manage/actions';

/** The sources one entry cites, each removable, and a form to cite another source on record. */
export function CitationPanel({
  locale,
  record,
  subject,
  citations,
  sourceChoices,
  title,
}: {
  locale: Locale;
  record: ExchangeRecord;
  subject: { kind: RecordKind; id: string };
  citations: readonly { id: string; number: number; locator: string | null }[];
  sourceChoices: readonly SourceChoice[];
  title: string;
}) {
  const w = getWorkspaceMessages(locale);
  const headingId = `citations-${subject.id}`;
  const sourceOf = (n: number) => record.sources.find((s) => s.number === n);
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-stone-200 bg-white p-4">
      <h3 id={headingId} className="font-semibold text-brand-900">
        {title}
      </h3>
      {citations.length === 0 ? (
        <p className="mt-1 text-sm text-stone-600">{w.sources.none}</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {citations.map((citation) => {
            const source = sourceOf(citation.number);
            const label = `[${citation.number}] ${source ? localize(locale, source.publicationZh, source.publicationEn) : ''}${citation.locator ? ` — ${citation.locator}` : ''}`;
            return (
              <li key={citation.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                <span>{label}</span>
                <WorkflowButton
                  action={removeCitationAction.bind(null, locale, citation.id)}
                  label={w.sources.removeCitation}
                  accessibleLabel={`${w.sources.removeCitation}: ${label}`}
                  confirm={w.sources.removeCitationConfirm}
                  tone="secondary"
                />
              </li>
            );
          })}
        </ul>
      )}
      {sourceChoices.length > 0 && (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium text-brand-800">{w.sources.cite}</summary>
          <div className="mt-3">
            <RecordForm
              schema="citation"
              action={citeSourceAction.bind(null, locale, record.id)}
              locale={locale}
              fields={citationSpec(locale, sourceChoices, new Set(record.sources.map((source) => source.id)))}
              hidden={{ subjectKind: subject.kind, subjectId: subject.id }}
              submitLabel={w.sources.addCitation}
            />
          </div>
        </details>
      )}
    </section>
  );
}
