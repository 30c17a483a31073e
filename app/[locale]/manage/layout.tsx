import type { Route } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { isAdmin } from '@/lib/data/access';
import { getViewer } from '@/lib/data/current-viewer';
import { countReviewQueue } from '@/lib/data/review';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { isLocale } from '@/lib/i18n/locales';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';

export default async function WorkspaceLayout({ children, params }: LayoutProps<'/[locale]/manage'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getWorkspaceMessages(locale);
  const viewer = await getViewer();
  // Signed-out visitors are sent to sign in by the page itself; they have nothing to review.
  const waiting = viewer.kind === 'user' ? await countReviewQueue(viewer) : 0;
  return (
    <div>
      <nav aria-label={t.nav.workspace} className="mb-6 flex flex-wrap gap-4 border-b border-stone-200 pb-3 text-sm font-medium">
        <Link href={`/${locale}/manage` as Route} className="text-brand-800 hover:underline">
          {t.nav.workspace}
        </Link>
        <Link href={`/${locale}/manage/exchanges/new/editor` as Route} className="text-brand-800 hover:underline">
          {t.nav.logExchange}
        </Link>
        <Link href={`/${locale}/manage/exchanges/new` as Route} className="text-brand-800 hover:underline">
          {t.nav.newExchange}
        </Link>
        <Link href={`/${locale}/manage/review` as Route} className="text-brand-800 hover:underline">
          {waiting > 0 ? t.nav.reviewCount(waiting) : t.nav.review}
        </Link>
        <Link href={`/${locale}/manage/relationships` as Route} className="text-brand-800 hover:underline">
          {t.nav.relationships}
        </Link>
        <Link href={`/${locale}/manage/translations` as Route} className="text-brand-800 hover:underline">
          {t.nav.translations}
        </Link>
        <Link href={`/${locale}/manage/deleted` as Route} className="text-brand-800 hover:underline">
          {t.nav.deleted}
        </Link>
        {/* Shown to admins only for tidiness: the admin pages ask lib/data, which refuses everyone else. */}
        {isAdmin(viewer) && (
          <Link href={`/${locale}/admin` as Route} className="text-brand-800 hover:underline">
            {getAdminMessages(locale).nav.label}
          </Link>
        )}
      </nav>
      {children}
    </div>
  );
}
