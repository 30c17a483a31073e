import { shownLanguage, TranslationNote } from '@/components/translation-note';
import type { Language, TranslationKind } from '@/lib/generated/prisma/enums';
import { localize } from '@/lib/i18n/localize';
import type { ViewProps } from './layout';

/**
 * A record's optional narrative text in the reader's language, followed by a note when it is a
 * translation. Renders nothing when neither language has text.
 */
export function RecordText({
  zh,
  en,
  provenance,
  className,
  locale,
  t,
}: ViewProps & {
  zh: string | null;
  en: string | null;
  provenance?: { originalLanguage: Language; translation: TranslationKind };
  className?: string;
}) {
  const text = localize(locale, zh, en);
  if (!text) return null;
  return (
    <p className={className}>
      <span lang={shownLanguage({ zh, en }, locale)}>{text}</span>
      {provenance && (
        <>
          {' '}
          <TranslationNote locale={locale} original={provenance.originalLanguage} translation={provenance.translation} texts={{ zh, en }} t={t} />
        </>
      )}
    </p>
  );
}
