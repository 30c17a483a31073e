import { Citations } from '@/components/citations';
import type { ExchangeRecord } from '@/lib/data/exchange-record';
import { localize } from '@/lib/i18n/localize';
import { Section, type ViewProps } from './layout';
import { RecordText } from './record-text';

/** The practices each city showed, grouped by city: the two sides first, then any other city. */
export function Practices({ record, locale, t }: ViewProps & { record: ExchangeRecord }) {
  if (!record.practices.length) return null;
  const cities = [record.visitingCity, ...record.otherVisitingCities, record.hostCity, ...record.practices.map((p) => p.city)].filter(
    (city, index, all) => all.findIndex((c) => c.slug === city.slug) === index && record.practices.some((p) => p.city.slug === city.slug),
  );
  return (
    <Section id="practices" title={t.exchange.practices}>
      <p className="mb-4 text-stone-700">{t.exchange.practicesIntro}</p>
      <div className="grid gap-6 sm:grid-cols-2">
        {cities.map((city) => (
          <div key={city.slug}>
            <h3 className="font-semibold text-stone-800">{localize(locale, city.nameZh, city.nameEn)}</h3>
            <ul className="mt-2 list-disc space-y-2 pl-5">
              {record.practices
                .filter((p) => p.city.slug === city.slug)
                .map((p) => (
                  <li key={p.id}>
                    <span className="font-medium">{localize(locale, p.titleZh, p.titleEn)}</span>
                    <Citations citations={p.citations} t={t} />
                    <RecordText zh={p.descriptionZh} en={p.descriptionEn} className="text-sm text-stone-700" locale={locale} t={t} />
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </div>
    </Section>
  );
}
