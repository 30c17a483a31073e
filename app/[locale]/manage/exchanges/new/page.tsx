import type { Metadata } from 'next';
import { RecordForm } from '@/components/manage/record-form';
import { listCityChoices } from '@/lib/data/workspace';
import { workspaceViewer } from '@/lib/forms/page-params';
import { exchangeSpec } from '@/lib/forms/specs';
import { isLocale } from '@/lib/i18n/locales';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';
import { createExchangeAction } from '../../actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/manage/exchanges/new'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getWorkspaceMessages(locale).exchangeForm.newTitle, robots: { index: false } } : {};
}

export default async function NewExchangePage({ params }: PageProps<'/[locale]/manage/exchanges/new'>) {
  const { locale: rawLocale } = await params;
  const { locale, viewer } = await workspaceViewer(rawLocale, `/${rawLocale}/manage/exchanges/new`);
  const w = getWorkspaceMessages(locale);
  // Staff see their own cities first: one of the two must be theirs.
  const cities = (await listCityChoices(viewer)).sort((a, b) => Number(b.mine) - Number(a.mine));
  const defaults = { datePrecision: 'DAY', status: 'TOOK_PLACE', originalLanguage: locale, translation: 'HUMAN' };
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold text-brand-900">{w.exchangeForm.newTitle}</h1>
      <RecordForm
        schema="exchange"
        action={createExchangeAction.bind(null, locale)}
        locale={locale}
        fields={exchangeSpec(locale, { cities }, defaults)}
        submitLabel={w.exchangeForm.create}
      />
    </div>
  );
}
