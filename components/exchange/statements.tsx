import { Badge } from '@/components/badge';
import { Citations } from '@/components/citations';
import { TranslationNote } from '@/components/translation-note';
import type { ExchangeRecord } from '@/lib/data/exchanges';
import { localize, personName } from '@/lib/i18n/localize';
import { Section, type ViewProps } from './layout';

/** What was said, numbered so cooperation items can point back to the statement they came from. */
export function Statements({ record, locale, t }: ViewProps & { record: ExchangeRecord }) {
  return (
    <Section id="statements" title={t.exchange.statements}>
      <ol className="space-y-4">
        {record.statements.map((statement, index) => (
          <li key={statement.id} id={`statement-${index + 1}`} className="scroll-mt-4 rounded-lg border border-stone-200 bg-white p-4">
            <p className="text-sm text-stone-600">
              <span className="font-semibold text-stone-900">
                {index + 1}. {statement.speaker ? personName(locale, statement.speaker) : '—'}
              </span>
              {statement.speakerTitle && ` · ${localize(locale, statement.speakerTitle.titleZh, statement.speakerTitle.titleEn)}`}
            </p>
            <p className="mt-1 flex flex-wrap gap-2">
              <Badge tone={statement.kind === 'COMMENTARY' ? 'neutral' : 'brand'}>
                {statement.kind === 'COMMENTARY' ? t.exchange.commentary : t.enums.statementKind[statement.kind]}
              </Badge>
              <Badge>{t.enums.statementForm[statement.form]}</Badge>
            </p>
            <blockquote className="mt-2 border-l-4 border-brand-100 pl-3 leading-relaxed">
              {localize(locale, statement.textZh, statement.textEn)}
              <Citations citations={statement.citations} t={t} />
            </blockquote>
            <p className="mt-1">
              <TranslationNote locale={locale} original={statement.originalLanguage} translation={statement.translation} t={t} />
            </p>
          </li>
        ))}
      </ol>
    </Section>
  );
}
