import { describe, expect, it } from 'vitest';
import { toAtom, type AtomEntry, type AtomFeed } from './atom';

const entry: AtomEntry = {
  id: 'https://jiaoliu.example/en/exchanges/1',
  title: 'Zibo delegation visits Liuzhou',
  url: 'https://jiaoliu.example/en/exchanges/1',
  updated: new Date('2023-05-20T08:09:05.123Z'),
  published: new Date('2023-05-16T00:00:00Z'),
  summary: 'Inspected the industrial park.',
  categories: ['Zibo', 'Liuzhou'],
};

const feed: AtomFeed = {
  id: 'https://jiaoliu.example/en/feed.atom',
  title: 'Jiaoliu exchanges',
  subtitle: 'Published exchanges between cities',
  selfUrl: 'https://jiaoliu.example/en/feed.atom',
  alternateUrl: 'https://jiaoliu.example/en',
  language: 'en',
  updated: new Date('2023-05-21T00:00:00Z'),
  entries: [entry, { ...entry, id: 'urn:x:2', authorName: 'Liuzhou office', summary: null, categories: [] }],
};

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const entityValues: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#\d+|[a-z]+);/g, (_, ref: string) =>
    ref.startsWith('#') ? String.fromCodePoint(Number(ref.slice(1))) : (entityValues[ref] ?? `&${ref};`),
  );

/**
 * Just enough XML to read our own output: elements, attributes, text and the declaration. It
 * throws on anything a real parser would reject that escaping mistakes could cause — a stray "<" or
 * "&", mismatched tags, or more than one root.
 */
