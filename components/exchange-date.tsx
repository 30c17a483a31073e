import type { DatePrecision } from '@/lib/generated/prisma/enums';
import { formatDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/lib/i18n/messages';
import { Badge } from './badge';

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
  const end = endDate && endDate.getTime() !== startDate.getTime() ? formatDate(endDate, locale, precision) : null;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <time dateTime={startDate.toISOString().slice(0, 10)}>{end ? `${start} – ${end}` : start}</time>
      {disputed && <Badge tone="warning">{t.exchange.disputed}</Badge>}
    </span>
  );
}
