import { describe, expect, it } from 'vitest';
import { excerptAround, highlightMatches, parseSearchQuery, searchTerms } from './terms';

describe('searchTerms', () => {
  it('keys Chinese by pairs of adjacent characters, so a word is found inside a sentence', () => {
    const terms = searchTerms('两地将在螺蛳粉产业方面加强合作');
    for (const key of parseSearchQuery('螺蛳粉')!.terms) expect(terms).toContain(key);
    for (const key of parseSearchQuery('产业')!.terms) expect(terms).toContain(key);
  });

  it('keys Latin text by word, folding case, full-width letters and plurals', () => {
    expect(searchTerms('Urban MANAGEMENT exchanges', 'Ｚｉｂｏ process')).toEqual(['urban', 'management', 'exchange', 'zibo', 'process']);
  });

  it('keeps a lone Chinese character, and separates scripts', () => {
    expect(searchTerms('市 Liuzhou柳州')).toEqual(['市', 'liuzhou', '柳州']);
  });
});

describe('parseSearchQuery', () => {
  it('refuses a query with no word of two characters or more', () => {
    expect(parseSearchQuery('')).toBeNull();
    expect(parseSearchQuery('粉 a ! <>')).toBeNull();
  });

  it('reads mixed scripts, dropping punctuation and markup', () => {
    expect(parseSearchQuery('<script>螺蛳粉</script> Zibo')).toEqual({
      words: ['script', '螺蛳粉', 'zibo'],
      terms: ['script', '螺蛳', '蛳粉', 'zibo'],
      phrases: ['螺蛳粉'],
    });
  });
});

describe('highlightMatches', () => {
  it('marks Chinese words wherever they occur and Latin words at the start of a word', () => {
    const parts = highlightMatches('柳州螺蛳粉 and Exchanges, not reexchange', parseSearchQuery('螺蛳粉 exchange')!.words);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['螺蛳粉', 'Exchange']);
    expect(parts.map((p) => p.text).join('')).toBe('柳州螺蛳粉 and Exchanges, not reexchange');
  });

  it('treats the words as text, not as patterns', () => {
    expect(highlightMatches('a (b) c ab', ['(b)']).map((p) => p.match)).toEqual([false, true, false]);
    expect(highlightMatches('x.y and xzy', ['x.y']).filter((p) => p.match).map((p) => p.text)).toEqual(['x.y']);
  });
});

describe('excerptAround', () => {
  it('cuts a long text around its first match', () => {
    const text = `${'前'.repeat(200)}螺蛳粉${'后'.repeat(200)}`;
    const excerpt = excerptAround(text, ['螺蛳粉'], 20);
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt).toContain('螺蛳粉');
    expect(excerpt.length).toBeLessThan(70);
  });

  it('keeps a short text whole', () => {
    expect(excerptAround('柳州螺蛳粉', ['螺蛳粉'])).toBe('柳州螺蛳粉');
  });
});
