'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { type Locale, languageTag } from '@/lib/i18n/locales';

/**
 * A link to the same page in the other language. It loads a whole new document rather than
 * navigating within the app, because the document's language (`<html lang>`) changes with it.
 */
export function LanguageSwitch({ locale, label, description }: { locale: Locale; label: string; description: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const other: Locale = locale === 'zh' ? 'en' : 'zh';
  const rest = pathname.replace(/^\/(zh|en)(?=\/|$)/, '');
  return (
    <a
      href={`/${other}${rest}${search ? `?${search}` : ''}`}
      hrefLang={languageTag[other]}
      lang={languageTag[other]}
      aria-label={description}
      className="rounded-md border border-brand-600 px-3 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50"
    >
      {label}
    </a>
  );
}
