export interface CalendarEvent {
  uid: string;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, inclusive, YYYY-MM-DD; null for a one-day event. */
  end: string | null;
  summary: string;
  description?: string | null;
  location?: string | null;
  /** What kind of event it is and whom it involves, in the calendar’s language ("Signing ceremony", "Zibo"). */
  categories?: readonly string[];
  url: string;
  modified: Date;
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
}

export interface Calendar {
  name: string;
  description?: string;
  events: readonly CalendarEvent[];
}

const lineEnd = '\r\n';
const maxLineOctets = 75;

// RFC 5545 TEXT admits no control characters but tab; line breaks are turned into "\n" before this runs.
// Lone surrogates go too: they cannot be written as UTF-8 at all.
const unsafeText = /[\u0000-\u0008\u000A-\u001F\u007F\uD800-\uDFFF]/gu;

function escapeText(value: string): string {
  return value
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(unsafeText, '');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds a content line at 75 octets. Counting UTF-8 bytes rather than characters is what the RFC
 * asks, and cutting only between code points keeps each physical line valid UTF-8: a Chinese
 * character is three bytes, and strict readers reject a line that ends in the middle of one.
 */
function foldLine(line: string): string {
  const physical: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > maxLineOctets) {
      physical.push(current);
      // The leading space of a continuation line counts toward its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  physical.push(current);
  return physical.join(lineEnd);
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD as a UTC day, so no server time zone can shift it. */
function parseDay(day: string): Date {
  const match = isoDay.exec(day);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  // Date.UTC rolls 2023-02-30 over to March; refusing it surfaces a bad record instead of a wrong date.
  if (!date || date.toISOString().slice(0, 10) !== day) throw new RangeError(`Not a calendar day: ${day}`);
  return date;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const formatDay = (d: Date) => `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;

function formatUtc(moment: Date): string {
  if (Number.isNaN(moment.getTime())) throw new RangeError('Invalid modification time');
  const time = `${pad(moment.getUTCHours())}${pad(moment.getUTCMinutes())}${pad(moment.getUTCSeconds())}`;
  return `${formatDay(moment)}T${time}Z`;
}

function eventLines(event: CalendarEvent): string[] {
  const start = parseDay(event.start);
  const last = event.end === null ? start : parseDay(event.end);
  // DTEND is exclusive in all-day events. An end before the start (a data slip) would make an event
  // that calendars reject, so the event is then shown on its first day only.
  const end = new Date(Math.max(start.getTime(), last.getTime()));
  end.setUTCDate(end.getUTCDate() + 1);
  // DTSTAMP comes from the record rather than the clock so an unchanged calendar is byte-identical
  // between downloads, which keeps caches and subscribers from seeing phantom updates.
  const stamp = formatUtc(event.modified);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `LAST-MODIFIED:${stamp}`,
    `DTSTART;VALUE=DATE:${formatDay(start)}`,
    `DTEND;VALUE=DATE:${formatDay(end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  // Several categories are one property, separated by commas that escapeText would escape.
  if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
  // A URI is not TEXT and takes no backslash escapes, but a control character would still break the line.
  lines.push(`URL:${event.url.replace(unsafeText, '')}`);
  if (event.status) lines.push(`STATUS:${event.status}`);
  lines.push('END:VEVENT');
  return lines;
}

/** An RFC 5545 calendar of all-day events, CRLF line ends and folded lines. */
export function toICalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Jiaoliu//Exchanges//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
  ];
  if (calendar.description) lines.push(`X-WR-CALDESC:${escapeText(calendar.description)}`);
  for (const event of calendar.events) lines.push(...eventLines(event));
  lines.push('END:VCALENDAR');
  return lines.map((line) => foldLine(line) + lineEnd).join('');
}

/**
 * The content lines of a calendar file, folds undone. Bare LF is accepted too, since a file that has
 * passed through a browser download or a text editor may have lost its CRs.
 */
export function unfoldICalendar(text: string): string[] {
  return text
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .filter((line) => line !== '');
}
