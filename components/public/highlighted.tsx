import { excerptAround, highlightMatches } from '@/lib/search/terms';

/** Text with the words searched for marked; a long text is cut down to the part around the first match. */
export function Highlighted({ text, words, excerpt = false }: { text: string; words: readonly string[]; excerpt?: boolean }) {
  const shown = excerpt ? excerptAround(text, words) : text;
  return (
    <>
      {highlightMatches(shown, words).map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded-sm bg-amber-100 px-0.5 text-inherit">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
