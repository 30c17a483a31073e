import type { Metadata } from 'next';
import { PersonName } from '@/components/person-name';
import { RecordForm } from '@/components/manage/record-form';
import { getPersonAndNamesakes } from '@/lib/data/people';
import { orNotFound, workspaceViewer } from '@/lib/forms/page-params';
import { isLocale } from '@/lib/i18n/locales';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';
import { proposePersonMergeAction } from '../../../actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/manage/people/[id]/duplicate'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getWorkspaceMessages(locale).editor.duplicateTitle, robots: { index: false } } : {};
}

/** Staff say which entry of a similar name is the same person; an admin decides (admin/people). */
export default async function ProposeDuplicatePage({ params }: PageProps<'/[locale]/manage/people/[id]/duplicate'>) {
  const { locale: rawLocale, id } = await params;
  const { locale, viewer } = await workspaceViewer(rawLocale, `/${rawLocale}/manage/people/${id}/duplicate`);
  const { person, namesakes } = await orNotFound(getPersonAndNamesakes(viewer, id));
  const w = getWorkspaceMessages(locale);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold text-brand-900">{w.editor.duplicateTitle}</h1>
      <p className="mt-2 text-xl font-semibold">
        <PersonName person={person} locale={locale} />
      </p>
      <p className="mt-2 mb-6 text-stone-700">{w.editor.duplicateIntro}</p>
      {namesakes.length === 0 ? (
        <p>{w.editor.duplicateNone}</p>
      ) : (
        <RecordForm
          schema="personMergeProposal"
          action={proposePersonMergeAction.bind(null, locale)}
          locale={locale}
          fields={[
            {
              name: 'keepId',
              type: 'select',
              label: w.editor.duplicateOf,
              required: true,
              emptyOption: w.parts.noneChosen,
              options: namesakes.map((other) => ({
                value: other.id,
                label: [[other.nameZh, other.nameEn].filter(Boolean).join(' · '), ...other.roles.map((role) => [role.titleZh, role.titleEn].filter(Boolean).join(' / '))].join(' — '),
              })),
            },
            { name: 'note', type: 'textarea', label: w.exchangeForm.note },
          ]}
          hidden={{ mergeId: person.id }}
          submitLabel={w.editor.duplicatePropose}
        />
      )}
    </div>
  );
}
