import type { Language, TranslationKind } from '@/lib/generated/prisma/enums';
import type { Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/lib/i18n/messages';

/**
 * Says when the text on screen is a translation, and whether a person or a machine made it, so a
 * reader knows which words are the record's own.
 */
export function TranslationNote({
  locale,
  original,
  translation,
  t,
}: {
  locale: Locale;
  original: Language;
  translation: TranslationKind;
  t: Messages;
}) {
  if (original === locale) return null;
  return (
    <span className="text-xs text-stone-500">
      {t.format.aside(t.exchange.translatedFrom(t.enums.translation[translation], t.enums.language[original])).trim()}
    </span>
  );
}
