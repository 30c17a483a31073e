import { describe, expect, it } from 'vitest';
import { formatDate, formatIsoDate, formatMoment, isoDate } from './format';

const may5 = new Date('2023-05-05T00:00:00Z');

describe('formatDate', () => {
  it('writes a day the way each language does', () => {
    expect(formatDate(may5, 'en')).toBe('5 May 2023');
    expect(formatDate(may5, 'zh')).toBe('2023年5月5日');
  });

  it('says no more than the precision that is known', () => {
    expect(formatDate(may5, 'en', 'MONTH')).toBe('May 2023');
    expect(formatDate(may5, 'zh', 'MONTH')).toBe('2023年5月');
    expect(formatDate(may5, 'zh', 'YEAR')).toBe('2023年');
  });

  it('formats claimed ISO dates and leaves unreadable ones as they are', () => {
    expect(formatIsoDate('2023-05-15', 'en')).toBe('15 May 2023');
    expect(formatIsoDate('sometime in May', 'en')).toBe('sometime in May');
    expect(isoDate(may5)).toBe('2023-05-05');
  });
});

describe('formatMoment', () => {
  it('shows a moment in office time, whatever the server’s time zone', () => {
    const lateInUtc = new Date('2026-03-01T16:30:00Z');
    expect(formatMoment(lateInUtc, 'en')).toBe('2 Mar 2026, 00:30:00');
    expect(formatMoment(lateInUtc, 'zh')).toBe('2026年3月2日 00:30:00');
  });
});
