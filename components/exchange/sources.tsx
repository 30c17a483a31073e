import { Fragment } from 'react';
import { LocalizedName, PersonName } from '@/components/person-name';
import type { ExchangeRecord } from '@/lib/data/exchange-record';
import { formatDate } from '@/lib/i18n/format';
import { languageTag } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { Section, type ViewProps } from './layout';
import { RecordText } from './record-text';

/** The numbered sources the record's footnotes point to. */
export function Sources({ record, locale, t }: ViewProps & { record: ExchangeRecord }) {
  if (!record.sources.length) return null;
  return (
    <Section id="sources" title={t.exchange.sources}>
      <ol className="space-y-3">
        {record.sources.map((source) => {
          const title = localize(locale, source.titleZh, source.titleEn);
          // A title known only in the other language is marked as such for screen readers.
          const titleLang = (locale === 'zh' ? source.titleZh : source.titleEn) ? undefined : languageTag[locale === 'zh' ? 'en' : 'zh'];
          return (
            <li key={source.id} id={`source-${source.number}`} className="scroll-mt-4 text-sm">
              <span className="font-semibold">
                [{source.number}] <LocalizedName zh={source.publicationZh} en={source.publicationEn} locale={locale} />
              </span>
              {title && (
                <>
                  {', '}
                  <cite lang={titleLang}>{title}</cite>
                </>
              )}
              {source.authors.length > 0 && (
                <span>
                  {' · '}
                  {source.authors.map((author, index) => (
                    <Fragment key={index}>
                      {index > 0 && t.format.separator}
                      <PersonName person={author} locale={locale} />
                      {t.format.aside(t.enums.authorRole[author.role])}
                    </Fragment>
                  ))}
                </span>
              )}
              <span>
                {' · '}
                {t.format.label(t.exchange.published)}
                {source.publishedOn ? formatDate(source.publishedOn, locale) : t.exchange.dateUnknown}
                {' · '}
                {t.format.label(t.exchange.languageOfSource)}
                {t.enums.language[source.language]}
              </span>
              {source.url && (
                <span>
                  {' · '}
                  <a href={source.url} rel="noopener noreferrer" className="break-all text-brand-700 underline">
                    {source.url}
                  </a>
                  {source.urlIsReprint && t.format.aside(t.exchange.reprint)}
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
