import { CooperationStatusBadge } from '@/components/cooperation-status';
import { PersonName } from '@/components/person-name';
import type { ExchangeRecord } from '@/lib/data/exchange-record';
import { formatDate, isoDate } from '@/lib/i18n/format';
import { localize } from '@/lib/i18n/localize';
import { CitedHeading, Section, Term, type ViewProps } from './layout';
import { RecordText } from './record-text';

type Item = ExchangeRecord['cooperationItems'][number];

export function CooperationItems({ record, locale, t }: ViewProps & { record: ExchangeRecord }) {
  if (!record.cooperationItems.length) return null;
  return (
    <Section id="cooperation" title={t.exchange.cooperation}>
      <p className="mb-4 text-stone-700">{t.exchange.cooperationIntro}</p>
      <ol className="space-y-4">
        {record.cooperationItems.map((item) => (
          <CooperationItemCard key={item.id} item={item} evidence={record.attachments} locale={locale} t={t} />
        ))}
      </ol>
    </Section>
  );
}

/** One item: where it stands, who proposed it and where it came from, who takes part, and its history. */
/** An item with its history; `evidence` holds the record's files, those that prove a report shown beside it. */
function CooperationItemCard({ item, evidence, locale, t }: ViewProps & { item: Item; evidence: ExchangeRecord['attachments'] }) {
  const parties = item.parties.map((party) => {
    const name = party.city
      ? localize(locale, party.city.nameZh, party.city.nameEn)
      : party.organization && localize(locale, party.organization.nameZh, party.organization.nameEn);
    return name + t.format.aside(t.enums.partyRole[party.role]);
  });
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <CitedHeading level="h3" className="text-lg font-semibold" citations={item.citations} t={t}>
          {localize(locale, item.titleZh, item.titleEn)}
        </CitedHeading>
        <CooperationStatusBadge status={item.status} t={t} />
      </div>
      <RecordText zh={item.descriptionZh} en={item.descriptionEn} className="mt-1 text-stone-700" locale={locale} t={t} />
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <Term label={t.exchange.proposedBy}>
          {item.proposedBy && <PersonName person={item.proposedBy} locale={locale} />}
          {item.proposedBySide &&
            (item.proposedBy ? t.format.aside(t.enums.side[item.proposedBySide]) : t.enums.side[item.proposedBySide])}
          {!item.proposedBy && !item.proposedBySide && t.exchange.proposedByUnknown}
        </Term>
        {item.originStatementNumber ? (
          <Term label={t.exchange.origin}>
            <a href={`#statement-${item.originStatementNumber}`} className="text-brand-700 underline">
              {t.exchange.originStatement(item.originStatementNumber)}
            </a>
          </Term>
        ) : item.originTopic ? (
          <Term label={t.exchange.origin}>
            {t.exchange.originTopic} “{localize(locale, item.originTopic.titleZh, item.originTopic.titleEn)}”
          </Term>
        ) : null}
        <Term label={t.exchange.parties}>{t.format.list(parties)}</Term>
        <Term label={t.exchange.progress}>
          {item.progress !== null ? `${item.progress}%` : item.outcomeKnown ? '—' : t.exchange.outcomeUnknown}
        </Term>
        {item.dueDate && <Term label={t.exchange.due}>{formatDate(item.dueDate, locale)}</Term>}
      </dl>
      {item.updates.length > 0 && (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer font-medium text-brand-700">{t.exchange.history}</summary>
          <ol className="mt-2 space-y-1">
            {item.updates.map((update) => (
              <li key={update.id}>
                <time dateTime={isoDate(update.occurredOn)} className="font-medium">
                  {formatDate(update.occurredOn, locale)}
                </time>{' '}
                · {t.enums.cooperationStatus[update.status]}
                {update.progress !== null && ` · ${update.progress}%`}
                {(update.noteEn || update.noteZh) && ` — ${localize(locale, update.noteZh, update.noteEn)}`}
                {update.evidence.map((evidence) =>
                  evidence.url ? (
                    <a key={evidence.id} href={evidence.url} rel="noopener noreferrer" className="ml-2 text-brand-700 underline">
                      {localize(locale, evidence.titleZh, evidence.titleEn) || evidence.url}
                    </a>
                  ) : null,
                )}
                {evidence
                  .filter((file) => file.cooperationUpdateId === update.id)
                  .map((file) => (
                    <a key={file.id} href={`/api/files/${file.id}/original`} className="ml-2 text-brand-700 underline">
                      {localize(locale, file.captionZh, file.captionEn)}
                    </a>
                  ))}
              </li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}
