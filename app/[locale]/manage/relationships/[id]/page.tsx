import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/badge';
import { RecordForm } from '@/components/manage/record-form';
import { ReviewPanel } from '@/components/manage/review-panel';
import { RevisionList } from '@/components/manage/revision-list';
import { WorkflowButton } from '@/components/manage/workflow-button';
import { getWorkingRelationship, listSigningExchangeChoices } from '@/lib/data/relationships';
import { listSourceChoices } from '@/lib/data/sources';
import { listCityChoices } from '@/lib/data/workspace';
import { orNotFound, workspaceViewer } from '@/lib/forms/page-params';
import { exchangeChoices } from '@/lib/forms/part-choices';
import { citationSpec, claimSpec, relationshipSpec } from '@/lib/forms/specs';
import { isLocale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getMessages } from '@/lib/i18n/messages';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';
import { addToRelationshipAction, changeRelationshipEvidenceAction, type RelationshipStep, relationshipWorkflowAction, updateRelationshipAction } from '../../actions';

export const dynamic = 'force-dynamic';

const relationshipSteps = ['submit', 'publish', 'sendBack', 'withdraw', 'delete'] as const satisfies readonly RelationshipStep[];

export async function generateMetadata({ params }: PageProps<'/[locale]/manage/relationships/[id]'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getWorkspaceMessages(locale).relationships.editTitle, robots: { index: false } } : {};
}

