import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { RecordForm } from '@/components/manage/record-form';
import { listSourceChoices } from '@/lib/data/sources';
import { getWorkingExchange } from '@/lib/data/workspace';
import { orNotFound, workspaceViewer } from '@/lib/forms/page-params';
import { claimSpec } from '@/lib/forms/specs';
import { isLocale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';
import { addClaimAction } from '../../../../actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/manage/exchanges/[id]/claims/new'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getWorkspaceMessages(locale).claims.newTitle, robots: { index: false } } : {};
}

export default async function NewClaimPage({ params }: PageProps<'/[locale]/manage/exchanges/[id]/claims/new'>) {
  const { locale: rawLocale, id } = await params;
  const { locale, viewer } = await workspaceViewer(rawLocale, `/${rawLocale}/manage/exchanges/${id}/claims/new`);
  const { record } = await orNotFound(getWorkingExchange(viewer, id));
  const sources = await listSourceChoices(viewer);
  const w = getWorkspaceMessages(locale);
  const cited = new Set(record.sources.map((s) => s.id));
  return (
    <div className="max-w-3xl">
      <p className="text-sm text-stone-600">{localize(locale, record.titleZh, record.titleEn)}</p>
      <h1 className="mb-2 text-3xl font-bold text-brand-900">{w.claims.newTitle}</h1>
      <p className="mb-6 text-sm text-stone-700">{w.claims.intro}</p>
      {sources.length === 0 ? (
        <p>
          {w.claims.needsSource}{' '}
          <Link href={`/${locale}/manage/exchanges/${id}/sources/new` as Route} className="text-brand-800 underline">
            {w.sources.add}
          </Link>
        </p>
      ) : (
        <RecordForm
          schema="claim"
          action={addClaimAction.bind(null, locale, id)}
          locale={locale}
          fields={claimSpec(locale, sources, cited, { field: 'startDate', basis: 'STATED' })}
          submitLabel={w.claims.add}
        />
      )}
    </div>
  );
}
