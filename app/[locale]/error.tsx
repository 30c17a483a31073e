'use client';

import { useParams } from 'next/navigation';
import { getMessages } from '@/lib/i18n/messages';
import { defaultLocale, isLocale } from '@/lib/i18n/locales';

/** Unexpected failures: the details stay in the server log, the reader gets a plain message. */
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  const { locale } = useParams<{ locale: string }>();
  const t = getMessages(isLocale(locale) ? locale : defaultLocale);
  return (
    <div role="alert" className="py-16 text-center">
      <h1 className="text-2xl font-bold text-brand-900">{t.errors.unexpectedTitle}</h1>
      <p className="mt-3 text-stone-700">{t.errors.unexpected}</p>
      <button
        type="button"
        onClick={() => retry()}
        className="mt-6 rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
      >
        {t.errors.tryAgain}
      </button>
    </div>
  );
}
