import { localize } from '@/lib/i18n/localize';
import type { Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/lib/i18n/messages';

type City = { nameZh: string; nameEn: string };

/** "Zibo → Liuzhou": the arrow is drawn for the eye and spelled out for screen readers. */
export function CityPair({ from, to, locale, t }: { from: City; to: City; locale: Locale; t: Messages }) {
  return (
    <>
      {localize(locale, from.nameZh, from.nameEn)}
      <span aria-hidden> → </span>
      <span className="sr-only"> {t.timeline.visiting} </span>
      {localize(locale, to.nameZh, to.nameEn)}
    </>
  );
}
