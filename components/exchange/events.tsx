import { Fragment } from 'react';
import { LocalizedName } from '@/components/person-name';
import type { ExchangeRecord } from '@/lib/data/exchange-record';
import { formatDate } from '@/lib/i18n/format';
import { localize } from '@/lib/i18n/localize';
import { CitedHeading, Section, type ViewProps } from './layout';
import { RecordText } from './record-text';
import { translationOf } from '@/lib/records/translations';

export function Events({ record, locale, t }: ViewProps & { record: ExchangeRecord }) {
  if (!record.events.length) return null;
  return (
    <Section id="events" title={t.exchange.events}>
      <ol className="space-y-4">
        {record.events.map((event) => (
          <li key={event.id} className="rounded-lg border border-stone-200 bg-white p-4">
            <p className="text-xs font-medium uppercase tracking-wide text-brand-700">
              {t.enums.eventKind[event.kind]}
              {event.date ? ` · ${formatDate(event.date, locale)}` : record.endDate && ` · ${t.exchange.duringTheVisit}`}
            </p>
            <CitedHeading level="h3" className="mt-1 text-lg font-semibold" citations={event.citations} t={t}>
              {localize(locale, event.titleZh, event.titleEn)}
            </CitedHeading>
            <RecordText zh={event.descriptionZh} en={event.descriptionEn} provenance={{ originalLanguage: event.originalLanguage, translation: translationOf(record, event, 'description').kind }} className="mt-1 text-stone-700" locale={locale} t={t} />
            {event.sitesVisited.length > 0 && (
              <p className="mt-2 text-sm">
                <span className="font-medium">{t.format.label(t.exchange.sitesVisited)}</span>
                {event.sitesVisited.map((site, index) => (
                  // A site not on record has no id; its place in the order is what it has.
                  <Fragment key={site.id ?? index}>
                    {index > 0 && t.format.separator}
                    <LocalizedName zh={site.nameZh} en={site.nameEn} locale={locale} />
                  </Fragment>
                ))}
              </p>
            )}
          </li>
        ))}
      </ol>
    </Section>
  );
}
