import { describe, expect, it } from 'vitest';
import { toCsv } from '../open-data/csv';
import { readCsv } from './csv';

describe('readCsv', () => {
  it('reads back what the downloads write: quotes, commas, line breaks, formulas and Chinese', () => {
    const rows = [
      { a: '淄博市, 柳州市', b: 'He said "网红" twice', c: 'line one\r\nline two' },
      { a: '=HYPERLINK("x")', b: '-2 degrees', c: '@home, "quoted"' },
      { a: '', b: null, c: '螺蛳粉' },
    ];
    const columns = ['a', 'b', 'c'].map((name) => ({ name, value: (row: Record<string, string | null>) => row[name] }));
    // The downloads start with a byte-order mark, which TextDecoder drops before the import reads it.
    const text = toCsv(columns, rows).slice(1);
    expect(readCsv(text)).toEqual({
      ok: true,
      header: ['a', 'b', 'c'],
      records: [
        { row: 2, cells: ['淄博市, 柳州市', 'He said "网红" twice', 'line one\r\nline two'] },
        { row: 3, cells: ['=HYPERLINK("x")', '-2 degrees', '@home, "quoted"'] },
        { row: 4, cells: ['', '', '螺蛳粉'] },
      ],
    });
  });

  it('takes LF or CRLF line ends, skips blank lines but counts them as rows, and needs no final line end', () => {
    expect(readCsv('slug,title\n\nzibo,Zibo\r\n\r\nliuzhou,"Liuzhou"')).toEqual({
      ok: true,
      header: ['slug', 'title'],
      records: [
        { row: 3, cells: ['zibo', 'Zibo'] },
        { row: 5, cells: ['liuzhou', 'Liuzhou'] },
      ],
    });
  });

  it('keeps empty cells at the end of a row and a row of one quoted empty cell', () => {
    expect(readCsv('a,b\r\nx,\r\n""\r\n')).toMatchObject({ records: [{ row: 2, cells: ['x', ''] }, { row: 3, cells: [''] }] });
  });

  it('leaves a leading apostrophe that the downloads did not add', () => {
    expect(readCsv("a\r\n'quoted'\r\n'=1")).toMatchObject({ records: [{ cells: ["'quoted'"] }, { cells: ['=1'] }] });
  });

  it('names the row of a quote that is not closed or stands inside a cell', () => {
    expect(readCsv('a,b\r\nx,"open\r\ny,z\r\n')).toEqual({ ok: false, row: 2, problem: 'unclosedQuote' });
    expect(readCsv('a,b\r\nx,y\r\n5" screen,z\r\n')).toEqual({ ok: false, row: 3, problem: 'strayQuote' });
    expect(readCsv('a,b\r\n"x"y,z\r\n')).toEqual({ ok: false, row: 2, problem: 'strayQuote' });
  });

  it('reads an empty file as no header and no rows', () => {
    expect(readCsv('')).toEqual({ ok: true, header: [], records: [] });
  });
});
