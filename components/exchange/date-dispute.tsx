import { Badge } from '@/components/badge';
import type { ExchangeRecord } from '@/lib/data/exchange-record';
import { formatDate, formatIsoDate } from '@/lib/i18n/format';
import { languageTag } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { Section, Term, type ViewProps } from './layout';

/**
 * Each source's date side by side, with the words it uses and how the date was read from them, so a
 * reader can weigh the dispute without taking the record's word for it.
 */
export function DateDispute({ record, locale, t }: ViewProps & { record: ExchangeRecord }) {
  const { state, claims } = record.dateClaims;
  if (claims.length < 2) return null;
  return (
    <Section id="date-dispute" title={state === 'disputed' ? t.exchange.dateDisputedTitle : t.exchange.dateSettled}>
      {state === 'disputed' && (
        <p className="mb-4 text-stone-700">{t.exchange.dateDisputedIntro(formatDate(record.startDate, locale, record.datePrecision))}</p>
      )}
      <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {claims.map((claim) => {
          const source = record.sources.find((s) => s.number === claim.sourceNumber);
          return (
            <li key={claim.id} className="rounded-lg border border-amber-300 bg-white p-4">
              <p className="flex items-center gap-2 text-lg font-semibold">
                <time dateTime={claim.value}>{formatIsoDate(claim.value, locale)}</time>
                {claim.accepted && <Badge tone="brand">{t.exchange.accepted}</Badge>}
              </p>
              <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm">
                {source && (
                  <Term label={t.exchange.source}>
                    <a href={`#source-${source.number}`} className="text-brand-700 underline">
                      [{source.number}] {localize(locale, source.publicationZh, source.publicationEn)}
                    </a>
                  </Term>
                )}
                {claim.quotation && (
                  <Term label={t.exchange.words}>
                    <q lang={source && languageTag[source.language]}>{claim.quotation}</q>
                  </Term>
                )}
                <Term label={t.exchange.basis}>{t.enums.basis[claim.basis]}</Term>
              </dl>
              {(claim.noteZh || claim.noteEn) && <p className="mt-2 text-sm text-stone-700">{localize(locale, claim.noteZh, claim.noteEn)}</p>}
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
