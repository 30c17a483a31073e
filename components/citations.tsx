import type { Messages } from '@/lib/i18n/messages';

/** Footnote links from a fact to the numbered sources that report it, with where in the source. */
export function Citations({
  citations,
  t,
}: {
  citations: readonly { number: number; locator: string | null }[];
  t: Messages;
}) {
  if (!citations.length) return null;
  return (
    <sup className="ml-0.5 inline-flex gap-0.5 align-super text-xs font-normal">
      {citations.map((c) => {
        const label = t.exchange.citation(c.number) + (c.locator ? t.format.aside(c.locator) : '');
        return (
          <a
            key={c.number}
            href={`#source-${c.number}`}
            title={c.locator ?? undefined}
            aria-label={label}
            className="inline-block min-w-6 rounded px-0.5 text-center leading-6 text-brand-700 underline decoration-dotted hover:bg-brand-50 hover:text-brand-900"
          >
            [{c.number}]
          </a>
        );
      })}
    </sup>
  );
}
