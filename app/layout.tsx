import type { ReactNode } from 'react';
import { languageTag } from '@/lib/i18n/locales';
import { requestedLocale } from '@/lib/i18n/request-locale';
import './globals.css';

/**
 * The document shell. It sits above the /zh and /en trees so that every page, including a 404 for an
 * unknown address, is rendered on the server in the right language.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={languageTag[await requestedLocale()]}>
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">{children}</body>
    </html>
  );
}
