import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { crossFieldError, enumOf, isoDate, optionalIsoDate, requiredText, uuid } from './fields';
import { formDataToObject, formError, formSuccess, idleForm, localizeIssues, parseForm } from './form';
import { validationMessage } from './messages';

function formData(entries: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

const exchange = z
  .object({
    titleEn: requiredText(300),
    status: enumOf(['PLANNED', 'TOOK_PLACE'] as const),
    startDate: isoDate(),
    endDate: optionalIsoDate(),
    cityIds: z.array(uuid()).default([]),
  })
  .refine((d) => !d.endDate || d.endDate >= d.startDate, crossFieldError('endDate', ['startDate', 'endDate'], 'endBeforeStart'));

describe('formDataToObject', () => {
  it('gathers the values of a name ending in [] into a list under the bare name', () => {
    const values = formDataToObject(
      formData([
        ['cityIds[]', 'a'],
        ['title', 'first'],
        ['cityIds[]', 'b'],
      ]),
    );
    expect(values).toEqual({ cityIds: ['a', 'b'], title: 'first' });
  });

  it('keeps the last value of any other name', () => {
    expect(formDataToObject(formData([['title', 'first'], ['title', 'second']]))).toEqual({ title: 'second' });
  });

  it('leaves files out', () => {
    const values = formDataToObject(formData([['photo', new File(['x'], 'x.png')], ['title', 'Zibo']]));
    expect(values).toEqual({ title: 'Zibo' });
  });

  it('keeps a field named __proto__ as an ordinary key', () => {
    const values = formDataToObject(formData([['__proto__[]', 'x']]));
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(Object.hasOwn(values, '__proto__')).toBe(true);
  });
});

describe('localizeIssues', () => {
  const long = { titleEn: 'x'.repeat(301), status: 'PLANNED', startDate: '2023-05-15' };

  it('gives each field its first problem in English or Chinese, with the numbers the text needs', () => {
    const error = exchange.safeParse({ ...long, status: 'SOMETIME' }).error!;
    expect(localizeIssues(error, 'en')).toEqual({
      titleEn: 'At most 300 characters',
      status: 'Choose one of the options',
    });
    expect(localizeIssues(error, 'zh')).toEqual({ titleEn: '最多 300 个字符', status: '请从选项中选择' });
  });

  it('names a nested field by its path', () => {
    const error = exchange.safeParse({ ...long, titleEn: 'Visit', cityIds: ['not-an-id'] }).error!;
    expect(localizeIssues(error, 'en')).toEqual({ 'cityIds.0': 'This reference is not valid. Reload the page and try again' });
  });

  it('puts a rule across fields on the field it names', () => {
    const error = exchange.safeParse({ titleEn: 'Visit', status: 'PLANNED', startDate: '2023-05-15', endDate: '2023-05-05' })
      .error!;
    expect(localizeIssues(error, 'en')).toEqual({ endDate: 'The end date is before the start date' });
    expect(localizeIssues(error, 'zh')).toEqual({ endDate: '结束日期早于开始日期' });
  });

  it('words the checks of plain zod too', () => {
    const plain = z.object({ password: z.string().min(12), note: z.string().max(3), kind: z.literal('a') });
    const error = plain.safeParse({ password: 'short', note: 'long', kind: 'b' }).error!;
    expect(localizeIssues(error, 'en')).toEqual({
      password: 'At least 12 characters',
      note: 'At most 3 characters',
      kind: 'Choose one of the options',
    });
    expect(localizeIssues(z.object({ name: z.string() }).safeParse({}).error!, 'zh')).toEqual({ name: '必填' });
  });

  it('files a problem with the whole form under the empty path', () => {
    const pair = z.object({ from: z.string(), to: z.string() }).refine((d) => d.from !== d.to, { error: 'sameCity' });
    expect(localizeIssues(pair.safeParse({ from: 'a', to: 'a' }).error!, 'en')).toEqual({ '': 'The two cities must differ' });
  });
});

describe('parseForm', () => {
  it('returns the parsed data when the submission is valid', () => {
    const result = parseForm(
      exchange,
      formData([
        ['titleEn', '  Zibo visits Liuzhou '],
        ['status', 'TOOK_PLACE'],
        ['startDate', '2023-05-15'],
        ['endDate', ''],
      ]),
      'en',
    );
    expect(result).toEqual({
      ok: true,
      data: { titleEn: 'Zibo visits Liuzhou', status: 'TOOK_PLACE', startDate: '2023-05-15', endDate: null, cityIds: [] },
    });
  });

  it('returns the errors, a count of them and what was submitted, to fill the form again', () => {
    const submitted = formData([
      ['titleEn', ''],
      ['status', 'PLANNED'],
      ['startDate', '2023-05-15'],
      ['endDate', '2023-05-01'],
      ['cityIds[]', 'x'],
    ]);
    const en = parseForm(exchange, submitted, 'en');
    expect(en).toEqual({
      ok: false,
      state: {
        status: 'error',
        message: '3 fields need attention',
        fieldErrors: {
          titleEn: 'Required',
          'cityIds.0': 'This reference is not valid. Reload the page and try again',
          endDate: 'The end date is before the start date',
        },
        values: { titleEn: '', status: 'PLANNED', startDate: '2023-05-15', endDate: '2023-05-01', cityIds: ['x'] },
      },
    });
    const zh = parseForm(exchange, submitted, 'zh');
    expect(zh.ok ? null : zh.state.message).toBe('有 3 处需要修改');
  });

  it('says "field" for one', () => {
    const result = parseForm(exchange, formData([['status', 'PLANNED'], ['startDate', '2023-05-15'], ['titleEn', 'a']]), 'en');
    expect(result.ok).toBe(true);
    const one = parseForm(exchange, formData([['status', 'PLANNED'], ['startDate', '2023-02-30'], ['titleEn', 'a']]), 'en');
    expect(one.ok ? null : one.state).toMatchObject({
      message: '1 field needs attention',
      fieldErrors: { startDate: 'Enter a real date as YYYY-MM-DD, for example 2023-05-15' },
    });
  });
});

describe('form states', () => {
  it('starts idle', () => {
    expect(idleForm).toEqual({ status: 'idle' });
  });

  it('builds an error from a FormData or from values, with what someone else saved', () => {
    const conflict = [{ field: 'titleEn', theirs: 'Zibo delegation visits Liuzhou' }];
    expect(formError('Someone else changed this record.', formData([['titleEn', 'Mine']]), { conflict })).toEqual({
      status: 'error',
      message: 'Someone else changed this record.',
      fieldErrors: {},
      values: { titleEn: 'Mine' },
      conflict,
    });
    expect(formError('Not allowed', { titleEn: 'Mine' })).toEqual({
      status: 'error',
      message: 'Not allowed',
      fieldErrors: {},
      values: { titleEn: 'Mine' },
    });
  });

  it('never hands a password back', () => {
    const signIn = z.object({ email: requiredText(320), password: requiredText(200), newPassword: requiredText(200) });
    const result = parseForm(signIn, formData([['email', ''], ['password', 'secret'], ['newPassword', 'secret2']]), 'en');
    expect(result.ok ? null : result.state.values).toEqual({ email: '' });
  });

  it('builds a success', () => {
    expect(formSuccess('Saved')).toEqual({ status: 'success', message: 'Saved' });
  });
});

describe('validationMessage', () => {
  it('has every text in both languages', () => {
    expect(validationMessage('en', 'sameCity')).toBe('The two cities must differ');
    expect(validationMessage('zh', 'sameCity')).toBe('两个城市不能相同');
    expect(validationMessage('en', 'outOfRange', { min: 1, max: 5 })).toBe('Enter a number from 1 to 5');
    expect(validationMessage('zh', 'outOfRange', { min: 1, max: 5 })).toBe('请输入 1 至 5 之间的数');
    expect(validationMessage('en', 'tooLong', { max: 1 })).toBe('At most 1 character');
  });
});
