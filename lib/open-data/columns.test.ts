import { describe, expect, it } from 'vitest';
import type { ExportedExchange } from '../data/open-data';
import { readCsv } from '../import/csv';
import { exchangeColumns } from './columns';
import { toCsv } from './csv';

const city = (slug: string, nameZh: string, nameEn: string) => ({ slug, nameZh, nameEn, provinceZh: '山东', provinceEn: 'Shandong' });

/** A published exchange as the download reads it: Zibo leading Weifang and Qingdao to Liuzhou. */
const jointVisit: ExportedExchange = {
  exchangeId: '0190f5a4-0000-7000-8000-000000000001',
  slug: '2024-03-zibo-weifang-qingdao-to-liuzhou',
  kind: 'DELEGATION_VISIT',
  titleZh: '山东三市代表团考察柳州',
  titleEn: 'Three Shandong cities visit Liuzhou',
  summaryZh: null,
  summaryEn: null,
  startDate: new Date('2024-03-01T00:00:00Z'),
  endDate: null,
  datePrecision: 'DAY',
  dateDisputed: false,
  eventCount: 0,
  itemCount: 0,
  publishedAt: new Date('2024-03-05T00:00:00Z'),
  updatedAt: new Date('2024-03-05T00:00:00Z'),
  visitingCity: city('zibo', '淄博', 'Zibo'),
  otherVisitingCities: [city('weifang', '潍坊', 'Weifang'), city('qingdao', '青岛', 'Qingdao')],
  hostCity: city('liuzhou', '柳州', 'Liuzhou'),
  links: [],
};

/** The download of these exchanges, read back: each row's cells by column name. */
function download(rows: ExportedExchange[]) {
  const csv = readCsv(toCsv(exchangeColumns('https://jiaoliu.example'), rows).replace(/^\uFEFF/, ''));
  if (!csv.ok) throw new Error('The download is not CSV');
  return csv.records.map(({ cells }) => Object.fromEntries(csv.header.map((name, index) => [name, cells[index]])));
}

describe('the exchanges download', () => {
  it('documents every column, each named once', () => {
    const columns = exchangeColumns('https://jiaoliu.example');
    expect(new Set(columns.map((column) => column.name)).size).toBe(columns.length);
    expect(columns.filter((column) => column.description.trim() === '')).toEqual([]);
  });

  it('gives the leading visiting city and, in order, the others that came with it, keys and names separated by semicolons', () => {
    const [row] = download([jointVisit]);
    expect(row).toMatchObject({
      visiting_city: 'zibo',
      visiting_city_en: 'Zibo',
      other_visiting_cities: 'weifang;qingdao',
      other_visiting_cities_zh: '潍坊;青岛',
      other_visiting_cities_en: 'Weifang;Qingdao',
      host_city: 'liuzhou',
    });
  });

  it('leaves the other visiting cities empty when one city came', () => {
    const [row] = download([{ ...jointVisit, otherVisitingCities: [] }]);
    expect(row).toMatchObject({ other_visiting_cities: '', other_visiting_cities_zh: '', other_visiting_cities_en: '' });
  });
});
