export interface AtomEntry {
  id: string;
  title: string;
  url: string;
  updated: Date;
  published?: Date;
  summary?: string | null;
  categories?: readonly string[];
  authorName?: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  selfUrl: string;
  alternateUrl: string;
  language: string;
  updated: Date;
  entries: readonly AtomEntry[];
}

// XML 1.0 forbids these outright (a single one makes readers reject the whole feed), so they are
// dropped rather than escaped: not even a character reference may name them. With the u flag a
// surrogate range matches only unpaired halves, so astral characters such as emoji survive.
const notXmlChar = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A parser turns raw CR into LF in text and any line break into a space in an attribute;
  // references keep the value as it was written.
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

function escapeWith(value: string, pattern: RegExp): string {
  return value.replace(notXmlChar, '').replace(pattern, (c) => entities[c] ?? c);
}

const escapeText = (value: string) => escapeWith(value, /[&<>"'\r]/g);
const escapeAttribute = (value: string) => escapeWith(value, /[&<>"'\r\n\t]/g);

/** RFC 3339 in UTC; whole seconds are all a feed reader uses. */
function timestamp(moment: Date): string {
  if (Number.isNaN(moment.getTime())) throw new RangeError('Invalid feed timestamp');
  return moment.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const element = (name: string, text: string) => `<${name}>${escapeText(text)}</${name}>`;
const author = (name: string) => `<author>${element('name', name)}</author>`;

function entryXml(entry: AtomEntry): string {
  const parts = [
    element('id', entry.id),
    `<title type="text">${escapeText(entry.title)}</title>`,
    `<link rel="alternate" type="text/html" href="${escapeAttribute(entry.url)}"/>`,
    element('updated', timestamp(entry.updated)),
  ];
  if (entry.published) parts.push(element('published', timestamp(entry.published)));
  if (entry.authorName) parts.push(author(entry.authorName));
  for (const term of entry.categories ?? []) parts.push(`<category term="${escapeAttribute(term)}"/>`);
  if (entry.summary) parts.push(`<summary type="text">${escapeText(entry.summary)}</summary>`);
  return `<entry>\n    ${parts.join('\n    ')}\n  </entry>`;
}

/** An RFC 4287 feed document. */
export function toAtom(feed: AtomFeed): string {
  const head = [element('id', feed.id), `<title type="text">${escapeText(feed.title)}</title>`];
  if (feed.subtitle) head.push(`<subtitle type="text">${escapeText(feed.subtitle)}</subtitle>`);
  head.push(
    element('updated', timestamp(feed.updated)),
    `<link rel="self" type="application/atom+xml" href="${escapeAttribute(feed.selfUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeAttribute(feed.alternateUrl)}"/>`,
  );
  // Atom requires every entry to have an author, its own or the feed's; the feed's stands in for any
  // entry without one, and for an empty feed, which validators otherwise flag.
  if (feed.entries.length === 0 || feed.entries.some((e) => !e.authorName)) head.push(author('Jiaoliu'));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeAttribute(feed.language)}">`,
    ...head.map((line) => `  ${line}`),
    ...feed.entries.map((entry) => `  ${entryXml(entry)}`),
    '</feed>',
    '',
  ].join('\n');
}
