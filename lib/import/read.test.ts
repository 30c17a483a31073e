import { describe, expect, it } from 'vitest';
import { bytesOf, exchangesCsv, historicalExchange, importColumns } from '../testing/import-files';
import { readImportFile } from './read';

describe('readImportFile', () => {
  it('turns a CSV row into the API’s shape, whatever its line ends and with or without a byte-order mark', () => {
    const csv = exchangesCsv([historicalExchange(1, { title_zh: '淄博, 柳州', summary_en: null })]);
    for (const text of [csv, csv.slice(1), csv.replaceAll('\r\n', '\n')]) {
      const file = readImportFile('visits.csv', bytesOf(text), 'en');
      expect(file.problems).toEqual([]);
      expect(file.records).toEqual([
        {
          row: 2,
          value: expect.objectContaining({
            slug: '2001-01-02-zibo-to-liuzhou-1',
            visiting_city: { slug: 'zibo' },
            title: { zh: '淄博, 柳州', en: 'Zibo delegation visits Liuzhou (visit 1)' },
            summary: { zh: expect.any(String) },
            original_language: 'zh',
          }),
        },
      ]);
      expect(file.fieldName('title.zh')).toBe('title_zh');
      expect(file.fieldName('visiting_city.slug')).toBe('visiting_city');
    }
  });

  it('reads a column of city keys separated by semicolons as a list of cities, and names a problem of one by the column', () => {
    const columns = [...importColumns, 'other_visiting_cities', 'other_visiting_cities_zh'];
    const rows = [historicalExchange(1, { other_visiting_cities: ' weifang ;qingdao;', other_visiting_cities_zh: '潍坊;青岛' }), historicalExchange(2)];
    const file = readImportFile('joint.csv', bytesOf(exchangesCsv(rows, columns)), 'en');
    expect(file.problems).toEqual([]);
    expect(file.records.map((record) => record.value.other_visiting_cities)).toEqual([[{ slug: 'weifang' }, { slug: 'qingdao' }], undefined]);
    expect(file.fieldName('other_visiting_cities[1].slug')).toBe('other_visiting_cities');
    expect(file.fieldName('other_visiting_cities')).toBe('other_visiting_cities');
  });

  it('reads the download’s own columns without complaint, and names a row whose cells do not fit the header', () => {
    const csv = 'id,slug,url_en,event_count,title_zh\r\nabc,zibo-visit,https://example.org,3,淄博\r\nx,y\r\n';
    const file = readImportFile('export.csv', bytesOf(csv), 'en');
    expect(file.problems.map((problem) => [problem.row, problem.field])).toEqual([
      [1, 'kind'],
      [1, 'visiting_city'],
      [1, 'host_city'],
      [1, 'start_date'],
      [1, 'date_precision'],
      [1, 'status'],
      [1, 'original_language'],
      [1, 'translation'],
    ]);
    const complete = exchangesCsv([historicalExchange(1)]).replace('\r\n', ',event_count\r\n').replace(/\r\n$/, ',3\r\n') + 'too,few\r\n';
    expect(readImportFile('export.csv', bytesOf(complete), 'en').problems).toEqual([{ row: 3, field: '', message: 'This row has 2 cells; the header has 15.' }]);
  });

  it('tells JSON by its name or its first character, and reads one record or a list of them', () => {
    expect(readImportFile('record.json', bytesOf('{"slug":"a"}'), 'en').records).toEqual([{ row: 1, value: { slug: 'a' } }]);
    expect(readImportFile('download', bytesOf(' [{"slug":"a"},{"slug":"b"}]'), 'en').records).toHaveLength(2);
    expect(readImportFile('list.json', bytesOf('[{"slug":"a"}, 3]'), 'en').problems).toEqual([{ row: 2, field: '', message: 'Expected an exchange, { … }.' }]);
    expect(readImportFile('exchanges.json', bytesOf('{"data":[{"slug":"a"}],"links":{"self":"https://example.org/api/v1/exchanges"},"meta":{}}'), 'en').problems).toEqual([
      { row: null, field: '', message: expect.stringMatching(/^This is a page of the API’s list of exchanges/) },
    ]);
    expect(readImportFile('list.json', bytesOf('"a"'), 'zh').problems).toEqual([{ row: null, field: '', message: '应为交流记录的列表 [ … ]，或一条交流记录 { … }。' }]);
    expect(readImportFile('broken.json', bytesOf('[{"slug":'), 'en').problems[0]!.message).toMatch(/^The file is not valid JSON \(/);
  });

  it('refuses text that is not UTF-8, and a file with no exchanges', () => {
    const gbk = new Uint8Array([0x73, 0x6c, 0x75, 0x67, 0x0a, 0xd7, 0xd4, 0xb2, 0xa9]);
    expect(readImportFile('gbk.csv', gbk, 'en').problems).toEqual([{ row: null, field: '', message: expect.stringMatching(/^The file is not UTF-8 text/) }]);
    expect(readImportFile('empty.csv', bytesOf(exchangesCsv([])), 'en').problems).toEqual([{ row: null, field: '', message: 'The file holds no exchanges.' }]);
    expect(readImportFile('empty.json', bytesOf('[]'), 'en').problems).toEqual([{ row: null, field: '', message: 'The file holds no exchanges.' }]);
  });
});
