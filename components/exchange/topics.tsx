import { Citations } from '@/components/citations';
import type { ExchangeRecord } from '@/lib/data/exchange-record';
import { localize } from '@/lib/i18n/localize';
import { CitedHeading, Section, type ViewProps } from './layout';
import { RecordText } from './record-text';

/** The topics discussed, each with the questions raised under it. */
export function Topics({ record, locale, t }: ViewProps & { record: ExchangeRecord }) {
  if (!record.topics.length && !record.questionsWithoutTopic.length) return null;
  return (
    <Section id="topics" title={t.exchange.topics}>
      <ol className="list-decimal space-y-4 pl-6">
        {record.topics.map((topic) => (
          <li key={topic.id}>
            <CitedHeading level="h3" className="font-semibold" citations={topic.citations} t={t}>
              {localize(locale, topic.titleZh, topic.titleEn)}
            </CitedHeading>
            <RecordText zh={topic.descriptionZh} en={topic.descriptionEn} className="mt-1 text-stone-700" locale={locale} t={t} />
            <Questions questions={topic.questions} heading="h4" locale={locale} t={t} />
          </li>
        ))}
      </ol>
      <Questions questions={record.questionsWithoutTopic} heading="h3" locale={locale} t={t} />
    </Section>
  );
}

function Questions({
  questions,
  heading: Heading,
  locale,
  t,
}: ViewProps & { questions: ExchangeRecord['questionsWithoutTopic']; heading: 'h3' | 'h4' }) {
  if (!questions.length) return null;
  return (
    <div className="mt-2">
      <Heading className="text-sm font-semibold text-stone-700">{t.exchange.questions}</Heading>
      <ul className="mt-1 space-y-1">
        {questions.map((q) => (
          <li key={q.id} className="text-stone-800">
            <q>{localize(locale, q.textZh, q.textEn)}</q>
            <Citations citations={q.citations} t={t} />
            <span className="block text-xs text-stone-600">
              {q.askedBySide
                ? t.format.label(t.exchange.askedBy) + t.enums.side[q.askedBySide] + t.format.aside(t.enums.basis[q.askedBySideBasis])
                : t.exchange.askedByUnknown}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
