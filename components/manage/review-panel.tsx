import { Badge } from '@/components/badge';
import type { PublicationState } from '@/lib/generated/prisma/enums';
import type { ReviewStep, RevisionEntry } from '@/lib/data/mutation';
import { formatDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';
import type { FormAction } from '@/lib/validation/form';
import { RecordForm } from './record-form';
import { RevisionList } from './revision-list';
import { WorkflowButton } from './workflow-button';

export type ReviewAction = 'submit' | 'publish' | 'sendBack' | 'withdraw' | 'reinstate' | 'delete';

/**
 * Where a record stands in review, and the steps the viewer may take: its state and public copy, what
 * became of it last (sent back, and why), what the next publication would make public, and the buttons.
 * Publish carries the working version shown here, so what changed since is never published unseen.
 */
export function ReviewPanel({
  locale,
  state,
  publication,
  workingVersion,
  mayPublish,
  lastReview,
  unpublished,
  actions,
}: {
  locale: Locale;
  state: PublicationState;
  publication: { publishedAt: Date; withdrawnAt?: Date | null } | null;
  workingVersion: number;
  mayPublish: boolean;
  lastReview: ReviewStep | null;
  unpublished: readonly RevisionEntry[];
  /** The steps this kind of record has. */
  actions: Partial<Record<ReviewAction, FormAction>>;
}) {
  const t = getMessages(locale);
  const w = getWorkspaceMessages(locale);
  const onSite = publication && !publication.withdrawnAt;
  const hasChanges = state === 'DRAFT' || state === 'IN_REVIEW';
  const button = (name: ReviewAction, label: string, extra: Partial<Parameters<typeof WorkflowButton>[0]> = {}) => {
    const action = actions[name];
    return action && <WorkflowButton action={action} label={label} tone="secondary" {...extra} />;
  };
  return (
    <section aria-labelledby="review-heading" className="mt-6 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="review-heading" className="text-lg font-semibold text-brand-900">
        {w.review.title}
      </h2>
      <p className="mt-1">
        <Badge tone={state === 'PUBLISHED' ? 'brand' : 'neutral'}>{w.review.state(t.enums.publicationState[state])}</Badge>
      </p>
      <p className="mt-2 text-sm text-stone-700">
        {!publication
          ? w.review.neverPublished
          : publication.withdrawnAt
            ? `${w.review.withdrawnOn} ${formatDate(publication.withdrawnAt, locale)}`
            : `${w.review.publicCopy} ${formatDate(publication.publishedAt, locale)}`}
      </p>
      {lastReview && <LastReviewStep step={lastReview} state={state} locale={locale} />}
      {hasChanges && !mayPublish && <p className="mt-2 text-sm text-stone-700">{w.review.ownChanges}</p>}
      <div className="mt-3 flex flex-wrap gap-3">
        {state === 'DRAFT' && button('submit', w.review.submit)}
        {hasChanges && mayPublish && button('publish', publication ? w.review.publishChanges : w.review.publish, { tone: 'primary', hidden: { workingVersion } })}
        {onSite && button('withdraw', w.review.withdraw)}
        {publication?.withdrawnAt && button('reinstate', w.review.reinstate)}
        {button('delete', w.review.delete, { confirm: w.review.deleteConfirm, tone: 'danger' })}
      </div>
      {state === 'IN_REVIEW' && mayPublish && actions.sendBack && (
        <details className="mt-4">
          <summary className="cursor-pointer text-sm font-medium text-brand-800">{w.review.sendBack}</summary>
          <div className="mt-3">
            <RecordForm
              schema="sendingBack"
              action={actions.sendBack}
              locale={locale}
              fields={[{ name: 'note', type: 'textarea', label: w.review.sendBackComment, required: true }]}
              submitLabel={w.review.sendBackButton}
            />
          </div>
        </details>
      )}
      {hasChanges && (
        <details className="mt-4" open={mayPublish}>
          <summary className="cursor-pointer text-sm font-medium text-brand-800">{publication ? w.review.changes : w.review.changesNew}</summary>
          {unpublished.length === 0 ? (
            <p className="mt-2 text-sm text-stone-600">{w.review.noChanges}</p>
          ) : (
            <RevisionList revisions={unpublished} locale={locale} entityNames={w.history.entities} />
          )}
        </details>
      )}
    </section>
  );
}

/** The state each step of review leaves a record in: a step is news only while the record is still there. */
const stateAfter: Partial<Record<ReviewStep['action'], PublicationState>> = { SUBMIT: 'IN_REVIEW', PUBLISH: 'PUBLISHED', WITHDRAW: 'WITHDRAWN', SEND_BACK: 'DRAFT' };

/** What became of the record last in review (published, sent back with the reviewer's comment, or waiting), while it still stands. */
export function LastReviewStep({ step, state, locale }: { step: ReviewStep; state: PublicationState; locale: Locale }) {
  const w = getWorkspaceMessages(locale);
  const said = w.review.lastStep[step.action as keyof typeof w.review.lastStep];
  if (!said || stateAfter[step.action] !== state) return null;
  const who = step.actor ? (step.actor.name ?? step.actor.email) : w.history.commandLine;
  return (
    <div className={`mt-2 text-sm ${step.action === 'SEND_BACK' ? 'rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950' : 'text-stone-700'}`}>
      <p>{said(who, formatDate(step.createdAt, locale))}</p>
      {step.note && <p className="mt-1 whitespace-pre-line">{step.note}</p>}
    </div>
  );
}
