import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  checkbox,
  crossFieldError,
  lengthLimits,
  email,
  enumOf,
  intInRange,
  isoDate,
  optionalDecimalInRange,
  optionalIntInRange,
  optionalIsoDate,
  optionalText,
  optionalTimestamp,
  optionalUrl,
  optionalUuid,
  requiredText,
  slug,
  uuid,
  version,
} from './fields';

/** The message keys a schema gives for a value, or its output when it accepts it. */
function check(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? { data: result.data } : { keys: result.error.issues.map((issue) => issue.message) };
}

const id = '0196f3a0-7c1e-7d2a-9b3c-1234567890ab';

describe('requiredText', () => {
  const title = requiredText(5);

  it('trims what was typed', () => {
    expect(check(title, '  Zibo \n')).toEqual({ data: 'Zibo' });
  });

  it('calls empty, blank and missing fields required', () => {
    expect(check(title, '')).toEqual({ keys: ['required'] });
    expect(check(title, '  \u3000 ')).toEqual({ keys: ['required'] });
    expect(check(title, undefined)).toEqual({ keys: ['required'] });
  });

  it('counts characters, not UTF-16 units, and says what the limit is', () => {
    expect(check(title, '淄博烧烤🍢')).toEqual({ data: '淄博烧烤🍢' });
    const result = title.safeParse('柳州螺蛳粉节');
    expect(result.error?.issues).toEqual([expect.objectContaining({ message: 'tooLong', params: { max: 5 } })]);
  });

  it('refuses control characters, and line breaks on a single line', () => {
    expect(check(title, 'a\u0000b')).toEqual({ keys: ['controlCharacters'] });
    expect(check(title, 'a\nb')).toEqual({ keys: ['controlCharacters'] });
    expect(check(title, 'a\tb')).toEqual({ keys: ['controlCharacters'] });
    expect(check(title, 'a\u0085b')).toEqual({ keys: ['controlCharacters'] });
  });

  it('allows line breaks and tabs in multi-line text, stored as LF', () => {
    const summary = requiredText(20, { multiline: true });
    expect(check(summary, 'one\r\ntwo\rthree\tfour')).toEqual({ data: 'one\ntwo\nthree\tfour' });
    expect(check(summary, 'bell\u0007')).toEqual({ keys: ['controlCharacters'] });
  });

  it('refuses a list where one value was expected', () => {
    expect(check(title, ['a', 'b'])).toEqual({ keys: ['invalid'] });
  });
});

describe('optionalText', () => {
  const note = optionalText(10);

  it('turns nothing entered into null', () => {
    expect(check(note, '')).toEqual({ data: null });
    expect(check(note, '   ')).toEqual({ data: null });
    expect(check(note, undefined)).toEqual({ data: null });
  });

  it('trims and limits what was entered', () => {
    expect(check(note, ' note ')).toEqual({ data: 'note' });
    expect(check(note, 'x'.repeat(11))).toEqual({ keys: ['tooLong'] });
    expect(check(note, 'a\u001bb')).toEqual({ keys: ['controlCharacters'] });
  });
});

describe('isoDate', () => {
  it('returns a real calendar date as written', () => {
    expect(check(isoDate(), '2023-05-15')).toEqual({ data: '2023-05-15' });
    expect(check(isoDate(), ' 2024-02-29 ')).toEqual({ data: '2024-02-29' });
  });

  it('refuses dates the calendar does not have', () => {
    for (const value of ['2023-02-30', '2023-02-29', '2023-13-01', '2023-04-31', '0000-01-01', '2023-00-10']) {
      expect(check(isoDate(), value), value).toEqual({ keys: ['invalidDate'] });
    }
  });

  it('refuses other ways of writing a date', () => {
    for (const value of ['2023-5-15', '15/05/2023', '2023年5月15日', '2023-05-15T00:00']) {
      expect(check(isoDate(), value), value).toEqual({ keys: ['invalidDate'] });
    }
  });

  it('is required, or null when optional', () => {
    expect(check(isoDate(), '')).toEqual({ keys: ['required'] });
    expect(check(optionalIsoDate(), '')).toEqual({ data: null });
    expect(check(optionalIsoDate(), undefined)).toEqual({ data: null });
    expect(check(optionalIsoDate(), '2023-02-30')).toEqual({ keys: ['invalidDate'] });
  });
});

