import type { Route } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { isAdmin } from '@/lib/data/access';
import { getViewer } from '@/lib/data/current-viewer';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { isLocale } from '@/lib/i18n/locales';

/** The admin section's menu. Each page asks lib/data, which refuses anyone but an admin. */
export default async function AdminLayout({ children, params }: LayoutProps<'/[locale]/admin'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const a = getAdminMessages(locale);
  const sections = [
    ['accounts', '/admin/accounts'],
    ['cities', '/admin/cities'],
    ['organizations', '/admin/organizations'],
    ['people', '/admin/people'],
    ['import', '/admin/import'],
    ['audit', '/admin/audit'],
    ['deleted', '/manage/deleted'],
  ] as const;
  return (
    <div>
      {isAdmin(await getViewer()) && (
        <nav aria-label={a.nav.label} className="mb-6 flex flex-wrap gap-4 border-b border-stone-200 pb-3 text-sm font-medium">
          {sections.map(([key, path]) => (
            <Link key={key} href={`/${locale}${path}` as Route} className="text-brand-800 hover:underline">
              {a.nav[key]}
            </Link>
          ))}
        </nav>
      )}
      {children}
    </div>
  );
}
