import type { Messages } from '@/lib/i18n/messages';

/** Footnote links from a fact to the numbered sources that report it. */
export function Citations({
  citations,
  t,
}: {
  citations: readonly { number: number; locator: string | null }[];
  t: Messages;
}) {
  if (!citations.length) return null;
  return (
    <sup className="ml-0.5 space-x-0.5 text-xs">
      {citations.map((c) => (
        <a
          key={c.number}
          href={`#source-${c.number}`}
          title={c.locator ?? undefined}
          aria-label={t.exchange.citation(c.number)}
          className="text-brand-700 underline decoration-dotted hover:text-brand-900"
        >
          [{c.number}]
        </a>
      ))}
    </sup>
  );
}
