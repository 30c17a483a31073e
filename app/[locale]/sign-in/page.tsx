import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { SignInForm } from '@/components/manage/sign-in-form';
import { identityProviderName } from '@/lib/auth/config';
import { getViewer } from '@/lib/data/current-viewer';
import { isLocale } from '@/lib/i18n/locales';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';
import { signInAction, signInWithProviderAction } from './actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/sign-in'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getWorkspaceMessages(locale);
  return { title: t.auth.signInTitle, description: t.auth.signInIntro, robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: PageProps<'/[locale]/sign-in'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  if ((await getViewer()).kind !== 'anonymous') redirect(`/${locale}/manage`);
  const { returnTo } = await searchParams;
  const t = getWorkspaceMessages(locale);
  const provider = identityProviderName();
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold text-brand-900">{t.auth.signInTitle}</h1>
      <p className="mt-2 mb-6 text-stone-700">{t.auth.signInIntro}</p>
      <SignInForm
        action={signInAction.bind(null, locale)}
        locale={locale}
        labels={{ email: t.auth.email, password: t.auth.password }}
        submitLabel={t.auth.signIn}
        returnTo={typeof returnTo === 'string' ? returnTo : undefined}
      />
      {provider && (
        <form action={signInWithProviderAction.bind(null, locale)} className="mt-6 border-t border-stone-200 pt-6">
          <button type="submit" className="w-full rounded-md border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50">
            {t.auth.orUse(provider)}
          </button>
        </form>
      )}
    </div>
  );
}
