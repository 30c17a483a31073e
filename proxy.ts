import { type NextRequest, NextResponse } from 'next/server';
import { isLocale, negotiateLocale } from './lib/i18n/locales';

/**
 * Every page lives under its language (/zh/…, /en/…). A path without one is redirected to the
 * visitor's preferred language. This is routing only: it guards nothing.
 */
export function proxy(request: NextRequest) {
  const [first = ''] = request.nextUrl.pathname.split('/').filter(Boolean);
  if (isLocale(first)) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = `/${negotiateLocale(request.headers.get('accept-language'))}${request.nextUrl.pathname === '/' ? '' : request.nextUrl.pathname}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ['/((?!_next/|api/|favicon.ico|robots.txt|.*\\.(?:svg|png|ico|txt|webmanifest)$).*)'],
};
