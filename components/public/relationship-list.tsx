import type { Route } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/badge';
import { FileList } from '@/components/exchange/attachments';
import { shownLanguage, TranslationNote } from '@/components/translation-note';
import type { CityRelationship } from '@/lib/data/public-cities';
import type { RelationshipStatus } from '@/lib/generated/prisma/enums';
import type { ExploreMessages } from '@/lib/i18n/explore-messages';
import { formatDate, fromIsoDate } from '@/lib/i18n/format';
import { claimState } from '@/lib/records/claims';
import { firstDayAs, typedPrecision } from '@/lib/validation/fields';
import { relationshipClaimableFields } from '@/lib/validation/schemas/sources';
import type { Locale } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import type { Messages } from '@/lib/i18n/messages';

const statusTone: Record<RelationshipStatus, 'brand' | 'neutral'> = { PROPOSED: 'neutral', IN_FORCE: 'brand', LAPSED: 'neutral', ENDED: 'neutral' };

/**
 * Published relationships between cities: their kind, whether they are in force, since and until
 * when, what they say, the exchange at which they were signed, and their public documents and photos
 * (the agreement itself). On a city's page (`city` given) each is headed by the partner city and links
 * to the pair's page; on a pair's page, by its kind.
 */
export function RelationshipList({
  relationships,
  city,
  locale,
  t,
  x,
}: {
  relationships: readonly CityRelationship[];
  city?: { slug: string; nameZh: string; nameEn: string };
  locale: Locale;
  t: Messages;
  x: ExploreMessages;
}) {
  return (
    <ul className="mt-4 space-y-3">
      {relationships.map((relationship) => {
        const { partner } = relationship;
        const kind = t.enums.relationshipKind[relationship.kind];
        const partnerName = localize(locale, partner.nameZh, partner.nameEn);
        const dates = [
          relationship.establishedOn && x.relationships.established(formatDate(relationship.establishedOn, locale, relationship.establishedPrecision)),
          relationship.endedOn && x.relationships.ended(formatDate(relationship.endedOn, locale, relationship.endedPrecision)),
        ].filter(Boolean);
        const texts = { zh: relationship.summaryZh, en: relationship.summaryEn };
        const summary = localize(locale, texts.zh, texts.en);
        return (
          <li key={relationship.relationshipId} className="rounded-lg border border-stone-200 bg-white p-4">
            <h3 className="text-lg font-semibold">
              {city ? (
                <Link href={`/${locale}/cities/${partner.slug}` as Route} className="text-brand-700 underline">
                  {partnerName}
                </Link>
              ) : (
                kind
              )}
            </h3>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-stone-600">
              {city && <Badge tone="brand">{kind}</Badge>}
              <Badge tone={statusTone[relationship.status]}>{t.enums.relationshipStatus[relationship.status]}</Badge>
              {dates.length > 0 && <span>{dates.join(' · ')}</span>}
            </p>
            <DisputedDates relationship={relationship} locale={locale} t={t} x={x} />
            {summary && (
              <p className="mt-2 text-stone-700">
                <span lang={shownLanguage(texts, locale)}>{summary}</span>{' '}
                <TranslationNote locale={locale} original={relationship.originalLanguage} translation={relationship.translation} texts={texts} t={t} />
              </p>
            )}
            {relationship.signingExchange && (
              <p className="mt-2 text-sm text-stone-600">
                {x.relationships.signedAt}
                <Link href={`/${locale}/exchanges/${relationship.signingExchange.slug}` as Route} className="text-brand-700 underline">
                  {localize(locale, relationship.signingExchange.titleZh, relationship.signingExchange.titleEn)}
                </Link>
              </p>
            )}
            {relationship.attachments.length > 0 && (
              <div className="mt-3">
                <FileList files={relationship.attachments} locale={locale} t={t} />
              </div>
            )}
            <RelationshipSources sources={relationship.sources} locale={locale} x={x} />
            {city && (
              <p className="mt-2 text-sm">
                <Link href={`/${locale}/cities/${city.slug}/${partner.slug}` as Route} className="text-brand-700 underline">
                  {x.relationships.pairPage(localize(locale, city.nameZh, city.nameEn), partnerName)}
                </Link>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** A date sources disagree on, and none accepted: each source's date, by its number below. */
function DisputedDates({ relationship, locale, t, x }: { relationship: CityRelationship; locale: Locale; t: Messages; x: ExploreMessages }) {
  const disputed = relationshipClaimableFields.flatMap((field) => {
    const claims = relationship.claims.filter((claim) => claim.field === field);
    return claimState(claims) === 'disputed' ? [{ field, claims }] : [];
  });
  return disputed.map(({ field, claims }) => (
    <p key={field} className="mt-2 text-sm text-stone-700">
      <Badge tone="warning">{t.exchange.disputed}</Badge> {x.relationships.disputed[field]}:{' '}
      {claims.map((claim) => x.relationships.sourceSays(claim.sourceNumber, formatDate(fromIsoDate(firstDayAs(claim.value, typedPrecision(claim.value))), locale, typedPrecision(claim.value)))).join('; ')}
    </p>
  ));
}

/** The sources a relationship is known from, numbered as its claims name them. */
function RelationshipSources({ sources, locale, x }: { sources: CityRelationship['sources']; locale: Locale; x: ExploreMessages }) {
  if (!sources.length) return null;
  return (
    <div className="mt-3 text-sm text-stone-700">
      <p className="font-medium">{x.relationships.sources}</p>
      <ol className="mt-1 space-y-1">
        {sources.map((source) => {
          const name = [localize(locale, source.publicationZh, source.publicationEn), localize(locale, source.titleZh, source.titleEn), source.publishedOn && formatDate(fromIsoDate(source.publishedOn), locale)]
            .filter(Boolean)
            .join(', ');
          return (
            <li key={source.number}>
              {source.number}.{' '}
              {source.url ? (
                <a href={source.url} className="text-brand-700 underline" rel="noopener noreferrer">
                  {name}
                </a>
              ) : (
                name
              )}
              {source.locator && <> — {source.locator}</>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

