import { Citations } from '@/components/citations';
import { PersonName } from '@/components/person-name';
import type { ExchangeRecord } from '@/lib/data/exchange-record';
import { formatIsoDate } from '@/lib/i18n/format';
import { localize, localizedList } from '@/lib/i18n/localize';
import { Section, type ViewProps } from './layout';

/** The delegation, its hosts and anyone else present, each with the title they held on the day. */
export function Participants({ record, locale, t }: ViewProps & { record: ExchangeRecord }) {
  if (!record.participants.length) return null;
  const groups = [
    { side: 'VISITING', label: `${t.exchange.visitingSide} · ${localizedList(locale, [record.visitingCity, ...record.otherVisitingCities])}` },
    { side: 'HOST', label: `${t.exchange.hostSide} · ${localize(locale, record.hostCity.nameZh, record.hostCity.nameEn)}` },
    { side: 'THIRD_PARTY', label: t.enums.side.THIRD_PARTY },
  ] as const;
  return (
    <Section id="people" title={t.exchange.people}>
      <div className="grid gap-6 sm:grid-cols-2">
        {groups.map(({ side, label }) => {
          const people = record.participants.filter((p) => p.side === side);
          if (side === 'THIRD_PARTY' && !people.length) return null;
          return (
            <div key={side}>
              <h3 className="font-semibold text-stone-800">{label}</h3>
              <ul className="mt-2 space-y-2">
                {people.map((p) => (
                  <li key={p.id}>
                    <span className="font-medium">
                      <PersonName person={p} locale={locale} />
                    </span>
                    <Citations citations={p.citations} t={t} />
                    <span className="text-stone-600"> · {t.enums.participantRole[p.role]}</span>
                    {p.title && (
                      <span className="block text-sm text-stone-600" title={t.exchange.titleAsOf(formatIsoDate(record.asOf, locale))}>
                        {localize(locale, p.title.titleZh, p.title.titleEn)}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </Section>
  );
}
