import type { Metadata } from 'next';
import { PersonName } from '@/components/person-name';
import { ReferenceList } from '@/components/manage/reference-page';
import { AdminRefusal } from '@/components/admin/refusal';
import type { Route } from 'next';
import Link from 'next/link';
import { WorkflowButton } from '@/components/manage/workflow-button';
import { listMergeProposals, listPeople } from '@/lib/data/people';
import { formatDate } from '@/lib/i18n/format';
import { dismissMergeProposalAction } from '../reference-actions';
import { adminViewer, orNotFound, searchParam } from '@/lib/forms/page-params';
import { isLocale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getReferenceMessages } from '@/lib/i18n/reference-messages';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/people'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getReferenceMessages(locale).people.title, robots: { index: false } } : {};
}

export default async function PeoplePage({ params, searchParams }: PageProps<'/[locale]/admin/people'>) {
  const { locale: rawLocale } = await params;
  const admin = await adminViewer(rawLocale, `/${rawLocale}/admin/people`);
  if (!admin.ok) return <AdminRefusal refusal={admin.refusal} locale={admin.locale} />;
  const { locale, viewer } = admin;
  const query = searchParam((await searchParams).q);
  const [{ items, more }, proposals] = await orNotFound(Promise.all([listPeople(viewer, { query }), listMergeProposals(viewer)]));
  const r = getReferenceMessages(locale);
  const p = r.people.proposals;
  return (
    <ReferenceList
      locale={locale}
      path={`/${locale}/admin/people`}
      title={r.people.title}
      intro={r.people.intro}
      addLabel={r.people.add}
      query={query}
      more={more}
      entries={items.map((person) => ({
        id: person.id,
        name: <PersonName person={person} locale={locale} />,
        details: [...person.roles.map((role) => localize(locale, role.titleZh, role.titleEn)), r.people.inExchanges(person._count.participations)].join(' · '),
      }))}
    >
      {proposals.length > 0 && (
        <section aria-labelledby="proposals-heading" className="mt-6 rounded-lg border border-amber-600 bg-amber-50 p-4">
          <h2 id="proposals-heading" className="text-xl font-semibold text-brand-900">
            {p.title}
          </h2>
          <ul className="mt-3 space-y-4">
            {proposals.map((proposal) => (
              <li key={proposal.id} className="space-y-1">
                <p className="font-medium">
                  <PersonName person={proposal.keep} locale={locale} /> = <PersonName person={proposal.merge} locale={locale} />
                </p>
                <p className="text-sm text-stone-700">
                  {p.proposedBy(proposal.proposedBy?.name ?? proposal.proposedBy?.email ?? '—', formatDate(proposal.createdAt, locale))}
                  {proposal.note && <> — {proposal.note}</>}
                </p>
                <div className="flex flex-wrap items-start gap-4">
                  <Link href={`/${locale}/admin/people/${proposal.keep.id}/merge?from=${proposal.merge.id}` as Route} className="text-brand-800 underline">
                    {p.compare}
                  </Link>
                  <WorkflowButton action={dismissMergeProposalAction.bind(null, locale, proposal.id)} label={p.dismiss} tone="secondary" />
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </ReferenceList>
  );
}
