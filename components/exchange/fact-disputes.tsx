import { Badge } from '@/components/badge';
import type { ExchangeRecord } from '@/lib/data/exchange-record';
import { claimValueText } from '@/lib/i18n/claim-values';
import { formatDate } from '@/lib/i18n/format';
import { languageTag } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { claimableFieldKinds } from '@/lib/validation/schemas/sources';
import { Section, Term, type ViewProps } from './layout';

type Group = ExchangeRecord['claims'][number];

/** Where on the page the sources' accounts of a fact are: the date's keeps the address it always had. */
export const disputeAnchor = (field: Group['field']) => (field === 'startDate' ? 'date-dispute' : `${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}-dispute`);

/**
 * Each source's account of each fact they were recorded on (the date, the last day, the place, the
 * delegation's size, who led), side by side with the words it uses and how the value was read from
 * them, so a reader can weigh a dispute without taking the record's word for it.
 */
export function FactDisputes({ record, locale, t }: ViewProps & { record: ExchangeRecord }) {
  return record.claims.filter((group) => group.claims.length > 1).map((group) => <FactDispute key={group.field} group={group} record={record} locale={locale} t={t} />);
}

function FactDispute({ group, record, locale, t }: ViewProps & { group: Group; record: ExchangeRecord }) {
  const { field, state, claims } = group;
  const isDate = claimableFieldKinds[field] === 'date';
  return (
    <Section id={disputeAnchor(field)} title={(state === 'disputed' ? t.exchange.factDisputed : t.exchange.factSettled)[field]}>
      {state === 'disputed' && (
        <p className="mb-4 text-stone-700">
          {field === 'startDate' ? t.exchange.dateDisputedIntro(formatDate(record.startDate, locale, record.datePrecision)) : t.exchange.factDisputedIntro}
        </p>
      )}
      <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {claims.map((claim) => {
          const source = record.sources.find((s) => s.number === claim.sourceNumber);
          const shown = claimValueText(field, claim.value, locale);
          return (
            <li key={claim.id} className="rounded-lg border border-amber-300 bg-white p-4">
              <p className="flex items-center gap-2 text-lg font-semibold">
                {isDate ? <time dateTime={claim.value}>{shown}</time> : <span lang={source && claimableFieldKinds[field] === 'text' ? languageTag[source.language] : undefined}>{shown}</span>}
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