describe('optionalTimestamp', () => {
  const moment = (value: string) => ({ data: new Date(value) });

  it('reads a day as its start in UTC, and a date and time with its offset', () => {
    expect(check(optionalTimestamp(), '2026-01-31')).toEqual(moment('2026-01-31T00:00:00Z'));
    expect(check(optionalTimestamp(), '2026-01-31T08:00:00.123Z')).toEqual(moment('2026-01-31T08:00:00.123Z'));
    expect(check(optionalTimestamp(), '2026-01-31t08:00z')).toEqual(moment('2026-01-31T08:00:00Z'));
    expect(check(optionalTimestamp(), '2026-01-31T08:00:00+08:00')).toEqual(moment('2026-01-31T00:00:00Z'));
  });

  it('takes a "+" that a query string turned into a space for what was meant', () => {
    expect(check(optionalTimestamp(), '2026-01-31T08:00:00 08:00')).toEqual(moment('2026-01-31T00:00:00Z'));
  });

  it('is null when left out, and refuses a time without its offset or a day not on the calendar', () => {
    expect(check(optionalTimestamp(), '')).toEqual({ data: null });
    expect(check(optionalTimestamp(), undefined)).toEqual({ data: null });
    for (const value of ['2026-01-31T08:00', '2026-02-30', '2026-01-31T25:00Z', 'yesterday', '1769846400']) {
      expect(check(optionalTimestamp(), value)).toEqual({ keys: ['invalidTimestamp'] });
    }
  });
});

describe('uuid', () => {
  it('accepts an id, lower-cased', () => {
    expect(check(uuid(), id.toUpperCase())).toEqual({ data: id });
    expect(check(optionalUuid(), id)).toEqual({ data: id });
  });

  it('refuses anything else', () => {
    expect(check(uuid(), 'zibo')).toEqual({ keys: ['invalidId'] });
    expect(check(uuid(), '')).toEqual({ keys: ['required'] });
    expect(check(optionalUuid(), '')).toEqual({ data: null });
    expect(check(optionalUuid(), '1234')).toEqual({ keys: ['invalidId'] });
  });
});

describe('enumOf', () => {
  const status = enumOf(['PLANNED', 'TOOK_PLACE'] as const);

  it('accepts one of the values', () => {
    expect(check(status, 'PLANNED')).toEqual({ data: 'PLANNED' });
  });

  it('says required when nothing was chosen, and invalid option otherwise', () => {
    expect(check(status, '')).toEqual({ keys: ['required'] });
    expect(check(status, undefined)).toEqual({ keys: ['required'] });
    expect(check(status, 'planned')).toEqual({ keys: ['invalidOption'] });
  });
});

describe('intInRange', () => {
  const participants = intInRange(1, 500);

  it('reads whole numbers, including full-width digits', () => {
    expect(check(participants, ' 42 ')).toEqual({ data: 42 });
    expect(check(participants, '４２')).toEqual({ data: 42 });
  });

  it('refuses what is not a whole number', () => {
    for (const value of ['4.5', 'forty', '1e2', '0x10']) {
      expect(check(participants, value), value).toEqual({ keys: ['invalidNumber'] });
    }
    expect(check(participants, '')).toEqual({ keys: ['required'] });
  });

  it('says what the range is', () => {
    const result = participants.safeParse('501');
    expect(result.error?.issues).toEqual([expect.objectContaining({ message: 'outOfRange', params: { min: 1, max: 500 } })]);
    expect(check(participants, '0')).toEqual({ keys: ['outOfRange'] });
  });

  it('turns nothing entered into null when optional', () => {
    const year = optionalIntInRange(1949, 2100);
    expect(check(year, '')).toEqual({ data: null });
    expect(check(year, undefined)).toEqual({ data: null });
    expect(check(year, '2023')).toEqual({ data: 2023 });
    expect(check(year, '1900')).toEqual({ keys: ['outOfRange'] });
  });
});

describe('checkbox', () => {
  it('is ticked when the browser sends it, and not when it sends nothing', () => {
    expect(check(checkbox(), 'on')).toEqual({ data: true });
    expect(check(checkbox(), 'true')).toEqual({ data: true });
    expect(check(checkbox(), undefined)).toEqual({ data: false });
    expect(check(checkbox(), 'yes')).toEqual({ keys: ['invalidOption'] });
  });
});

describe('version', () => {
  it('is a positive whole number', () => {
    expect(check(version(), '3')).toEqual({ data: 3 });
    expect(check(version(), '0')).toEqual({ keys: ['outOfRange'] });
    expect(check(version(), '')).toEqual({ keys: ['required'] });
  });
});

