'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import type { Route } from 'next';
import type { Locale } from '@/lib/i18n/locales';

/** A link to the same page in the other language. */
export function LanguageSwitch({ locale, label, description }: { locale: Locale; label: string; description: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const other: Locale = locale === 'zh' ? 'en' : 'zh';
  const rest = pathname.replace(/^\/(zh|en)(?=\/|$)/, '');
  const href = `/${other}${rest}${search ? `?${search}` : ''}`;
  return (
    <Link
      href={href as Route}
      hrefLang={other === 'zh' ? 'zh-CN' : 'en'}
      lang={other === 'zh' ? 'zh-CN' : 'en'}
      aria-label={description}
      className="rounded-md border border-brand-600 px-3 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50"
    >
      {label}
    </Link>
  );
}