function parseXml(xml: string): XmlElement {
  const declaration = /^<\?xml version="1\.0" encoding="utf-8"\?>\n/;
  if (!declaration.test(xml)) throw new Error('missing XML declaration');
  const body = xml.replace(declaration, '');
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null;
  let at = 0;
  while ((match = token.exec(body))) {
    at = token.lastIndex;
    const [, closing, name, attrs, selfClosing, text] = match;
    const top = stack.at(-1);
    if (!top) throw new Error('unbalanced');
    if (text !== undefined) {
      if (/&(?!(#\d+|amp|lt|gt|quot|apos);)/.test(text)) throw new Error(`bare & in ${JSON.stringify(text)}`);
      top.text += decode(text);
      continue;
    }
    if (closing) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key, value] of (attrs ?? '').matchAll(/([\w:.-]+)="([^"]*)"/g)) {
      if (key !== undefined && value !== undefined) attributes[key] = decode(value);
    }
    const element: XmlElement = { name: name ?? '', attributes, children: [], text: '' };
    top.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (at !== body.length) throw new Error(`cannot read XML at ${JSON.stringify(body.slice(at, at + 40))}`);
  if (stack.length !== 1) throw new Error('unclosed element');
  const elements = root.children;
  if (elements.length !== 1 || root.text.trim() !== '') throw new Error('expected one root element');
  return elements[0] as XmlElement;
}

const childrenNamed = (parent: XmlElement, name: string) => parent.children.filter((c) => c.name === name);
const childText = (parent: XmlElement, name: string) => childrenNamed(parent, name)[0]?.text;

describe('toAtom', () => {
  it('writes a well-formed feed with its metadata before the entries', () => {
    const xml = toAtom(feed);
    const root = parseXml(xml);
    expect(root.name).toBe('feed');
    expect(root.attributes).toEqual({ xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'en' });
    expect(childText(root, 'id')).toBe(feed.id);
    expect(childText(root, 'title')).toBe('Jiaoliu exchanges');
    expect(childText(root, 'subtitle')).toBe('Published exchanges between cities');
    expect(childrenNamed(root, 'updated').map((u) => u.text)).toEqual(['2023-05-21T00:00:00Z']);
    expect(childrenNamed(root, 'link').map((l) => l.attributes)).toEqual([
      { rel: 'self', type: 'application/atom+xml', href: feed.selfUrl },
      { rel: 'alternate', type: 'text/html', href: feed.alternateUrl },
    ]);
    expect(childrenNamed(root, 'entry')).toHaveLength(2);
    expect(xml.match(/<entry>/g)).toHaveLength(2);

    // The feed's own <updated> is the only one outside an entry, and it precedes them.
    const names = root.children.map((c) => c.name);
    expect(names.indexOf('updated')).toBeLessThan(names.indexOf('entry'));
    expect(names.lastIndexOf('updated')).toBe(names.indexOf('updated'));
    expect(xml.indexOf('<updated>')).toBeLessThan(xml.indexOf('<entry>'));
  });

  it('writes each entry with its link, RFC 3339 times, categories and text summary', () => {
    const [first, second] = childrenNamed(parseXml(toAtom(feed)), 'entry');
    if (!first || !second) throw new Error('entries missing');
    expect(childText(first, 'id')).toBe(entry.id);
    expect(childrenNamed(first, 'link')[0]?.attributes).toEqual({ rel: 'alternate', type: 'text/html', href: entry.url });
    expect(childText(first, 'updated')).toBe('2023-05-20T08:09:05Z');
    expect(childText(first, 'published')).toBe('2023-05-16T00:00:00Z');
    expect(childrenNamed(first, 'category').map((c) => c.attributes.term)).toEqual(['Zibo', 'Liuzhou']);
    const summary = childrenNamed(first, 'summary')[0];
    expect(summary?.attributes.type).toBe('text');
    expect(summary?.text).toBe('Inspected the industrial park.');
    expect(childrenNamed(first, 'author')).toHaveLength(0);

    expect(childrenNamed(second, 'summary')).toHaveLength(0);
    expect(childrenNamed(second, 'author')[0]?.children.map((c) => c.text)).toEqual(['Liuzhou office']);
  });

  it('names the feed as author only when some entry has none, or there are none', () => {
    const feedAuthors = (f: AtomFeed) => childrenNamed(parseXml(toAtom(f)), 'author').map((a) => childText(a, 'name'));
    expect(feedAuthors(feed)).toEqual(['Jiaoliu']);
    expect(feedAuthors({ ...feed, entries: [{ ...entry, authorName: 'Zibo office' }] })).toEqual([]);
    expect(feedAuthors({ ...feed, entries: [] })).toEqual(['Jiaoliu']);
  });

  it('escapes markup in text and attributes', () => {
    const hostile = `<script>alert("x" & 'y')</script>`;
    const xml = toAtom({
      ...feed,
      title: hostile,
      alternateUrl: 'https://jiaoliu.example/?a=1&b="2"',
      entries: [{ ...entry, title: hostile, summary: hostile, categories: [hostile] }],
    });
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;alert(&quot;x&quot; &amp; &apos;y&apos;)&lt;/script&gt;');
    const root = parseXml(xml);
    const first = childrenNamed(root, 'entry')[0];
    if (!first) throw new Error('entry missing');
    expect(childText(root, 'title')).toBe(hostile);
    expect(childText(first, 'title')).toBe(hostile);
    expect(childText(first, 'summary')).toBe(hostile);
    expect(childrenNamed(first, 'category')[0]?.attributes.term).toBe(hostile);
    expect(childrenNamed(root, 'link')[1]?.attributes.href).toBe('https://jiaoliu.example/?a=1&b="2"');
  });

  it('drops characters XML 1.0 cannot carry and keeps Chinese, emoji and line breaks', () => {
    const xml = toAtom({
      ...feed,
      entries: [{ ...entry, title: 'a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFFg\uD800h\uDC00i', summary: '淄博\t柳州\n🙂\r\n交流' }],
    });
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/u);
    const first = childrenNamed(parseXml(xml), 'entry')[0];
    if (!first) throw new Error('entry missing');
    expect(childText(first, 'title')).toBe('abcdefghi');
    expect(childText(first, 'summary')).toBe('淄博\t柳州\n🙂\r\n交流');
  });

  it('refuses an invalid date', () => {
    expect(() => toAtom({ ...feed, updated: new Date('nope') })).toThrow(RangeError);
  });
});
