import type { Metadata } from 'next';
import { RecordForm } from '@/components/manage/record-form';
import { listSigningExchangeChoices } from '@/lib/data/relationships';
import { listCityChoices } from '@/lib/data/workspace';
import { workspaceViewer } from '@/lib/forms/page-params';
import { exchangeChoices } from '@/lib/forms/part-choices';
import { relationshipSpec } from '@/lib/forms/specs';
import { isLocale } from '@/lib/i18n/locales';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';
import { createRelationshipAction } from '../../actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/manage/relationships/new'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getWorkspaceMessages(locale).relationships.newTitle, robots: { index: false } } : {};
}

export default async function NewRelationshipPage({ params }: PageProps<'/[locale]/manage/relationships/new'>) {
  const { locale: rawLocale } = await params;
  const { locale, viewer } = await workspaceViewer(rawLocale, `/${rawLocale}/manage/relationships/new`);
  const r = getWorkspaceMessages(locale).relationships;
  // Staff see their own cities first: one of the two must be theirs.
  const [cities, exchanges] = await Promise.all([listCityChoices(viewer), listSigningExchangeChoices(viewer)]);
  cities.sort((a, b) => Number(b.mine) - Number(a.mine));
  const defaults = { kind: 'SISTER_CITY', status: 'IN_FORCE', establishedPrecision: 'DAY', endedPrecision: 'DAY', originalLanguage: locale, translation: 'HUMAN' };
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold text-brand-900">{r.newTitle}</h1>
      <RecordForm
        schema="relationship"
        action={createRelationshipAction.bind(null, locale)}
        locale={locale}
        fields={relationshipSpec(locale, { cities, linkTargets: exchangeChoices(locale, exchanges) }, defaults)}
        submitLabel={r.create}
      />
    </div>
  );
}
