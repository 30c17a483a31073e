import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { describeError } from '@/lib/errors';
import { getMessages } from '@/lib/i18n/messages';
import { requestedLocale } from '@/lib/i18n/request-locale';

/** "Not found", in the language of the address that was asked for. */
export async function NotFoundMessage() {
  const locale = await requestedLocale();
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

/**
 * The title and description of a "not found" page, so that it does not pass for the page that was
 * asked for. Absolute: some of these pages are outside the language layouts whose template adds the
 * site's name.
 */
export async function notFoundMetadata(): Promise<Metadata> {
  const locale = await requestedLocale();
  const t = getMessages(locale);
  return { title: { absolute: t.app.pageTitle(t.errors.notFoundTitle) }, description: describeError('NOT_FOUND', locale) };
}
