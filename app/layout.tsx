import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { defaultLocale, isLocale, languageTag } from '@/lib/i18n/locales';
import { localeHeader } from '@/lib/i18n/request-locale';
import './globals.css';

/**
 * The document shell. It sits above the /zh and /en trees so that every page, including a 404 for an
 * unknown address, is rendered on the server in the right language.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const requested = (await headers()).get(localeHeader) ?? '';
  const locale = isLocale(requested) ? requested : defaultLocale;
  return (
    <html lang={languageTag[locale]}>
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">{children}</body>
    </html>
  );
}
