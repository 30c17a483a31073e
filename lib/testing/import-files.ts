import { toCsv } from '../open-data/csv';

/*
 * Files to import, as an admin would bring them: CSV with the columns of the exchanges download and
 * the three it lacks, or JSON records in the API's shape. Shared by the import's tests and
 * `npm run bench:import`.
 */

export type CsvExchange = Record<string, string | null>;

export const importColumns = [
  'slug',
  'kind',
  'start_date',
  'end_date',
  'date_precision',
  'visiting_city',
  'host_city',
  'title_zh',
  'title_en',
  'summary_zh',
  'summary_en',
  'status',
  'original_language',
  'translation',
] as const;

/** The n-th of a run of historical visits from Zibo to Liuzhou, one a day from 2001 on. */
export function historicalExchange(n: number, overrides: CsvExchange = {}): CsvExchange {
  const day = new Date(Date.UTC(2001, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  return {
    slug: `${day}-zibo-to-liuzhou-${n}`,
    kind: 'DELEGATION_VISIT',
    start_date: day,
    end_date: null,
    date_precision: 'DAY',
    visiting_city: 'zibo',
    host_city: 'liuzhou',
    title_zh: `淄博市代表团考察柳州（第 ${n} 次）`,
    title_en: `Zibo delegation visits Liuzhou (visit ${n})`,
    summary_zh: '考察螺蛳粉产业园，座谈“网红”如何变“长红”。',
    summary_en: 'Visited the luosifen industrial park, and discussed how "net red" becomes "long red", with a comma.',
    status: 'TOOK_PLACE',
    original_language: 'zh',
    translation: 'HUMAN',
    ...overrides,
  };
}

/** A CSV file of these rows, written as the downloads are: byte-order mark, CRLF, quotes where needed. */
export function exchangesCsv(rows: readonly CsvExchange[], columns: readonly string[] = importColumns): string {
  return toCsv(
    columns.map((name) => ({ name, value: (row: CsvExchange) => row[name] })),
    rows,
  );
}

export function historicalExchangesCsv(count: number): string {
  return exchangesCsv(Array.from({ length: count }, (_, n) => historicalExchange(n + 1)));
}

/**
 * The same visits as JSON records, each with what a record usually holds: the two leaders, a site
 * visit, a statement, and a cooperation item that came of it with one progress report.
 */
export function historicalRecordsJson(count: number): string {
  const text = (zh: string, en: string) => ({ zh, en, original_language: 'zh', translation: 'HUMAN' });
  const records = Array.from({ length: count }, (_, i) => {
    const row = historicalExchange(i + 1);
    return {
      slug: row.slug,
      kind: row.kind,
      title: { zh: row.title_zh, en: row.title_en },
      summary: { zh: row.summary_zh, en: row.summary_en },
      start_date: row.start_date,
      end_date: null,
      date_precision: 'DAY',
      visiting_city: { slug: 'zibo' },
      host_city: { slug: 'liuzhou' },
      status: 'TOOK_PLACE',
      original_language: 'zh',
      translation: 'HUMAN',
      participants: [
        { name: { zh: '赵庆文', en: 'Zhao Qingwen' }, title: { zh: '淄博市市长', en: 'Mayor of Zibo' }, side: 'VISITING', role: 'LEADER' },
        { name: { zh: '张壮', en: 'Zhang Zhuang' }, title: { zh: '柳州市市长', en: 'Mayor of Liuzhou' }, side: 'HOST', role: 'HOST' },
      ],
      events: [{ kind: 'SITE_VISIT', title: text('参观螺蛳粉产业园', 'Visit to the luosifen industrial park'), date: row.start_date, sites_visited: [] }],
      statements: [{ kind: 'REMARK', form: 'PARAPHRASE', speaker: { name: { zh: '赵庆文', en: 'Zhao Qingwen' } }, speaker_side: 'VISITING', text: text('两市互学互鉴。', 'The two cities learn from each other.') }],
      cooperation_items: [
        {
          title: text('共建文旅线路', 'A joint tourism route'),
          status: 'IN_PROGRESS',
          progress: 40,
          last_update: row.start_date,
          origin_statement_number: 1,
          parties: [{ role: 'RESPONSIBLE', city: { slug: 'zibo' } }],
          progress_reports: [{ date: row.start_date, status: 'IN_PROGRESS', progress: 40, note: text('线路已开通。', 'The route has opened.'), evidence: [] }],
        },
      ],
    };
  });
  return JSON.stringify(records);
}

export const bytesOf = (text: string) => new TextEncoder().encode(text);
