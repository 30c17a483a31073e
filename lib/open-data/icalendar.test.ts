import { describe, expect, it } from 'vitest';
import { toICalendar, unfoldICalendar, type CalendarEvent } from './icalendar';

const visit: CalendarEvent = {
  uid: 'exchange-1@jiaoliu',
  start: '2023-05-15',
  end: '2023-05-17',
  summary: 'Zibo delegation visits Liuzhou',
  description: 'Inspected the industrial park',
  location: 'Liuzhou',
  url: 'https://jiaoliu.example/en/exchanges/1',
  modified: new Date('2023-05-20T08:09:05.123Z'),
  status: 'CONFIRMED',
};

const octets = (s: string) => new TextEncoder().encode(s).length;

/** The properties of the only event in a calendar, by name (parameters dropped). */
function eventProperties(ics: string): Map<string, string> {
  const lines = unfoldICalendar(ics);
  const body = lines.slice(lines.indexOf('BEGIN:VEVENT') + 1, lines.indexOf('END:VEVENT'));
  return new Map(
    body.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).split(';')[0] ?? '', line.slice(colon + 1)];
    }),
  );
}

describe('toICalendar', () => {
  it('writes the calendar and event structure with CRLF line ends', () => {
    const ics = toICalendar({ name: 'Jiaoliu exchanges', description: 'Published exchanges', events: [visit] });
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(unfoldICalendar(ics)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Jiaoliu//Exchanges//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Jiaoliu exchanges',
      'X-WR-CALDESC:Published exchanges',
      'BEGIN:VEVENT',
      'UID:exchange-1@jiaoliu',
      'DTSTAMP:20230520T080905Z',
      'LAST-MODIFIED:20230520T080905Z',
      'DTSTART;VALUE=DATE:20230515',
      'DTEND;VALUE=DATE:20230518',
      'SUMMARY:Zibo delegation visits Liuzhou',
      'DESCRIPTION:Inspected the industrial park',
      'LOCATION:Liuzhou',
      'URL:https://jiaoliu.example/en/exchanges/1',
      'STATUS:CONFIRMED',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
  });

  it('leaves out what is not given', () => {
    const ics = toICalendar({
      name: 'Empty',
      events: [{ ...visit, description: null, location: undefined, status: undefined }],
    });
    const lines = unfoldICalendar(ics);
    expect(lines.some((l) => /^(X-WR-CALDESC|DESCRIPTION|LOCATION|STATUS)[:;]/.test(l))).toBe(false);
    expect(unfoldICalendar(toICalendar({ name: 'None', events: [] }))).not.toContain('BEGIN:VEVENT');
  });

  it('escapes backslashes, semicolons, commas and line breaks in text', () => {
    const ics = toICalendar({
      name: 'a,b;c',
      events: [{ ...visit, summary: 'Zibo, Liuzhou; C:\\path', description: 'one\ntwo\r\nthree\rfour\u0007' }],
    });
    const props = eventProperties(ics);
    expect(props.get('SUMMARY')).toBe('Zibo\\, Liuzhou\\; C:\\\\path');
    expect(props.get('DESCRIPTION')).toBe('one\\ntwo\\nthree\\nfour');
    expect(unfoldICalendar(ics)).toContain('X-WR-CALNAME:a\\,b\\;c');
  });

  it('lists categories as one property, escaping commas within each', () => {
    const props = eventProperties(toICalendar({ name: 'Kinds', events: [{ ...visit, categories: ['Forum, conference or expo', 'Visit'] }] }));
    expect(props.get('CATEGORIES')).toBe('Forum\\, conference or expo,Visit');
  });

  it('makes DTEND the day after the inclusive end, across month and year ends', () => {
    const dtend = (start: string, end: string | null) => eventProperties(toICalendar({ name: 'x', events: [{ ...visit, start, end }] })).get('DTEND');
    expect(dtend('2023-12-29', '2023-12-31')).toBe('20240101');
    expect(dtend('2024-02-28', '2024-02-29')).toBe('20240301');
    expect(dtend('2023-05-31', null)).toBe('20230601');
    expect(dtend('2023-05-15', null)).toBe('20230516');
    // An end before the start is a slip in the data; the event keeps to its first day.
    expect(dtend('2023-05-15', '2023-05-10')).toBe('20230516');
  });

  it('refuses a malformed day or time rather than writing a wrong date', () => {
    expect(() => toICalendar({ name: 'x', events: [{ ...visit, start: '2023-02-30' }] })).toThrow(RangeError);
    expect(() => toICalendar({ name: 'x', events: [{ ...visit, end: '15/05/2023' }] })).toThrow(RangeError);
    expect(() => toICalendar({ name: 'x', events: [{ ...visit, modified: new Date('nope') }] })).toThrow(RangeError);
  });

  it('folds long Chinese lines at 75 octets without splitting a character', () => {
    const summary = '淄博市党政代表团赴柳州市学习考察螺蛳粉产业发展经验，并就文旅合作、产业协作等事项深入交流座谈'.repeat(3);
    const ics = toICalendar({ name: '交流', events: [{ ...visit, summary: `${summary}🙂 end` }] });
    const physical = ics.split('\r\n').slice(0, -1);
    for (const line of physical) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      // A character cut in two (here the emoji's surrogate pair) cannot be encoded and comes back as U+FFFD.
      expect(new TextDecoder().decode(new TextEncoder().encode(line))).not.toContain('\uFFFD');
    }
    const folded = physical.filter((l) => l.startsWith(' '));
    expect(folded.length).toBeGreaterThan(3);
    expect(unfoldICalendar(ics)).toContain(`SUMMARY:${summary}🙂 end`);
    expect(physical.some((l) => octets(l) > 70)).toBe(true);
  });

  it('leaves short lines unfolded and folds a long ASCII line at exactly 75 octets', () => {
    const ics = toICalendar({ name: 'x', events: [{ ...visit, description: 'a'.repeat(200) }] });
    const lines = ics.split('\r\n');
    const first = lines.findIndex((l) => l.startsWith('DESCRIPTION:'));
    expect(lines[first]).toHaveLength(75);
    expect(lines[first + 1]).toBe(` ${'a'.repeat(74)}`);
    expect(lines.filter((l) => l.startsWith(' '))).toHaveLength(2);
  });

  it('moves a character that would straddle the 75th octet to the next line whole', () => {
    const firstLine = (description: string) => {
      const lines = toICalendar({ name: 'x', events: [{ ...visit, description }] }).split('\r\n');
      const at = lines.findIndex((l) => l.startsWith('DESCRIPTION:'));
      return [lines[at] ?? '', lines[at + 1] ?? ''];
    };
    // "DESCRIPTION:" and one "a" take 13 octets; 20 three-octet characters reach 73, a 21st would make 76.
    expect(firstLine(`a${'柳'.repeat(21)}`).map(octets)).toEqual([73, 4]);
    // 61 "a" reach 73; the four-octet emoji goes on whole.
    expect(firstLine(`${'a'.repeat(61)}🙂`)).toEqual([`DESCRIPTION:${'a'.repeat(61)}`, ' 🙂']);
  });
});

describe('unfoldICalendar', () => {
  it('joins continuation lines and accepts bare LF', () => {
    expect(unfoldICalendar('A:one\r\n two\r\n\tthree\r\nB:x\r\n')).toEqual(['A:onetwothree', 'B:x']);
    expect(unfoldICalendar('A:one\n two\nB:x')).toEqual(['A:onetwo', 'B:x']);
  });
});
