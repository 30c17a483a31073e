import type { FormValues } from '../validation/form';

type SearchParams = Record<string, string | string[] | undefined>;

/** An address's query as a filter form's values: what the reader asked for, to show it back. */
export function queryValues(searchParams: SearchParams): FormValues {
  return Object.fromEntries(Object.entries(searchParams).flatMap(([name, value]) => (value === undefined ? [] : [[name, value]])));
}

/**
 * The same view's address with some parameters changed (`null` drops one): a page of a filtered list
 * keeps its filters. Parameters named in `keep` are the only ones carried over, so nothing a reader
 * typed into the address by hand is passed on to links.
 */
export function addressWith(path: string, values: FormValues, keep: readonly string[], changes: Record<string, string | number | null> = {}): string {
  const search = new URLSearchParams();
  for (const name of keep) {
    const value = name in changes ? changes[name] : values[name];
    for (const one of [value ?? []].flat()) if (one !== '') search.append(name, String(one));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
