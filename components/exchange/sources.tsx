import type { ExchangeRecord } from '@/lib/data/exchanges';
import { formatDate } from '@/lib/i18n/format';
import { localize, personName } from '@/lib/i18n/localize';
import { Section, type ViewProps, listSeparator } from './layout';
import { RecordText } from './record-text';

/** The numbered sources the record's footnotes point to. */
export function Sources({ record, locale, t }: ViewProps & { record: ExchangeRecord }) {
  return (
    <Section id="sources" title={t.exchange.sources}>
      <ol className="space-y-3">
        {record.sources.map((source) => {
          const title = localize(locale, source.titleZh, source.titleEn);
          const details = [
            source.authors.length > 0 &&
              source.authors.map((a) => `${personName(locale, a)} (${t.enums.authorRole[a.role]})`).join(listSeparator(locale)),
            `${t.exchange.published}: ${source.publishedOn ? formatDate(source.publishedOn, locale) : t.exchange.dateUnknown}`,
            `${t.exchange.languageOfSource}: ${t.enums.language[source.language]}`,
          ].filter(Boolean);
          return (
            <li key={source.id} id={`source-${source.number}`} className="scroll-mt-4 text-sm">
              <span className="font-semibold">
                [{source.number}] {localize(locale, source.publicationZh, source.publicationEn)}
              </span>
              {title && <span>, “{title}”</span>}
              <span> · {details.join(' · ')}</span>
              {source.url && (
                <span>
                  {' · '}
                  <a href={source.url} rel="noopener noreferrer" className="break-all text-brand-700 underline">
                    {source.url}
                  </a>
                  {source.urlIsReprint && ` (${t.exchange.reprint})`}
                </span>
              )}
              <RecordText zh={source.noteZh} en={source.noteEn} className="text-stone-600" locale={locale} t={t} />
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
