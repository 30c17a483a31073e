import type { Route } from 'next';
import Link from 'next/link';
import { type ReactNode, Suspense } from 'react';
import { signOutAction } from '@/app/[locale]/sign-in/actions';
import { LanguageSwitch } from '@/components/language-switch';
import { getViewer } from '@/lib/data/current-viewer';
import { getExploreMessages } from '@/lib/i18n/explore-messages';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';

/**
 * What surrounds every page of a language: the skip link, the header with the main navigation and the
 * language switch, the main content and the footer. Also around the "not found" of an address that
 * matches no page, so that a mistyped address still leads on.
 */
export async function SiteFrame({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = getMessages(locale);
  const w = getWorkspaceMessages(locale);
  const x = getExploreMessages(locale);
  const signedIn = (await getViewer()).kind === 'user';
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t.app.skipToContent}
      </a>
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href={`/${locale}`} className="flex items-baseline gap-2 text-brand-900">
            <span className="text-2xl font-bold">{t.app.name}</span>
            <span className="hidden text-sm text-stone-600 sm:inline">{t.app.tagline}</span>
          </Link>
          <nav aria-label={t.app.nav.label} className="flex flex-wrap items-center gap-x-4 gap-y-2">
            {(
              [
                [`/${locale}`, t.app.nav.timeline],
                [`/${locale}/cities`, x.nav.cities],
                [`/${locale}/cooperation`, x.nav.cooperation],
                [`/${locale}/search`, x.nav.search],
              ] as const
            ).map(([href, label]) => (
              <Link key={href} href={href as Route} className="text-sm font-medium text-stone-700 hover:text-brand-700">
                {label}
              </Link>
            ))}
            {signedIn ? (
              <>
                <Link href={`/${locale}/manage`} className="text-sm font-medium text-stone-700 hover:text-brand-700">
                  {w.nav.workspace}
                </Link>
                <form action={signOutAction.bind(null, locale)}>
                  <button type="submit" className="text-sm font-medium text-stone-700 hover:text-brand-700">
                    {w.auth.signOut}
                  </button>
                </form>
              </>
            ) : (
              <Link href={`/${locale}/sign-in`} className="text-sm font-medium text-stone-700 hover:text-brand-700">
                {w.auth.signIn}
              </Link>
            )}
            <Suspense>
              <LanguageSwitch locale={locale} label={t.app.switchLanguage} description={t.app.switchLanguageLabel} />
            </Suspense>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
      <footer className="mx-auto max-w-5xl px-4 pb-10 text-sm text-stone-600">{t.app.footer}</footer>
    </>
  );
}
