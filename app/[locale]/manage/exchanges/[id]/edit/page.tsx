import type { Metadata } from 'next';
import { RecordForm } from '@/components/manage/record-form';
import { getWorkingExchange, listCityChoices, listSiteChoices } from '@/lib/data/workspace';
import { orNotFound, workspaceViewer } from '@/lib/forms/page-params';
import { exchangeSpec } from '@/lib/forms/specs';
import { isLocale } from '@/lib/i18n/locales';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';
import { updateExchangeAction } from '../../../actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/manage/exchanges/[id]/edit'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getWorkspaceMessages(locale).exchangeForm.editTitle, robots: { index: false } } : {};
}

export default async function EditExchangePage({ params }: PageProps<'/[locale]/manage/exchanges/[id]/edit'>) {
  const { locale: rawLocale, id } = await params;
  const { locale, viewer } = await workspaceViewer(rawLocale, `/${rawLocale}/manage/exchanges/${id}/edit`);
  const { fields, translations } = await orNotFound(getWorkingExchange(viewer, id));
  const w = getWorkspaceMessages(locale);
  const [cities, sites] = await Promise.all([listCityChoices(viewer), listSiteChoices(viewer, [fields.visitingCityId, fields.hostCityId])]);
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold text-brand-900">{w.exchangeForm.editTitle}</h1>
      <RecordForm
        schema="exchange"
        action={updateExchangeAction.bind(null, locale, id)}
        locale={locale}
        fields={[...exchangeSpec(locale, { cities, sites }, fields, translations.filter((text) => text.entityId === id)), { name: 'note', type: 'textarea', label: w.exchangeForm.note }]}
        hidden={{ version: fields.version }}
        submitLabel={w.exchangeForm.save}
      />
    </div>
  );
}
