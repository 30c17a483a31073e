export const locales = ['zh', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh';

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/**
 * The locale a server action was bound to. The browser sends bound arguments back with the form, so
 * they are whatever it says: anything but one of ours is read as the default.
 */
export function localeOf(bound: unknown): Locale {
  return typeof bound === 'string' && isLocale(bound) ? bound : defaultLocale;
}

/** The best of our locales for an Accept-Language header; Chinese when nothing matches. */
export function negotiateLocale(acceptLanguage: string | null): Locale {
  if (!acceptLanguage) return defaultLocale;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { language: tag.toLowerCase().split('-')[0] ?? '', quality: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.language && Number.isFinite(entry.quality) && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.language).find(isLocale) ?? defaultLocale;
}

/** BCP 47 tags for formatting and for the `lang` attribute. */
export const languageTag: Record<Locale, string> = { zh: 'zh-CN', en: 'en-GB' };

/** The same page in each language, as a page's metadata lists them (`alternates.languages`); `path` follows the language ("/cities"). */
export function languageAlternates(path: string): Record<string, string> {
  return Object.fromEntries(locales.map((locale) => [languageTag[locale], `/${locale}${path}`]));
}
