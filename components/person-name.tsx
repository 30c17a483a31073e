import { chineseTag } from '@/lib/i18n/chinese-script';
import { type Locale, languageTag } from '@/lib/i18n/locales';

/**
 * A person's name in the reader's language; in English the Chinese name follows in brackets. Text in
 * the other language, or in traditional characters, is marked with its own `lang`, so screen readers
 * pronounce it properly.
 */
export function PersonName({ person, locale }: { person: { nameZh: string | null; nameEn: string | null }; locale: Locale }) {
  const { nameZh, nameEn } = person;
  if (locale === 'zh') return nameZh ? <ChineseName name={nameZh} /> : <span lang={languageTag.en}>{nameEn}</span>;
  if (!nameEn) return <span lang={chineseTag(nameZh ?? '')}>{nameZh}</span>;
  return (
    <>
      {nameEn}
      {nameZh && (
        <>
          {' ('}
          <span lang={chineseTag(nameZh)}>{nameZh}</span>
          {')'}
        </>
      )}
    </>
  );
}

/** A Chinese name on a Chinese page: tagged only when written in traditional characters, which the page's own language is not. */
export function ChineseName({ name }: { name: string }) {
  const tag = chineseTag(name);
  return tag === languageTag.zh ? <>{name}</> : <span lang={tag}>{name}</span>;
}

/** The name of a body or a publication in the reader's language, or in the other when it has none there, tagged as written. */
export function LocalizedName({ zh, en, locale }: { zh: string | null; en: string | null; locale: Locale }) {
  if (locale === 'zh' && zh) return <ChineseName name={zh} />;
  if (locale === 'en' && en) return <>{en}</>;
  return zh ? <span lang={chineseTag(zh)}>{zh}</span> : <span lang={languageTag.en}>{en}</span>;
}
