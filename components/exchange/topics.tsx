import { Citations } from '@/components/citations';
import type { ExchangeRecord } from '@/lib/data/exchanges';
import { localize } from '@/lib/i18n/localize';
import { Section, type ViewProps } from './layout';
import { RecordText } from './record-text';

/** The topics discussed, each with the questions raised under it. */
export function Topics({ record, locale, t }: ViewProps & { record: ExchangeRecord }) {
  return (
    <Section id="topics" title={t.exchange.topics}>
      <ol className="list-decimal space-y-4 pl-6">
        {record.topics.map((topic) => (
          <li key={topic.id}>
            <h3 className="font-semibold">
              {localize(locale, topic.titleZh, topic.titleEn)}
              <Citations citations={topic.citations} t={t} />
            </h3>
            <RecordText zh={topic.descriptionZh} en={topic.descriptionEn} className="mt-1 text-stone-700" locale={locale} t={t} />
            <Questions questions={topic.questions} locale={locale} t={t} />
          </li>
        ))}
      </ol>
      <Questions questions={record.questionsWithoutTopic} locale={locale} t={t} />
    </Section>
  );
}

function Questions({ questions, locale, t }: ViewProps & { questions: ExchangeRecord['questionsWithoutTopic'] }) {
  if (!questions.length) return null;
  return (
    <div className="mt-2">
      <h4 className="text-sm font-semibold text-stone-700">{t.exchange.questions}</h4>
      <ul className="mt-1 space-y-1">
        {questions.map((q) => (
          <li key={q.id} className="text-stone-800">
            <q>{localize(locale, q.textZh, q.textEn)}</q>
            <Citations citations={q.citations} t={t} />
            <span className="block text-xs text-stone-600">
              {q.askedBySide
                ? `${t.exchange.askedBy}: ${t.enums.side[q.askedBySide]} (${t.enums.basis[q.askedBySideBasis]})`
                : t.exchange.askedByUnknown}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
