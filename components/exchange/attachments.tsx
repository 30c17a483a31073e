import type { ExchangeRecord } from '@/lib/data/exchange-record';
import { languageTag } from '@/lib/i18n/locales';
import { localize } from '@/lib/i18n/localize';
import { Section, type ViewProps } from './layout';

/** A public document or photo, of an exchange or of a relationship between cities. */
type PublicFile = Pick<
  ExchangeRecord['attachments'][number],
  'id' | 'fileKind' | 'byteSize' | 'width' | 'height' | 'derivativeWidths' | 'fileName' | 'captionZh' | 'captionEn' | 'altZh' | 'altEn' | 'credit' | 'licence'
>;

const fileAddress = (file: PublicFile, variant: string) => `/api/files/${file.id}/${variant}`;

/** The language a text is shown in: the reader's, or the other when only that one was written. */
const shownIn = (locale: ViewProps['locale'], zh: string | null, en: string | null) => languageTag[(locale === 'zh' ? zh : en) ? locale : locale === 'zh' ? 'en' : 'zh'];

/**
 * Photos, each with what it shows, its caption, credit and licence, and documents (a signed
 * agreement) to download. Photos are served as copies sized for the page; the file as uploaded is a
 * link away. `context` names what a file is of, where that is more than the record (an event).
 */
export function FileList<File extends PublicFile>({ files, locale, t, context }: ViewProps & { files: readonly File[]; context?: (file: File) => string | null }) {
  const photos = files.filter((a) => a.fileKind === 'IMAGE');
  const documents = files.filter((a) => a.fileKind === 'DOCUMENT');
  const about = (file: File) => [context?.(file), file.credit && t.exchange.credit(file.credit), t.exchange.licence(file.licence)].filter(Boolean).join(' · ');
  return (
    <>
      {photos.length > 0 && (
        <div className="grid gap-6 sm:grid-cols-2">
          {photos.map((photo) => {
            const widest = Math.max(...photo.derivativeWidths);
            return (
              <figure key={photo.id} className="rounded-lg border border-stone-200 bg-white p-3">
                {/* The copies are made for pages when the photo is uploaded; an optimizer would only redo that. */}
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img
                  src={fileAddress(photo, `w${widest}`)}
                  srcSet={photo.derivativeWidths.map((width) => `${fileAddress(photo, `w${width}`)} ${width}w`).join(', ')}
                  sizes="(min-width: 640px) 50vw, 100vw"
                  width={photo.width ?? undefined}
                  height={photo.height ?? undefined}
                  alt={localize(locale, photo.altZh, photo.altEn) ?? ''}
                  lang={shownIn(locale, photo.altZh, photo.altEn)}
                  loading="lazy"
                  className="h-auto w-full rounded"
                />
                <figcaption className="mt-2 text-sm">
                  <span lang={shownIn(locale, photo.captionZh, photo.captionEn)}>{localize(locale, photo.captionZh, photo.captionEn)}</span>
                  <span className="mt-1 block text-xs text-stone-600">
                    {about(photo)} ·{' '}
                    <a href={fileAddress(photo, 'original')} className="text-brand-700 underline">
                      {t.exchange.originalFile}
                    </a>
                  </span>
                </figcaption>
              </figure>
            );
          })}
        </div>
      )}
      {documents.length > 0 && (
        <ul className="mt-4 space-y-2">
          {documents.map((document) => (
            <li key={document.id}>
              <a href={fileAddress(document, 'original')} className="font-medium text-brand-700 underline" lang={shownIn(locale, document.captionZh, document.captionEn)}>
                {localize(locale, document.captionZh, document.captionEn) ?? document.fileName}
              </a>{' '}
              <span className="text-sm text-stone-600">
                ({t.exchange.fileAbout(document.fileName, document.byteSize)}) · {about(document)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The record's documents and photos, those of an event named with it. */
export function Attachments({ record, locale, t }: ViewProps & { record: ExchangeRecord }) {
  // Evidence of progress is shown with its report (cooperation-items.tsx).
  const files = record.attachments.filter((a) => !a.cooperationUpdateId);
  if (!files.length) return null;
  const eventTitle = (attachment: (typeof files)[number]) => {
    const event = record.events.find((e) => e.id === attachment.eventId);
    return event ? localize(locale, event.titleZh, event.titleEn) : null;
  };
  return (
    <Section id="attachments" title={t.exchange.attachments}>
      <FileList files={files} locale={locale} t={t} context={eventTitle} />
    </Section>
  );
}
