import { describe, expect, it } from 'vitest';
import { nameKeys, queryKeys } from './name-keys';

describe('name keys', () => {
  it('make traditional and simplified characters one name', () => {
    expect(nameKeys('張壯', null).keyZh).toBe(nameKeys('张壮', null).keyZh);
    expect(queryKeys('張壯').zh).toBe('张壮');
  });

  it('make a Chinese name and its pinyin or English form one name, whatever the spaces and case', () => {
    const keys = nameKeys('赵庆文', 'Zhao Qingwen');
    expect(keys).toEqual({ keyZh: '赵庆文', keyPinyin: 'zhaoqingwen', keyEn: 'zhaoqingwen' });
    expect(queryKeys('zhao qing').latin).toBe('zhaoqing');
    expect(queryKeys('赵庆').latin).toBe('zhaoqing');
    expect(nameKeys(null, 'Lü Xiaoming').keyEn).toBe('luxiaoming');
  });

  it('look for nothing in a query too short to tell people apart, or with nothing of a name in it', () => {
    expect(queryKeys('赵')).toEqual({ zh: null, latin: null });
    expect(queryKeys('zh')).toEqual({ zh: null, latin: null });
    expect(queryKeys('%_\\')).toEqual({ zh: null, latin: null });
    expect(nameKeys('·', '—')).toEqual({ keyZh: null, keyPinyin: null, keyEn: null });
  });
});
