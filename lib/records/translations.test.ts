import { describe, expect, it } from 'vitest';
import { exchangeFields } from '../validation/schemas/exchange';
import { statementFields } from '../validation/schemas/parts';
import { relationshipFields } from '../validation/schemas/relationship';
import { isPending } from './translations';

const visit = {
  kind: 'DELEGATION_VISIT',
  visitingCityId: '0190aaaa-0000-7000-8000-000000000001',
  hostCityId: '0190aaaa-0000-7000-8000-000000000002',
  startDate: '2024-08-09',
  datePrecision: 'DAY',
  status: 'TOOK_PLACE',
  translation: 'HUMAN',
};
const sisterCities = {
  cityId: visit.visitingCityId,
  partnerCityId: visit.hostCityId,
  kind: 'SISTER_CITY',
  status: 'IN_FORCE',
  establishedPrecision: 'DAY',
  endedPrecision: 'DAY',
  translation: 'HUMAN',
};
const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('one language first', () => {
  it('takes a record in its original language alone, and refuses one without it', () => {
    expect(issues(exchangeFields.safeParse({ ...visit, originalLanguage: 'zh', titleZh: '淄博考察柳州夜市' }))).toEqual([]);
    expect(issues(exchangeFields.safeParse({ ...visit, originalLanguage: 'zh', titleEn: 'Zibo studies night markets' }))).toEqual(['titleZh: requiredInOriginal']);
    expect(issues(statementFields.safeParse({ kind: 'REMARK', form: 'PARAPHRASE', originalLanguage: 'en', translation: 'MACHINE', textZh: '欢迎' }))).toEqual([
      'textEn: requiredInOriginal',
    ]);
  });

  it('refuses an optional text in the other language alone, at the original’s field', () => {
    const chinese = { ...visit, originalLanguage: 'zh', titleZh: '淄博考察柳州夜市' };
    expect(issues(exchangeFields.safeParse({ ...chinese, summaryEn: 'Zibo studies how Liuzhou runs its night markets.' }))).toEqual(['summaryZh: originalFirst']);
    expect(issues(exchangeFields.safeParse({ ...chinese, summaryZh: '淄博考察柳州夜市经济', summaryEn: 'Zibo studies night markets.' }))).toEqual([]);
    expect(issues(relationshipFields.safeParse({ ...sisterCities, originalLanguage: 'en', summaryZh: '两市缔结友好城市关系' }))).toEqual(['summaryEn: originalFirst']);
  });

  it('calls a text pending when one language is written and the other is not', () => {
    expect(isPending('淄博', '')).toBe(true);
    expect(isPending(null, 'Zibo')).toBe(true);
    expect(isPending('淄博', 'Zibo')).toBe(false);
    expect(isPending(null, '')).toBe(false);
  });
});
