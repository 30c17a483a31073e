import { describe, expect, it } from 'vitest';
import { csvByteOrderMark, csvLine, toCsv, type CsvColumn } from './csv';

interface Row {
  city: string;
  visitors: number | null;
  published: boolean;
  note?: string;
}

const columns: readonly CsvColumn<Row>[] = [
  { name: 'city', value: (r) => r.city },
  { name: 'visitors', value: (r) => r.visitors },
  { name: 'published', value: (r) => r.published },
  { name: 'note', value: (r) => r.note },
];

describe('toCsv', () => {
  it('starts with a BOM, ends every record with CRLF and writes the header first', () => {
    const csv = toCsv(columns, [{ city: 'Zibo', visitors: 12, published: true }]);
    expect(csv.startsWith(csvByteOrderMark)).toBe(true);
    expect(csv).toBe('\uFEFFcity,visitors,published,note\r\nZibo,12,true,\r\n');
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('writes only the header for no rows, and accepts any iterable', () => {
    expect(toCsv(columns, [])).toBe('\uFEFFcity,visitors,published,note\r\n');
    function* rows(): Generator<Row> {
      yield { city: 'Liuzhou', visitors: null, published: false };
    }
    expect(toCsv(columns, rows())).toBe('\uFEFFcity,visitors,published,note\r\nLiuzhou,,false,\r\n');
  });

  it('keeps Chinese text as it is', () => {
    const csv = toCsv(columns, [{ city: '淄博市', visitors: 3, published: true, note: '考察柳州螺蛳粉产业园' }]);
    expect(csv.split('\r\n')[1]).toBe('淄博市,3,true,考察柳州螺蛳粉产业园');
  });
});

describe('csvLine', () => {
  it('quotes fields holding quotes, commas or line breaks and doubles the quotes', () => {
    expect(csvLine(['a,b', 'say "hi"', 'plain'])).toBe('"a,b","say ""hi""",plain\r\n');
    expect(csvLine(['line one\nline two', 'x\r\ny', 'cr\r'])).toBe('"line one\nline two","x\r\ny","cr\r"\r\n');
    expect(csvLine(['淄博，柳州', '“引号”'])).toBe('淄博，柳州,“引号”\r\n');
  });

  it('writes null and undefined as empty fields', () => {
    expect(csvLine([null, undefined, ''])).toBe(',,\r\n');
  });

  it('writes numbers and booleans as they are', () => {
    expect(csvLine([-2, 0, 3.5, true, false])).toBe('-2,0,3.5,true,false\r\n');
    expect(csvLine([Number.NaN, Number.POSITIVE_INFINITY])).toBe(',\r\n');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(csvLine(['=HYPERLINK("http://evil.example","click")'])).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""click"")"\r\n',
    );
    expect(csvLine(['+1', '-2', '@SUM(A1:A2)'])).toBe("'+1,'-2,'@SUM(A1:A2)\r\n");
    expect(csvLine(['\tcmd', '\rcmd'])).toBe("'\tcmd,\"'\rcmd\"\r\n");
    expect(csvLine(['a=b', 'x-1', 'me@example.org'])).toBe('a=b,x-1,me@example.org\r\n');
  });

  it('leaves a negative number alone but defuses the same characters as text', () => {
    expect(csvLine([-2, '-2'])).toBe("-2,'-2\r\n");
  });
});