describe('optionalUrl', () => {
  const url = optionalUrl(40);

  it('accepts http and https addresses, trimmed', () => {
    expect(check(url, ' https://www.zibo.gov.cn/ ')).toEqual({ data: 'https://www.zibo.gov.cn/' });
    expect(check(url, 'http://example.com/a?b=1')).toEqual({ data: 'http://example.com/a?b=1' });
    expect(check(url, '')).toEqual({ data: null });
  });

  it('refuses other schemes and what is not an address', () => {
    for (const value of ['javascript:alert(1)', 'ftp://example.com', 'www.zibo.gov.cn', 'https://', 'http:example.com']) {
      expect(check(url, value), value).toEqual({ keys: ['invalidUrl'] });
    }
    expect(check(url, `https://example.com/${'a'.repeat(40)}`)).toEqual({ keys: ['tooLong'] });
  });
});

describe('email', () => {
  it('trims and lower-cases', () => {
    expect(check(email(), '  Staff@Zibo.GOV.cn ')).toEqual({ data: 'staff@zibo.gov.cn' });
  });

  it('refuses what is not an address', () => {
    expect(check(email(), 'staff@')).toEqual({ keys: ['invalidEmail'] });
    expect(check(email(), '')).toEqual({ keys: ['required'] });
    expect(check(email(), `${'a'.repeat(320)}@example.com`)).toEqual({ keys: ['tooLong'] });
  });
});

describe('slug', () => {
  it('takes lower-case letters, digits and single hyphens, lower-casing what was typed', () => {
    expect(check(slug(20), ' Xi-An ')).toEqual({ data: 'xi-an' });
    expect(check(slug(20), 'city-2')).toEqual({ data: 'city-2' });
  });

  it('refuses spaces, other letters and stray hyphens', () => {
    for (const value of ['xi an', '西安', '-zibo', 'zi--bo', 'zibo-']) expect(check(slug(20), value)).toEqual({ keys: ['invalidSlug'] });
    expect(check(slug(20), '')).toEqual({ keys: ['required'] });
  });
});

describe('optionalDecimalInRange', () => {
  const latitude = optionalDecimalInRange(-90, 90, 5);

  it('keeps the number as its text, full-width digits included', () => {
    expect(check(latitude, ' 36.81 ')).toEqual({ data: '36.81' });
    expect(check(latitude, '-24.33000')).toEqual({ data: '-24.33' });
    expect(check(latitude, '３６．８１')).toEqual({ data: '36.81' });
    expect(check(latitude, '')).toEqual({ data: null });
  });

  it('names what is wrong: not a number, too many decimals, out of range', () => {
    expect(check(latitude, '36,81')).toEqual({ keys: ['invalidDecimal'] });
    expect(check(latitude, '36.123456')).toEqual({ keys: ['invalidDecimal'] });
    expect(check(latitude, '136.8')).toEqual({ keys: ['outOfRange'] });
  });
});

describe('crossFieldError', () => {
  const trip = z
    .object({ title: requiredText(20), startDate: isoDate(), endDate: optionalIsoDate() })
    .refine(
      (d) => !d.endDate || d.endDate >= d.startDate,
      crossFieldError('endDate', ['startDate', 'endDate'], 'endBeforeStart'),
    );

  it('puts the message on the field it names', () => {
    const result = trip.safeParse({ title: 'Visit', startDate: '2023-05-15', endDate: '2023-05-14' });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['endDate'], message: 'endBeforeStart' })]);
    expect(trip.safeParse({ title: 'Visit', startDate: '2023-05-15', endDate: '2023-05-15' }).success).toBe(true);
  });

  it('runs while other fields are wrong, so every error shows at once', () => {
    const result = trip.safeParse({ startDate: '2023-05-15', endDate: '2023-05-14' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['title', 'required'],
      ['endDate', 'endBeforeStart'],
    ]);
  });

  it('waits until the fields it compares are valid', () => {
    const result = trip.safeParse({ title: 'Visit', startDate: '2023-02-30', endDate: '2023-01-01' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['startDate', 'invalidDate']]);
  });

  it('carries parameters for the message', () => {
    const passwords = z
      .object({ password: z.string(), repeat: z.string() })
      .refine((d) => d.password.length >= 12, crossFieldError('password', ['password'], 'tooShort', { min: 12 }));
    expect(passwords.safeParse({ password: 'short', repeat: 'short' }).error?.issues).toEqual([
      expect.objectContaining({ path: ['password'], message: 'tooShort', params: { min: 12 } }),
    ]);
  });
});

describe('length limits', () => {
  it('are read from a form’s schema, for its fields to show how much room is left', async () => {
    const { topicFields } = await import('./schemas/parts');
    expect(lengthLimits(topicFields)).toEqual({ titleZh: 300, titleEn: 300, descriptionZh: 5000, descriptionEn: 5000 });
  });
});
