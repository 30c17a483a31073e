import { localize, localizedList } from '@/lib/i18n/localize';
import type { Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/lib/i18n/messages';

type City = { nameZh: string; nameEn: string };

/**
 * "Zibo → Liuzhou", or "Zibo, Weifang → Liuzhou" for a joint visit: the arrow is drawn for the eye and
 * spelled out for screen readers.
 */
export function CityPair({ from, joining = [], to, locale, t }: { from: City; joining?: readonly City[]; to: City; locale: Locale; t: Messages }) {
  return (
    <>
      {localizedList(locale, [from, ...joining])}
      <span aria-hidden> → </span>
      <span className="sr-only"> {t.timeline.visiting} </span>
      {localize(locale, to.nameZh, to.nameEn)}
    </>
  );
}
