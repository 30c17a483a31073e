/*
 * Readable keys of records that appear in addresses: made from what the record says, with a number
 * added when another record has the key already.
 */

/** The key a source is given: its day and the English name of its publication ("2023-05-16-workers-daily"). */
export function sourceSlugBase(publishedOn: string | null, publicationEn: string): string {
  const name = publicationEn.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'source';
  return `${publishedOn ?? 'undated'}-${name}`;
}

/** `base`, or `base-2`, `base-3`…: the first one not `taken`. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(slug)) return slug;
  }
}
