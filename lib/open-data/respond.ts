import 'server-only';
import { isAppError } from '../errors';
import { type Locale, negotiateLocale } from '../i18n/locales';
import { localizeIssues } from '../validation/form';
import { type CsvColumn, csvByteOrderMark, csvLine } from './csv';

/*
 * How the open-data addresses answer programs: the file or document asked for, or a problem report
 * (RFC 9457, `application/problem+json`) that names what is wrong with the request, in the language
 * the client asks for. Never a stack trace.
 */

const problemTitles = {
  INVALID: { en: 'The request’s parameters cannot be used', zh: '请求参数无法使用' },
  NOT_FOUND: { en: 'Not found', zh: '未找到' },
  INTERNAL: { en: 'Something went wrong on our side; the error has been logged', zh: '服务器出错，错误已记录' },
  NOT_A_REPORT: { en: 'The body is not a Content-Security-Policy violation report', zh: '请求内容不是内容安全策略（CSP）违规报告' },
  REPORT_TOO_LARGE: { en: 'The report is larger than 16 KB', zh: '报告超过 16 KB' },
  UNSUPPORTED_REPORT_TYPE: {
    en: 'Send reports as application/csp-report or application/reports+json',
    zh: '报告须以 application/csp-report 或 application/reports+json 格式发送',
  },
} satisfies Record<string, Record<Locale, string>>;

export function problemResponse(status: 400 | 404 | 413 | 415 | 500, kind: keyof typeof problemTitles, locale: Locale, errors?: Record<string, string>): Response {
  const response = jsonResponse(
    { type: 'about:blank', title: problemTitles[kind][locale], status, ...(errors ? { errors } : {}) },
    { status, contentType: 'application/problem+json' },
  );
  response.headers.set('content-language', locale);
  return response;
}

/** The client's language for messages: `lang` in the query first, then Accept-Language. */
export function requestLocale(request: Request): Locale {
  const url = new URL(request.url);
  const lang = url.searchParams.get('lang');
  return lang === 'zh' || lang === 'en' ? lang : negotiateLocale(request.headers.get('accept-language'));
}

/** The query of a request as the data layer's filters read it (first value of a repeated name). */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

/**
 * A JSON answer. Any web page may read it (`Access-Control-Allow-Origin: *`): it is the public record,
 * read the same whoever asks, and a page that builds on it should not need a server of its own.
 */
export function jsonResponse(body: unknown, { status = 200, contentType = 'application/json' } = {}): Response {
  return Response.json(body, { status, headers: { 'content-type': `${contentType}; charset=utf-8`, 'access-control-allow-origin': '*' } });
}

/** Runs an open-data answer, turning a refused request into a problem report. */
export async function answerOpenData(request: Request, answer: () => Promise<Response>): Promise<Response> {
  const locale = requestLocale(request);
  try {
    return await answer();
  } catch (error) {
    if (isAppError(error) && error.code === 'INVALID') {
      return problemResponse(400, 'INVALID', locale, error.details.validation ? localizeIssues(error.details.validation, locale) : undefined);
    }
    if (isAppError(error) && error.code === 'NOT_FOUND') return problemResponse(404, 'NOT_FOUND', locale);
    console.error(error);
    return problemResponse(500, 'INTERNAL', locale);
  }
}

/**
 * A download built a batch at a time. The first batch is read before the answer starts, so a request
 * the data layer refuses gets its problem report rather than a truncated file. A list read whole
 * comes as a single batch.
 */
export async function streamedFile<T>(
  batches: AsyncIterable<T[]> | Iterable<T[]>,
  { head, line, contentType, filename }: { head: string; line: (row: T) => string; contentType: string; filename: string },
): Promise<Response> {
  const iterator = Symbol.asyncIterator in batches ? batches[Symbol.asyncIterator]() : batches[Symbol.iterator]();
  const first = await iterator.next();
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(head + (first.done ? '' : first.value.map(line).join(''))));
      if (first.done) controller.close();
    },
    async pull(controller) {
      if (first.done) return;
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value.map(line).join('')));
    },
  });
  return new Response(stream, {
    headers: { 'content-type': contentType, 'content-disposition': `attachment; filename="${filename}"` },
  });
}

/** A CSV download: a header of column names, then one line per row. */
export function csvFile<T>(batches: AsyncIterable<T[]> | Iterable<T[]>, columns: readonly CsvColumn<T>[], filename: string): Promise<Response> {
  return streamedFile(batches, {
    head: csvByteOrderMark + csvLine(columns.map((column) => column.name)),
    line: (row) => csvLine(columns.map((column) => column.value(row))),
    contentType: 'text/csv; charset=utf-8; header=present',
    filename,
  });
}
