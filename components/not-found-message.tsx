import type { Route } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { describeError } from '@/lib/errors';
import { defaultLocale, isLocale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { localeHeader } from '@/lib/i18n/request-locale';

/** "Not found", in the language of the address that was asked for. */
export async function NotFoundMessage() {
  const requested = (await headers()).get(localeHeader) ?? '';
  const locale = isLocale(requested) ? requested : defaultLocale;
  const t = getMessages(locale);
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-bold text-brand-900">{t.errors.notFoundTitle}</h1>
      <p className="mt-3 text-stone-700">{describeError('NOT_FOUND', locale)}</p>
      <p className="mt-6">
        <Link href={`/${locale}` as Route} className="text-brand-700 underline">
          {t.exchange.backToTimeline}
        </Link>
      </p>
    </div>
  );
}
