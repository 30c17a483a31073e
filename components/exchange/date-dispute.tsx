import { Badge } from '@/components/badge';
import type { ExchangeRecord } from '@/lib/data/exchanges';
import { formatIsoDate } from '@/lib/i18n/format';
import { localize } from '@/lib/i18n/localize';
import { Section, type ViewProps } from './layout';

/** Each source's date side by side, with the words it uses and how the date was read from them. */
export function DateDispute({ record, locale, t }: ViewProps & { record: ExchangeRecord }) {
  const { state, claims } = record.dateClaims;
  if (claims.length < 2) return null;
  return (
    <Section id="date-dispute" title={state === 'disputed' ? t.exchange.dateDisputedTitle : t.exchange.dateSettled}>
      {state === 'disputed' && <p className="mb-3 text-stone-700">{t.exchange.dateDisputedIntro}</p>}
      <div className="overflow-x-auto">
        <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-stone-300">
              {[t.exchange.claimedDate, t.exchange.source, t.exchange.words, t.exchange.basis, t.exchange.note].map((heading) => (
                <th key={heading} scope="col" className="py-2 pr-4">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {claims.map((claim) => {
              const source = record.sources.find((s) => s.number === claim.sourceNumber);
              return (
                <tr key={claim.id} className="border-b border-stone-200 align-top">
                  <td className="py-2 pr-4 font-medium">
                    <time dateTime={claim.value}>{formatIsoDate(claim.value, locale)}</time>
                    {claim.accepted && <Badge tone="brand">✓</Badge>}
                  </td>
                  <td className="py-2 pr-4">
                    {source && (
                      <a href={`#source-${source.number}`} className="text-brand-700 underline">
                        [{source.number}] {localize(locale, source.publicationZh, source.publicationEn)}
                      </a>
                    )}
                  </td>
                  <td className="py-2 pr-4">{claim.quotation && <q>{claim.quotation}</q>}</td>
                  <td className="py-2 pr-4">{t.enums.basis[claim.basis]}</td>
                  <td className="py-2 text-stone-700">{localize(locale, claim.noteZh, claim.noteEn)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
