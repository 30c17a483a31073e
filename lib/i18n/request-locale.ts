import { headers } from 'next/headers';
import { defaultLocale, isLocale, type Locale } from './locales';

/**
 * The request header through which the proxy tells the root layout which language a page is in, so
 * that `<html lang>` is right even on pages outside the /zh and /en trees (a 404 for an unknown URL).
 */
export const localeHeader = 'x-jiaoliu-locale';

/** The language of the page being rendered, for the parts that are not given it as a parameter. */
export async function requestedLocale(): Promise<Locale> {
  const requested = (await headers()).get(localeHeader) ?? '';
  return isLocale(requested) ? requested : defaultLocale;
}
