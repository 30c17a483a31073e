import { describe, expect, it } from 'vitest';
import { chineseTag, isTraditional } from './chinese-script';

describe('chineseTag', () => {
  it('tells traditional characters from simplified ones', () => {
    expect(chineseTag('臺中市 黃國榮')).toBe('zh-Hant');
    expect(chineseTag('螺螄粉')).toBe('zh-Hant');
    expect(chineseTag('淄博市政府考察团赴柳州')).toBe('zh-CN');
    // Characters both scripts write alike say nothing either way.
    expect(isTraditional('乾隆 柳州')).toBe(false);
  });
});
