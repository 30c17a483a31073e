import type { Route } from 'next';
import Link from 'next/link';
import { type AppError, describeError } from '@/lib/errors';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import type { Locale } from '@/lib/i18n/locales';

/** What a signed-in person who is not an administrator sees in the admin section. */
export function AdminRefusal({ refusal, locale }: { refusal: AppError; locale: Locale }) {
  const a = getAdminMessages(locale);
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-bold text-brand-900">{a.refused.title}</h1>
      <p className="mt-3 text-stone-700">{describeError(refusal, locale)}</p>
      <p className="mt-6">
        <Link href={`/${locale}/manage` as Route} className="text-brand-700 underline">
          {a.refused.back}
        </Link>
      </p>
    </div>
  );
}
