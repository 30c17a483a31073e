/**
 * What changed between two versions of a text, word by word: a run of Latin letters or digits is a
 * word, each Chinese character is one (Chinese has no spaces to split on), and so is each space or
 * mark. Common words at both ends are kept as they are and the middle is compared by longest common
 * subsequence; a middle too long to compare cheaply is shown as removed and added whole.
 */

export type DiffPart = { kind: 'same' | 'removed' | 'added'; text: string };

const tokenPattern = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+|\s+|[^\p{L}\p{N}\s]/gu;

const tokens = (text: string): string[] => text.match(tokenPattern) ?? [];

/** Past this many cells (middle words of one text times the other's), the middle is shown whole. */
const maxCells = 250_000;

export function diffWords(before: string, after: string): DiffPart[] {
  const [a, b] = [tokens(before), tokens(after)];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middle = (a.slice(start, endA).length * b.slice(start, endB).length <= maxCells ? compare : replace)(a.slice(start, endA), b.slice(start, endB));
  return merge([{ kind: 'same', text: a.slice(0, start).join('') }, ...middle, { kind: 'same', text: a.slice(endA).join('') }]);
}

function replace(a: string[], b: string[]): DiffPart[] {
  return [
    { kind: 'removed', text: a.join('') },
    { kind: 'added', text: b.join('') },
  ];
}

/** Longest common subsequence, walked back from its table into removals, additions and what stayed. */
function compare(a: string[], b: string[]): DiffPart[] {
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  let [i, j] = [0, 0];
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      parts.push({ kind: 'same', text: a[i++]! });
      j++;
    } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) {
      parts.push({ kind: 'removed', text: a[i++]! });
    } else {
      parts.push({ kind: 'added', text: b[j++]! });
    }
  }
  while (i < a.length) parts.push({ kind: 'removed', text: a[i++]! });
  while (j < b.length) parts.push({ kind: 'added', text: b[j++]! });
  return parts;
}

/** Neighbouring parts of one kind become one, and empty ones go. */
function merge(parts: DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  for (const part of parts) {
    if (!part.text) continue;
    const last = merged.at(-1);
    if (last?.kind === part.kind) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}
