/**
 * A record kept as JSON (a publication, a revision's snapshot) round-trips through these two, so its
 * dates come back as dates rather than strings that merely look like them.
 */
type Encoded = null | boolean | number | string | Encoded[] | { [key: string]: Encoded };

const dateTag = '$date';

export function encodeRecord(value: unknown): Encoded {
  if (value instanceof Date) return { [dateTag]: value.toISOString() };
  if (Array.isArray(value)) return value.map(encodeRecord);
  // A decimal column (a city's latitude) arrives as a Decimal object; its JSON form is its exact text.
  if (hasJsonForm(value)) return encodeRecord(value.toJSON());
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, encodeRecord(v)]),
    );
  }
  if (typeof value === 'bigint') return value.toString();
  return (value ?? null) as Encoded;
}

function hasJsonForm(value: unknown): value is { toJSON(): unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

export function decodeRecord<T>(value: unknown): T {
  return decode(value) as T;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]![0] === dateTag && typeof entries[0]![1] === 'string') return new Date(entries[0]![1]);
    return Object.fromEntries(entries.map(([k, v]) => [k, decode(v)]));
  }
  return value;
}
