import { describe, expect, it } from 'vitest';
import type { ExportedExchange } from '../data/open-data';
import type { PublicRelationshipEntry } from '../data/relationships';
import { readCsv } from '../import/csv';
import { type DocumentedColumn, exchangeColumns, relationshipColumns } from './columns';
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

/** A download of these rows, read back: each row's cells by column name. */
function download<T>(columns: readonly DocumentedColumn<T>[], rows: T[]) {
  const csv = readCsv(toCsv(columns, rows).replace(/^\uFEFF/, ''));
  if (!csv.ok) throw new Error('The download is not CSV');
  return csv.records.map(({ cells }) => Object.fromEntries(csv.header.map((name, index) => [name, cells[index]])));
}

const exchangesDownload = (rows: ExportedExchange[]) => download(exchangeColumns('https://jiaoliu.example'), rows);

/** Every column of a download is described, and no name is used twice. */
function expectDocumented<T>(columns: readonly DocumentedColumn<T>[]) {
  expect(new Set(columns.map((column) => column.name)).size).toBe(columns.length);
  expect(columns.filter((column) => column.description.trim() === '')).toEqual([]);
}

describe('the exchanges download', () => {
  it('documents every column, each named once', () => {
    expectDocumented(exchangeColumns('https://jiaoliu.example'));
  });

  it('gives the leading visiting city and, in order, the others that came with it, keys and names separated by semicolons', () => {
    const [row] = exchangesDownload([jointVisit]);
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
    const [row] = exchangesDownload([{ ...jointVisit, otherVisitingCities: [] }]);
    expect(row).toMatchObject({ other_visiting_cities: '', other_visiting_cities_zh: '', other_visiting_cities_en: '' });
  });
});

/** Zibo and Liuzhou, sister cities since a month of 2024 that is all the sources give. */
const sisterCities: PublicRelationshipEntry = {
  relationshipId: '0190f5a4-0000-7000-8000-000000000002',
  version: 2,
  cityId: '0190f5a4-0000-7000-8000-000000000003',
  partnerCityId: '0190f5a4-0000-7000-8000-000000000004',
  kind: 'SISTER_CITY',
  status: 'IN_FORCE',
  attachments: [],
  sources: [],
  claims: [],
  establishedOn: new Date('2024-06-01T00:00:00Z'),
  establishedPrecision: 'MONTH',
  endedOn: null,
  endedPrecision: 'DAY',
  summaryZh: '两市结为友好城市',
  summaryEn: null,
  originalLanguage: 'zh',
  translation: 'HUMAN',
  publishedAt: new Date('2024-07-01T00:00:00Z'),
  updatedAt: new Date('2024-07-01T00:00:00Z'),
  city: city('zibo', '淄博', 'Zibo'),
  partnerCity: city('liuzhou', '柳州', 'Liuzhou'),
  signingExchange: null,
};

describe('the relationships download', () => {
  it('documents every column, each named once', () => {
    expectDocumented(relationshipColumns);
  });

  it('gives both cities, each date with its precision, and leaves out what is not known', () => {
    const [row] = download(relationshipColumns, [sisterCities]);
    expect(row).toMatchObject({
      city: 'zibo',
      city_zh: '淄博',
      partner_city: 'liuzhou',
      partner_city_en: 'Liuzhou',
      established_on: '2024-06-01',
      established_precision: 'MONTH',
      ended_on: '',
      summary_en: '',
      signing_exchange_slug: '',
    });
  });
});
