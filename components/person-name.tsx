import { type Locale, languageTag } from '@/lib/i18n/locales';

/**
 * A person's name in the reader's language; in English the Chinese name follows in brackets. Text in
 * the other language is marked with its own `lang`, so screen readers pronounce it properly.
 */
export function PersonName({ person, locale }: { person: { nameZh: string | null; nameEn: string | null }; locale: Locale }) {
  const { nameZh, nameEn } = person;
  if (locale === 'zh') return nameZh ? <>{nameZh}</> : <span lang={languageTag.en}>{nameEn}</span>;
  if (!nameEn) return <span lang={languageTag.zh}>{nameZh}</span>;
  return (
    <>
      {nameEn}
      {nameZh && (
        <>
          {' ('}
          <span lang={languageTag.zh}>{nameZh}</span>
          {')'}
        </>
      )}
    </>
  );
}
