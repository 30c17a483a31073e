import { type NextRequest, NextResponse } from 'next/server';
import { defaultLocale, isLocale, negotiateLocale } from './lib/i18n/locales';
import { localeHeader } from './lib/i18n/request-locale';
import {
  createNonce,
  dataContentSecurityPolicy,
  pageContentSecurityPolicy,
  securityHeaders,
} from './lib/security/headers';

const environment = {
  development: process.env.NODE_ENV === 'development',
  production: process.env.NODE_ENV === 'production',
};

/** Addresses that are files, not pages: they are served as they are, without a language. */
const file = /\.(?:svg|png|ico|txt|webmanifest)$/;

/**
 * Every response gets the security headers of lib/security/headers.ts here. Every page lives under its
 * language (/zh/…, /en/…): a path without one is redirected to the visitor's preferred language; a
 * regional variant (/zh-CN/…, /en-US/…) to its language. Beyond the headers this is routing only: it
 * guards nothing.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith('/api/')) return secured(NextResponse.next(), dataContentSecurityPolicy);

  const policy = pageContentSecurityPolicy(createNonce(), environment);
  const headers = new Headers(request.headers);
  // Next takes the nonce for its own inline scripts from the policy on the request.
  headers.set('Content-Security-Policy', policy);
  const [first = '', ...rest] = pathname.split('/').filter(Boolean);
  if (file.test(pathname)) return secured(NextResponse.next({ request: { headers } }), policy);
  if (isLocale(first)) {
    headers.set(localeHeader, first);
    return secured(NextResponse.next({ request: { headers } }), policy);
  }
  const regional = /^(zh|en)[-_][a-z]+$/i.exec(first)?.[1]?.toLowerCase();
  const url = request.nextUrl.clone();
  url.pathname = regional && isLocale(regional)
    ? `/${[regional, ...rest].join('/')}`
    : `/${negotiateLocale(request.headers.get('accept-language')) ?? defaultLocale}${pathname === '/' ? '' : pathname}`;
  const response = NextResponse.redirect(url);
  response.headers.set('Vary', 'Accept-Language');
  return secured(response, policy);
}

function secured(response: NextResponse, policy: string): NextResponse {
  for (const [name, value] of Object.entries(securityHeaders(policy, environment))) response.headers.set(name, value);
  return response;
}

export const config = {
  // Next's own build files and development connections under /_next carry no document. Uploads are
  // left out because the proxy would read each whole body into memory before passing it on: their
  // route streams the file to disk and sets these headers itself (lib/forms/attachment-upload.ts).
  matcher: ['/((?!_next/|api/uploads/).*)'],
};
