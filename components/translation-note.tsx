import type { Language, TranslationKind } from '@/lib/generated/prisma/enums';
import { languageTag, type Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/lib/i18n/messages';

/** Whether a text is shown in the other language because the reader's has not been written yet. */
export const awaitsTranslation = (texts: { zh: string | null; en: string | null }, locale: Locale) => !texts[locale] && Boolean(texts[locale === 'zh' ? 'en' : 'zh']);

/** The `lang` of a text shown in the other language while the reader's awaits translation, so screen readers read it right. */
export const shownLanguage = (texts: { zh: string | null; en: string | null }, locale: Locale) =>
  awaitsTranslation(texts, locale) ? languageTag[locale === 'zh' ? 'en' : 'zh'] : undefined;

/**
 * Says when the text on screen is a translation, and whether a person or a machine made it, so a
 * reader knows which words are the record's own; or, given the `texts`, that the reader's language is
 * still to come and the original is shown.
 */
export function TranslationNote({
  locale,
  original,
  translation,
  texts,
  t,
}: {
  locale: Locale;
  original: Language;
  translation: TranslationKind;
  texts?: { zh: string | null; en: string | null };
  t: Messages;
}) {
  if (texts && awaitsTranslation(texts, locale)) {
    const shownIn = locale === 'zh' ? 'en' : 'zh';
    return <span className="text-xs text-amber-800">{t.format.aside(t.exchange.translationPending(t.enums.language[shownIn])).trim()}</span>;
  }
  if (original === locale) return null;
  return (
    <span className="text-xs text-stone-500">
      {t.format.aside(t.exchange.translatedFrom(t.enums.translation[translation], t.enums.language[original])).trim()}
    </span>
  );
}
