/*
 * Search keys for text in Chinese and English alike. Chinese is written without spaces, so a word
 * cannot be told from its neighbours without a dictionary; instead every pair of adjacent Han
 * characters is a key, and a query's pairs must all be present. English and pinyin are split into
 * words. The keys are computed here rather than by the database's text search so that the same text
 * is found on every PostgreSQL, whatever locale the database was created with.
 */

const han = /\p{Script=Han}/u;
/** Runs of Han characters, and runs of other letters and digits (Latin, pinyin with tones, numbers). */
const segment = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

/** Case, full-width forms and compatibility characters fold to one form. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** "Exchanges" and "exchange" are one key; "process" keeps its double s. */
function foldWord(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

function keysOfSegment(part: string): string[] {
  if (!han.test(part)) return [foldWord(part)];
  const chars = [...part];
  if (chars.length === 1) return chars;
  return chars.slice(1).map((char, index) => chars[index] + char);
}

/** The keys under which a text is found. */
export function searchTerms(...texts: readonly (string | null | undefined)[]): string[] {
  const keys = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const [part] of normalizeText(text).matchAll(segment)) for (const key of keysOfSegment(part)) keys.add(key);
  }
  return [...keys];
}

export interface SearchQuery {
  /** The words as typed (normalized), for highlighting and for checking Chinese words appear whole. */
  words: string[];
  /** Every key a matching text must have. */
  terms: string[];
  /** Chinese words, which must also appear as written: their pairs alone could be far apart. */
  phrases: string[];
}

export const maxQueryLength = 200;

/**
 * Reads what someone typed into the search box. A query is refused (null) when it has no word of at
 * least two characters: a single Chinese character or letter would match nearly everything.
 */
export function parseSearchQuery(input: string): SearchQuery | null {
  const words = [...normalizeText(input.slice(0, maxQueryLength)).matchAll(segment)]
    .map(([word]) => word)
    .filter((word) => [...word].length >= 2);
  if (words.length === 0) return null;
  const unique = [...new Set(words)];
  return {
    words: unique,
    terms: searchTerms(...unique),
    phrases: unique.filter((word) => han.test(word)),
  };
}

export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Splits a text into the parts that match the query's words and those that do not, for showing the
 * matches highlighted. Latin words match at the start of a word ("exchange" in "exchanges").
 */
export function highlightMatches(text: string, words: readonly string[]): TextPart[] {
  if (words.length === 0 || !text) return [{ text, match: false }];
  const escaped = [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => (han.test(word) ? escapeRegExp(word) : `(?<![\\p{L}\\p{N}])${escapeRegExp(foldWord(word))}`));
  const pattern = new RegExp(escaped.join('|'), 'giu');
  const parts: TextPart[] = [];
  let last = 0;
  // NFKC keeps the length of the texts stored here (Chinese and Latin prose), so positions found in
  // the folded text are positions in the original.
  const folded = normalizeText(text);
  const searchable = folded.length === text.length ? folded : text;
  for (const match of searchable.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), match: false });
    parts.push({ text: text.slice(match.index, match.index + match[0].length), match: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

/**
 * The part of a long text around its first match, so a hit in a long statement shows why it matched.
 */
export function excerptAround(text: string, words: readonly string[], radius = 60): string {
  const parts = highlightMatches(text, words);
  const firstMatch = parts.findIndex((part) => part.match);
  if (firstMatch === -1 || [...text].length <= radius * 2) return text.length > radius * 2 ? `${text.slice(0, radius * 2)}…` : text;
  const start = parts.slice(0, firstMatch).reduce((sum, part) => sum + part.text.length, 0);
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, start + radius * 2);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
