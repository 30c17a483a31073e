import { Badge } from '@/components/badge';
import { Citations } from '@/components/citations';
import { PersonName } from '@/components/person-name';
import { shownLanguage, TranslationNote } from '@/components/translation-note';
import type { ExchangeRecord } from '@/lib/data/exchange-record';
import { localize } from '@/lib/i18n/localize';
import { Section, type ViewProps } from './layout';
import { translationOf } from '@/lib/records/translations';

/** What was said, numbered so cooperation items can point back to the statement they came from. */
export function Statements({ record, locale, t }: ViewProps & { record: ExchangeRecord }) {
  if (!record.statements.length) return null;
  return (
    <Section id="statements" title={t.exchange.statements}>
      <ol className="space-y-4">
        {record.statements.map((statement, index) => {
          const text = localize(locale, statement.textZh, statement.textEn);
          // Only a speaker's own words are set as a quotation; a report of them is plain text.
          const Body = statement.form === 'QUOTATION' ? 'blockquote' : 'p';
          return (
            <li key={statement.id} id={`statement-${index + 1}`} className="scroll-mt-4 rounded-lg border border-stone-200 bg-white p-4">
              <p className="text-sm text-stone-600">
                <span className="font-semibold text-stone-900">
                  {index + 1}. {statement.speaker ? <PersonName person={statement.speaker} locale={locale} /> : '—'}
                </span>
                {statement.speakerTitle && ` · ${localize(locale, statement.speakerTitle.titleZh, statement.speakerTitle.titleEn)}`}
              </p>
              <p className="mt-1 flex flex-wrap gap-2">
                <Badge tone={statement.kind === 'COMMENTARY' ? 'neutral' : 'brand'}>
                  {statement.kind === 'COMMENTARY' ? t.exchange.commentary : t.enums.statementKind[statement.kind]}
                </Badge>
                <Badge>{t.enums.statementForm[statement.form]}</Badge>
              </p>
              <Body className="mt-2 border-l-4 border-brand-100 pl-3 leading-relaxed" lang={shownLanguage({ zh: statement.textZh, en: statement.textEn }, locale)}>
                {text}
                <Citations citations={statement.citations} t={t} />
              </Body>
              <p className="mt-1">
                <TranslationNote
                  locale={locale}
                  original={statement.originalLanguage}
                  translation={translationOf(record, statement, 'text').kind}
                  texts={{ zh: statement.textZh, en: statement.textEn }}
                  t={t}
                />
              </p>
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
