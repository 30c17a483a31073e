import 'server-only';
import { problemResponse, requestLocale } from '../open-data/respond';
import { type CspReportType, cspReportBodies, type CspViolation } from '../validation/schemas/csp-report';

/*
 * Reports of what the page policy blocked in visitors' browsers (`report-uri` and `report-to` in
 * lib/security/headers.ts). Anyone can send one, so they go to the server log, not the admins' audit
 * log: one line each, values cut short, addresses without their query, at most a few dozen a minute.
 * Nothing of a report is sent back.
 */

/** A report is a few hundred bytes; a batch of them a few kilobytes. */
export const maxReportBytes = 16 * 1024;

/** The most reports each server instance writes to its log in a minute; the rest are only counted. */
export const loggedReportsPerMinute = 30;

const fieldLength = 200;

/** An address as far as its path: queries and fragments can hold what visitors searched for. */
function withoutQuery(value: string | undefined): string | undefined {
  if (!value) return value;
  try {
    const url = new URL(value);
    return `${url.origin}${url.pathname}`.slice(0, fieldLength);
  } catch {
    // 'inline', 'eval' and other keywords browsers report in place of an address.
    return value.slice(0, fieldLength);
  }
}

function logLine({ directive, blocked, document, source, line, column, disposition }: CspViolation): string {
  const fields = {
    directive: directive?.slice(0, fieldLength),
    blocked: withoutQuery(blocked),
    document: withoutQuery(document),
    source: withoutQuery(source),
    line,
    column,
    disposition: disposition?.slice(0, fieldLength),
  };
  // JSON keeps a report's line breaks and control characters from forging lines of the log.
  return `CSP violation: ${JSON.stringify(fields)}`;
}

/** Counts reports by the minute, so a flood of them (or one browser in a loop) cannot flood the log. */
export class ReportSampler {
  #minute = -1;
  #logged = 0;
  #dropped = 0;

  constructor(
    private readonly log: (line: string) => void,
    private readonly perMinute = loggedReportsPerMinute,
  ) {}

  record(violation: CspViolation, now = Date.now()): void {
    const minute = Math.floor(now / 60_000);
    if (minute !== this.#minute) {
      if (this.#dropped) this.log(`CSP violation: ${this.#dropped} more reports in an earlier minute were not logged (limit ${this.perMinute} a minute).`);
      this.#minute = minute;
      this.#logged = 0;
      this.#dropped = 0;
    }
    if (this.#logged < this.perMinute) {
      this.#logged += 1;
      this.log(logLine(violation));
    } else {
      this.#dropped += 1;
    }
  }
}

const serverLog = new ReportSampler((line) => console.warn(line));

/** The body, or null once it runs past `limit` bytes, whatever Content-Length said. */
async function readAtMost(request: Request, limit: number): Promise<string | null> {
  if (Number(request.headers.get('content-length')) > limit) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
    size += read.value.byteLength;
    if (size > limit) {
      await reader?.cancel();
      return null;
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function isReportType(type: string): type is CspReportType {
  return Object.hasOwn(cspReportBodies, type);
}

/** Answers a report: 204 when it was one, 400, 413 or 415 (with why) when it was not. */
export async function receiveCspReport(request: Request, sampler = serverLog): Promise<Response> {
  const locale = requestLocale(request);
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!isReportType(type)) return problemResponse(415, 'UNSUPPORTED_REPORT_TYPE', locale);
  let json: unknown;
  try {
    const body = await readAtMost(request, maxReportBytes);
    if (body === null) return problemResponse(413, 'REPORT_TOO_LARGE', locale);
    json = JSON.parse(body);
  } catch {
    // Not JSON, or a body that broke off half-way.
    return problemResponse(400, 'NOT_A_REPORT', locale);
  }
  const parsed = cspReportBodies[type].safeParse(json);
  if (!parsed.success) return problemResponse(400, 'NOT_A_REPORT', locale);
  for (const violation of parsed.data) sampler.record(violation);
  return new Response(null, { status: 204 });
}
