import type { Metadata, Route } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { CityPair } from '@/components/city-pair';
import { ExchangeDate } from '@/components/exchange-date';
import { listReviewQueue } from '@/lib/data/review';
import type { ReviewStep } from '@/lib/data/mutation';
import { workspaceViewer } from '@/lib/forms/page-params';
import { formatDate } from '@/lib/i18n/format';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getMessages } from '@/lib/i18n/messages';
import { getWorkspaceMessages } from '@/lib/i18n/workspace-messages';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/manage/review'>): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getWorkspaceMessages(locale).reviewQueue.title, robots: { index: false } } : {};
}

/** What waits for the viewer's review, longest waiting first. */
export default async function ReviewQueuePage({ params }: PageProps<'/[locale]/manage/review'>) {
  const { locale: rawLocale } = await params;
  const { locale, viewer } = await workspaceViewer(rawLocale, `/${rawLocale}/manage/review`);
  const { exchanges, relationships } = await listReviewQueue(viewer);
  const t = getMessages(locale);
  const w = getWorkspaceMessages(locale);
  const q = w.reviewQueue;
  const name = (city: { nameZh: string; nameEn: string }) => localize(locale, city.nameZh, city.nameEn);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{q.title}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{q.intro}</p>
      {exchanges.length + relationships.length === 0 && (
        <p className="mt-8 rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600">{q.empty}</p>
      )}
      {exchanges.length > 0 && (
        <QueueSection id="exchanges" title={q.exchanges}>
          {exchanges.map((exchange) => (
            <QueueEntry
              key={exchange.id}
              href={`/${locale}/manage/exchanges/${exchange.id}`}
              title={localize(locale, exchange.titleZh, exchange.titleEn)}
              context={
                <>
                  <ExchangeDate startDate={exchange.startDate} endDate={exchange.endDate} precision={exchange.datePrecision} disputed={false} locale={locale} t={t} /> ·{' '}
                  <CityPair from={exchange.visitingCity} joining={exchange.otherVisitingCities} to={exchange.hostCity} locale={locale} t={t} />
                </>
              }
              submitted={exchange.submitted}
              publishedAt={exchange.publication?.publishedAt ?? null}
              locale={locale}
            />
          ))}
        </QueueSection>
      )}
      {relationships.length > 0 && (
        <QueueSection id="relationships" title={q.relationships}>
          {relationships.map((relationship) => (
            <QueueEntry
              key={relationship.id}
              href={`/${locale}/manage/relationships/${relationship.id}`}
              title={w.relationships.between(name(relationship.city), name(relationship.partnerCity))}
              context={t.enums.relationshipKind[relationship.kind]}
              submitted={relationship.submitted}
              publishedAt={relationship.publication?.publishedAt ?? null}
              locale={locale}
            />
          ))}
        </QueueSection>
      )}
    </>
  );
}

function QueueSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8">
      <h2 id={`${id}-heading`} className="text-xl font-semibold text-brand-900">
        {title}
      </h2>
      <ul className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">{children}</ul>
    </section>
  );
}

function QueueEntry({
  href,
  title,
  context,
  submitted,
  publishedAt,
  locale,
}: {
  href: string;
  title: string;
  context: ReactNode;
  submitted: ReviewStep | null;
  publishedAt: Date | null;
  locale: Locale;
}) {
  const w = getWorkspaceMessages(locale);
  const q = w.reviewQueue;
  const who = submitted?.actor ? (submitted.actor.name ?? submitted.actor.email) : w.history.commandLine;
  return (
    <li className="p-4">
      <p className="text-sm text-stone-600">{context}</p>
      <Link href={href as Route} className="text-lg font-semibold text-brand-900 hover:underline">
        {title}
      </Link>
      <p className="mt-1 text-sm text-stone-700">
        {[submitted && q.submitted(who, formatDate(submitted.createdAt, locale)), publishedAt ? q.update(formatDate(publishedAt, locale)) : q.firstPublication]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </li>
  );
}
