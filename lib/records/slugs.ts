/*
 * Readable keys of records that appear in addresses: made from what the record says, with a number
 * added when another record has the key already.
 */

/** An English name as a key: "Guilin City" → "guilin-city"; '' when it holds no letter or digit of the Latin alphabet. */
export const nameAsKey = (name: string, max = 80) =>
  name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, max).replace(/-$/, '');

/** The key a source is given: its day and the English name of its publication ("2023-05-16-workers-daily"). */
export function sourceSlugBase(publishedOn: string | null, publicationEn: string): string {
  return `${publishedOn ?? 'undated'}-${nameAsKey(publicationEn) || 'source'}`;
}

/** `base`, or `base-2`, `base-3`…: the first one not `taken`. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(slug)) return slug;
  }
}
