import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/badge';
import { listWorkspaceRelationships } from '@/lib/data/relationships';
import { workspaceViewer } from '@/lib/forms/page-params';
import { formatDate } from '@/lib/i18n/format';
import { isLocale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getMessages } from '@/lib/i18n/messages';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/manage/relationships'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getWorkspaceMessages(locale).relationships.title, robots: { index: false } } : {};
}

export default async function RelationshipsPage({ params }: PageProps<'/[locale]/manage/relationships'>) {
  const { locale: rawLocale } = await params;
  const { locale, viewer } = await workspaceViewer(rawLocale, `/${rawLocale}/manage/relationships`);
  const relationships = await listWorkspaceRelationships(viewer);
  const t = getMessages(locale);
  const r = getWorkspaceMessages(locale).relationships;
  const name = (city: { nameZh: string; nameEn: string }) => localize(locale, city.nameZh, city.nameEn);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{r.title}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{r.intro}</p>
      <p className="mt-4">
        <Link href={`/${locale}/manage/relationships/new` as Route} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
          {r.add}
        </Link>
      </p>
      {relationships.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600">{r.empty}</p>
      ) : (
        <ul className="mt-6 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {relationships.map((relationship) => (
            <li key={relationship.id} className="flex flex-wrap items-baseline justify-between gap-2 p-4">
              <div>
                <Link href={`/${locale}/manage/relationships/${relationship.id}` as Route} className="text-lg font-semibold text-brand-900 hover:underline">
                  {r.between(name(relationship.city), name(relationship.partnerCity))}
                </Link>
                <p className="text-sm text-stone-600">
                  {t.enums.relationshipKind[relationship.kind]} · {t.enums.relationshipStatus[relationship.status]} · {r.established}{' '}
                  {relationship.establishedOn ? formatDate(relationship.establishedOn, locale, relationship.establishedPrecision) : r.notDated}
                </p>
              </div>
              <Badge tone={relationship.publicationState === 'PUBLISHED' ? 'brand' : 'neutral'}>{t.enums.publicationState[relationship.publicationState]}</Badge>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
