import type { Metadata, Route } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Fragment } from 'react';
import { Badge } from '@/components/badge';
import { CityPair } from '@/components/city-pair';
import { ExchangeDate } from '@/components/exchange-date';
import { Attachments } from '@/components/exchange/attachments';
import { CooperationItems } from '@/components/exchange/cooperation-items';
import { disputeAnchor, FactDisputes } from '@/components/exchange/fact-disputes';
import { Events } from '@/components/exchange/events';
import { CitedHeading, Term } from '@/components/exchange/layout';
import { Links } from '@/components/exchange/links';
import { Participants } from '@/components/exchange/participants';
import { LocalizedName } from '@/components/person-name';
import { awaitsTranslation, shownLanguage, TranslationNote } from '@/components/translation-note';
import { Practices } from '@/components/exchange/practices';
import { RecordText } from '@/components/exchange/record-text';
import { Sources } from '@/components/exchange/sources';
import { Statements } from '@/components/exchange/statements';
import { Topics } from '@/components/exchange/topics';
import { listExchangeLinks } from '@/lib/data/exchange-links';
import { getExchangeRecord } from '@/lib/data/exchanges';
import { claimGroupOf } from '@/lib/records/claims';
import { getViewer } from '@/lib/data/current-viewer';
import { isAppError } from '@/lib/errors';
import { isLocale, languageAlternates, type Locale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { getMessages, type Messages } from '@/lib/i18n/messages';
import type { ExchangeRecord } from '@/lib/records/published-record';
import { translationOf } from '@/lib/records/translations';

export const dynamic = 'force-dynamic';

async function loadRecord(locale: string, slug: string) {
  if (!isLocale(locale)) notFound();
  try {
    return { locale: locale as Locale, record: await getExchangeRecord(await getViewer(), slug) };
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: PageProps<'/[locale]/exchanges/[slug]'>): Promise<Metadata> {
  const { locale: rawLocale, slug } = await params;
  const { locale, record } = await loadRecord(rawLocale, slug);
  return {
    title: localize(locale, record.titleZh, record.titleEn),
    description: localize(locale, record.summaryZh, record.summaryEn) ?? undefined,
    alternates: { languages: languageAlternates(`/exchanges/${record.slug}`) },
  };
}

export default async function ExchangePage({ params }: PageProps<'/[locale]/exchanges/[slug]'>) {
  const { locale: rawLocale, slug } = await params;
  const { locale, record } = await loadRecord(rawLocale, slug);
  const links = await listExchangeLinks(await getViewer(), record.id);
  const otherDisputes = record.claims.filter((group) => group.field !== 'startDate' && group.state === 'disputed');
  const t = getMessages(locale);
  const text = <T extends string | null>(zh: T, en: T) => localize(locale, zh, en);
  const view = { locale, t };
  const titlePending = awaitsTranslation({ zh: record.titleZh, en: record.titleEn }, locale);

  return (
    <article>
      <Link href={`/${locale}` as Route} className="text-sm text-brand-700 underline">
        ← {t.exchange.backToTimeline}
      </Link>

      <header className="mt-4">
        <p className="text-sm font-medium text-brand-700">
          <Link href={`/${locale}/cities/${record.visitingCity.slug}/${record.hostCity.slug}` as Route} className="hover:underline">
            <CityPair from={record.visitingCity} joining={record.otherVisitingCities} to={record.hostCity} {...view} />
          </Link>
        </p>
        <CitedHeading level="h1" className="mt-1 text-3xl font-bold text-brand-900" citations={record.citations} t={t}>
          <span lang={shownLanguage({ zh: record.titleZh, en: record.titleEn }, locale)}>{text(record.titleZh, record.titleEn)}</span>
        </CitedHeading>
        {titlePending && (
          <p className="mt-1">
            <TranslationNote locale={locale} original={record.originalLanguage} translation={translationOf(record, record, 'title').kind} texts={{ zh: record.titleZh, en: record.titleEn }} t={t} />
          </p>
        )}
        <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm sm:gap-x-6">
          <Term label={t.exchange.date}>
            <ExchangeDate
              startDate={record.startDate}
              endDate={record.endDate}
              precision={record.datePrecision}
              disputed={claimGroupOf(record, 'startDate').state === 'disputed'}
              locale={locale}
              t={t}
            />
            {claimGroupOf(record, 'startDate').state === 'disputed' && (
              <a href="#date-dispute" className="ml-2 text-brand-700 underline">
                {t.exchange.dateDisputedTitle}
              </a>
            )}
          </Term>
          <CityTerm label={t.exchange.from} city={record.visitingCity} organization={record.visitingOrganization} {...view} />
          {record.otherVisitingCities.length > 0 && (
            <Term label={t.exchange.alsoFrom}>
              {record.otherVisitingCities.map((city, index) => (
                <Fragment key={city.slug}>
                  {index > 0 && (locale === 'zh' ? '、' : ', ')}
                  <Link href={`/${locale}/cities/${city.slug}` as Route} className="text-brand-700 underline">
                    {text(city.nameZh, city.nameEn)}
                  </Link>
                </Fragment>
              ))}
            </Term>
          )}
          <CityTerm label={t.exchange.to} city={record.hostCity} organization={record.hostOrganization} {...view} />
          <Term label={t.exchange.kind}>{t.enums.exchangeKind[record.kind]}</Term>
          {(text(record.delegationNameZh, record.delegationNameEn) || record.delegationSize) && (
            <Term label={t.exchange.delegation}>
              {[text(record.delegationNameZh, record.delegationNameEn), record.delegationSize && t.exchange.delegationSize(record.delegationSize)]
                .filter(Boolean)
                .join(' · ')}
            </Term>
          )}
          {text(record.locationZh, record.locationEn) && <Term label={t.exchange.location}>{text(record.locationZh, record.locationEn)}</Term>}
          <Term label={t.exchange.status}>{t.enums.exchangeStatus[record.status]}</Term>
          {text(record.purposeZh, record.purposeEn) && <Term label={t.exchange.purpose}>{text(record.purposeZh, record.purposeEn)}</Term>}
        </dl>
        {otherDisputes.length > 0 && (
          <p className="mt-3 text-sm">
            <Badge tone="warning">{t.exchange.disputed}</Badge> {t.exchange.alsoDisputed}:{' '}
            {otherDisputes.map((group, index) => (
              <span key={group.field}>
                {index > 0 && ', '}
                <a href={`#${disputeAnchor(group.field)}`} className="text-brand-700 underline">
                  {t.exchange.factNames[group.field]}
                </a>
              </span>
            ))}
          </p>
        )}
        <RecordText zh={record.summaryZh} en={record.summaryEn} provenance={{ originalLanguage: record.originalLanguage, translation: translationOf(record, record, 'summary').kind }} className="mt-4 max-w-3xl leading-relaxed text-stone-800" {...view} />
      </header>

      <Links links={links} {...view} />
      <FactDisputes record={record} {...view} />
      <Participants record={record} {...view} />
      <Events record={record} {...view} />
      <Topics record={record} {...view} />
      <Statements record={record} {...view} />
      <CooperationItems record={record} {...view} />
      <Practices record={record} {...view} />
      <Attachments record={record} {...view} />
      <Sources record={record} {...view} />
    </article>
  );
}

type CityName = ExchangeRecord['hostCity'];

/** One side's city, linked to its page, with its province and the body that acted for it. */
function CityTerm({ label, city, organization, locale, t }: { label: string; city: CityName; organization: ExchangeRecord['hostOrganization']; locale: Locale; t: Messages }) {
  return (
    <Term label={label}>
      <Link href={`/${locale}/cities/${city.slug}` as Route} className="text-brand-700 underline">
        {localize(locale, city.nameZh, city.nameEn)}
      </Link>
      {t.format.aside(localize(locale, city.provinceZh, city.provinceEn))}
      {organization && (
        <>
          {' · '}
          <LocalizedName zh={organization.nameZh} en={organization.nameEn} locale={locale} />
        </>
      )}
    </Term>
  );
}
