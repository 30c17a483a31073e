import type { DatePrecision } from '@/lib/generated/prisma/enums';
import { formatDate, isoDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/lib/i18n/messages';
import { Badge } from './badge';

// A machine-readable date says no more than is known: "2023-05" for a month.
const isoLength: Record<DatePrecision, number> = { DAY: 10, MONTH: 7, YEAR: 4 };

/** An exchange's date, flagged when the sources disagree on it. */
export function ExchangeDate({
  startDate,
  endDate,
  precision,
  disputed,
  locale,
  t,
}: {
  startDate: Date;
  endDate: Date | null;
  precision: DatePrecision;
  disputed: boolean;
  locale: Locale;
  t: Messages;
}) {
  const start = formatDate(startDate, locale, precision);
  const end = endDate ? formatDate(endDate, locale, precision) : null;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <time dateTime={isoDate(startDate).slice(0, isoLength[precision])}>{end && end !== start ? `${start} – ${end}` : start}</time>
      {disputed && <Badge tone="warning">{t.exchange.disputed}</Badge>}
    </span>
  );
}
