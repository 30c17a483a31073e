import type { ReactNode } from 'react';
import { Citations } from '@/components/citations';
import type { Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/lib/i18n/messages';

/** What every part of a record's page needs to speak the reader's language. */
export interface ViewProps {
  locale: Locale;
  t: Messages;
}

/**
 * A titled part of a record's page, reachable by its id and named for screen readers by its heading.
 * A part the record has nothing for leaves itself off the page rather than showing an empty heading.
 */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-10 scroll-mt-4">
      <h2 id={`${id}-heading`} className="mb-4 border-b border-stone-200 pb-2 text-2xl font-semibold text-brand-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * A heading followed by its footnotes. The footnotes stay outside the heading element, so the
 * heading's accessible name is the title alone.
 */
export function CitedHeading({
  level: Heading,
  className,
  citations,
  t,
  children,
}: {
  level: 'h1' | 'h3';
  className: string;
  citations: Parameters<typeof Citations>[0]['citations'];
  t: Messages;
  children: ReactNode;
}) {
  // Headings inherit their type from the wrapper (Tailwind resets them), so the footnotes can run on
  // the title's last line.
  return (
    <div className={className}>
      <Heading className="inline">{children}</Heading>
      <Citations citations={citations} t={t} />
    </div>
  );
}

/** One term and its description in a <dl>. */
export function Term({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-stone-600">{label}</dt>
      <dd>{children}</dd>
    </>
  );
}
