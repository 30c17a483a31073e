import { type NextRequest, NextResponse } from 'next/server';
import { defaultLocale, isLocale, negotiateLocale } from './lib/i18n/locales';
import { localeHeader } from './lib/i18n/request-locale';

/**
 * Every page lives under its language (/zh/…, /en/…). A path without one is redirected to the
 * visitor's preferred language; a regional variant (/zh-CN/…, /en-US/…) to its language. This is
 * routing only: it guards nothing.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const [first = '', ...rest] = pathname.split('/').filter(Boolean);
  if (isLocale(first)) {
    const headers = new Headers(request.headers);
    headers.set(localeHeader, first);
    return NextResponse.next({ request: { headers } });
  }
  const regional = /^(zh|en)[-_][a-z]+$/i.exec(first)?.[1]?.toLowerCase();
  const url = request.nextUrl.clone();
  url.pathname = regional && isLocale(regional)
    ? `/${[regional, ...rest].join('/')}`
    : `/${negotiateLocale(request.headers.get('accept-language')) ?? defaultLocale}${pathname === '/' ? '' : pathname}`;
  const response = NextResponse.redirect(url);
  response.headers.set('Vary', 'Accept-Language');
  return response;
}

export const config = {
  matcher: ['/((?!_next/|api/|favicon.ico|robots.txt|.*\\.(?:svg|png|ico|txt|webmanifest)$).*)'],
};
