import { describe, expect, it } from 'vitest';
import { exchangeFilters, itemFilters } from '../validation/schemas/public';
import { filteredTitle } from './filtered-title';

const cities = [
  { slug: 'zibo', nameZh: '淄博', nameEn: 'Zibo' },
  { slug: 'liuzhou', nameZh: '柳州', nameEn: 'Liuzhou' },
];
const timeline = (values: Record<string, string>) => exchangeFilters.safeParse(values).data;

describe('filteredTitle', () => {
  it('names a pair, a year, a topic and a status in the reader’s language', () => {
    const filters = timeline({ city: 'zibo', partner: 'liuzhou', year: '2023', topic: '城市管理', status: 'in_progress' });
    expect(filteredTitle('Timeline', filters, cities, 'en')).toBe('Timeline: Zibo ↔ Liuzhou, 2023, topic “城市管理”, In progress');
    expect(filteredTitle('时间线', filters, cities, 'zh')).toBe('时间线：淄博 ↔ 柳州、2023、议题“城市管理”、推进中');
  });

  it('is the plain title when nothing narrows the list, or when the filters cannot be used', () => {
    expect(filteredTitle('Timeline', timeline({ city: '', page: '2' }), cities, 'en')).toBe('Timeline');
    expect(filteredTitle('Timeline', timeline({ year: 'abc' }), cities, 'en')).toBe('Timeline');
  });

  it('names a city with nothing published by its address, and the tracker’s stale items', () => {
    const filters = itemFilters.safeParse({ city: 'atlantis', status: 'stale' }).data;
    expect(filteredTitle('Tracker', filters, cities, 'en')).toBe('Tracker: atlantis, No news for six months');
  });
});