/** One relationship: where its review stands, its form, and its history. */
export default async function WorkingRelationshipPage({ params }: PageProps<'/[locale]/manage/relationships/[id]'>) {
  const { locale: rawLocale, id } = await params;
  const { locale, viewer } = await workspaceViewer(rawLocale, `/${rawLocale}/manage/relationships/${id}`);
  const { relationship, revisions, unpublished, lastReview, translations, mayPublish } = await orNotFound(getWorkingRelationship(viewer, id));
  const [cities, exchanges, sourceChoices] = await Promise.all([listCityChoices(viewer), listSigningExchangeChoices(viewer), listSourceChoices(viewer)]);
  const cited = new Set(relationship.citations.map((citation) => citation.source.id));
  const sourceName = (source: { publicationZh: string; publicationEn: string; titleZh: string | null; titleEn: string | null }) =>
    [localize(locale, source.publicationZh, source.publicationEn), localize(locale, source.titleZh, source.titleEn)].filter(Boolean).join(', ');
  const t = getMessages(locale);
  const w = getWorkspaceMessages(locale);
  const r = w.relationships;
  const name = (city: { nameZh: string; nameEn: string }) => localize(locale, city.nameZh, city.nameEn);
  const { publication, publicationState } = relationship;
  return (
    <article className="max-w-3xl">
      <p className="text-sm font-medium text-brand-700">
        {t.enums.relationshipKind[relationship.kind]} · {t.enums.relationshipStatus[relationship.status]}
      </p>
      <h1 className="mt-1 text-3xl font-bold text-brand-900">{r.between(name(relationship.city), name(relationship.partnerCity))}</h1>

      <ReviewPanel
        locale={locale}
        state={publicationState}
        publication={publication}
        workingVersion={relationship.workingVersion}
        mayPublish={mayPublish}
        lastReview={lastReview}
        unpublished={unpublished}
        actions={Object.fromEntries(relationshipSteps.map((name) => [name, relationshipWorkflowAction.bind(null, locale, id, name)]))}
      />

      <section aria-labelledby="form-heading" className="mt-8">
        <h2 id="form-heading" className="mb-4 text-xl font-semibold text-brand-900">
          {r.save}
        </h2>
        <RecordForm
          schema="relationship"
          action={updateRelationshipAction.bind(null, locale, id)}
          locale={locale}
          fields={[...relationshipSpec(locale, { cities, linkTargets: exchangeChoices(locale, exchanges) }, relationship, translations), { name: 'note', type: 'textarea', label: r.fields.note }]}
          hidden={{ version: relationship.version }}
          submitLabel={r.save}
        />
      </section>

      <section id="files" aria-labelledby="files-heading" className="mt-10">
        <h2 id="files-heading" className="text-xl font-semibold text-brand-900">
          {w.parts.attachments}
        </h2>
        <p className="mt-1 text-sm text-stone-700">{r.filesIntro}</p>
        {relationship.attachments.length === 0 ? (
          <p className="mt-3 text-sm text-stone-600">{r.noFiles}</p>
        ) : (
          <ul className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {relationship.attachments.map((file) => (
              <li key={file.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-2">
                <span>{[localize(locale, file.captionZh, file.captionEn), file.fileName, t.enums.visibility[file.visibility]].filter(Boolean).join(' · ')}</span>
                <Link href={`/${locale}/manage/relationships/${id}/files/${file.id}` as Route} className="text-sm text-brand-700 underline">
                  {w.parts.edit}
                  <span className="sr-only"> {file.fileName}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <Link href={`/${locale}/manage/relationships/${id}/files/new` as Route} className="mt-3 inline-block font-medium text-brand-700 underline">
          {w.parts.add}: {w.parts.attachment}
        </Link>
      </section>

      <section id="sources" aria-labelledby="sources-heading" className="mt-10">
        <h2 id="sources-heading" className="text-xl font-semibold text-brand-900">
          {r.sourcesTitle}
        </h2>
        <p className="mt-1 text-sm text-stone-700">{r.sourcesIntro}</p>
        {relationship.citations.length === 0 ? (
          <p className="mt-3 text-sm text-stone-600">{w.sources.none}</p>
        ) : (
          <ol className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {relationship.citations.map((citation) => (
              <li key={citation.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-2">
                <span>{[sourceName(citation.source), citation.locator].filter(Boolean).join(' — ')}</span>
                <WorkflowButton
                  action={changeRelationshipEvidenceAction.bind(null, locale, citation.id, 'uncite')}
                  label={w.sources.removeCitation}
                  confirm={w.sources.removeCitationConfirm}
                  tone="secondary"
                />
              </li>
            ))}
          </ol>
        )}
        <section aria-labelledby="cite-heading" className="mt-6">
          <h3 id="cite-heading" className="mb-2 font-semibold text-brand-900">
            {r.citeTitle}
          </h3>
          <RecordForm
            schema="relationshipCitation"
            action={addToRelationshipAction.bind(null, locale, id, 'citation')}
            locale={locale}
            fields={citationSpec(locale, sourceChoices, cited)}
            submitLabel={w.sources.addCitation}
          />
        </section>
        <Link href={`/${locale}/manage/relationships/${id}/sources/new` as Route} className="mt-3 inline-block font-medium text-brand-700 underline">
          {r.newSource}
        </Link>

        <h3 className="mt-8 font-semibold text-brand-900">{r.claimsOnDates}</h3>
        {relationship.claims.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600">{w.claims.none}</p>
        ) : (
          <ul className="mt-2 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {relationship.claims.map((claim) => (
              <li key={claim.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
                <span>
                  {[r.fields[claim.field as 'establishedOn' | 'endedOn'], claim.value, sourceName(claim.source), claim.quotation && `“${claim.quotation}”`].filter(Boolean).join(' · ')}{' '}
                  {claim.accepted && <Badge tone="brand">{w.claims.accepted}</Badge>}
                </span>
                <span className="flex gap-2">
                  {!claim.accepted && (
                    <WorkflowButton
                      action={changeRelationshipEvidenceAction.bind(null, locale, claim.id, 'accept')}
                      label={w.claims.accept}
                      hidden={{ version: relationship.version }}
                      tone="secondary"
                    />
                  )}
                  <WorkflowButton
                    action={changeRelationshipEvidenceAction.bind(null, locale, claim.id, 'deleteClaim')}
                    label={w.claims.remove}
                    confirm={w.claims.removeConfirm}
                    hidden={{ version: claim.version }}
                    tone="danger"
                  />
                </span>
              </li>
            ))}
          </ul>
        )}
        <section aria-labelledby="claim-heading" className="mt-6">
          <h3 id="claim-heading" className="mb-2 font-semibold text-brand-900">
            {r.addClaim}
          </h3>
          {sourceChoices.length === 0 ? (
            <p className="text-sm text-stone-700">{w.claims.needsSource}</p>
          ) : (
            <RecordForm
              schema="relationshipClaim"
              action={addToRelationshipAction.bind(null, locale, id, 'claim')}
              locale={locale}
              fields={claimSpec(
                locale,
                sourceChoices,
                cited,
                { field: 'establishedOn', basis: 'STATED' },
                { options: (['establishedOn', 'endedOn'] as const).map((field) => ({ value: field, label: r.fields[field] })), valueHint: r.claimValueHint },
              )}
              submitLabel={r.addClaim}
            />
          )}
        </section>
      </section>

      <section aria-labelledby="history-heading" className="mt-10">
        <h2 id="history-heading" className="text-xl font-semibold text-brand-900">
          {w.review.history}
        </h2>
        <RevisionList revisions={revisions} locale={locale} entityNames={w.history.entities} />
      </section>
    </article>
  );
}
