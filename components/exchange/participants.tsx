import { Citations } from '@/components/citations';
import type { ExchangeRecord } from '@/lib/data/exchanges';
import { formatIsoDate } from '@/lib/i18n/format';
import { localize, personName } from '@/lib/i18n/localize';
import { Section, type ViewProps } from './layout';

/** The delegation and its hosts, side by side, each with the title they held on the day. */
export function Participants({ record, locale, t }: ViewProps & { record: ExchangeRecord }) {
  const sides = [
    { side: 'VISITING', label: t.exchange.visitingSide, city: record.visitingCity },
    { side: 'HOST', label: t.exchange.hostSide, city: record.hostCity },
  ] as const;
  return (
    <Section id="people" title={t.exchange.people}>
      <div className="grid gap-6 sm:grid-cols-2">
        {sides.map(({ side, label, city }) => (
          <div key={side}>
            <h3 className="font-semibold text-stone-800">
              {label} · {localize(locale, city.nameZh, city.nameEn)}
            </h3>
            <ul className="mt-2 space-y-2">
              {record.participants
                .filter((p) => p.side === side)
                .map((p) => (
                  <li key={p.id}>
                    <span className="font-medium">{personName(locale, p)}</span>
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
        ))}
      </div>
    </Section>
  );
}
