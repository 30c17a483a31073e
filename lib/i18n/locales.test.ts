import { describe, expect, it } from 'vitest';
import { localeOf, negotiateLocale } from './locales';

describe('negotiateLocale', () => {
  it('prefers the highest-ranked language we have', () => {
    expect(negotiateLocale('en-US,en;q=0.9,zh-CN;q=0.8')).toBe('en');
    expect(negotiateLocale('fr-FR,zh-TW;q=0.8,en;q=0.5')).toBe('zh');
    expect(negotiateLocale('de;q=0.9,en;q=0.95')).toBe('en');
  });

  it('falls back to Chinese for missing, unknown or malformed headers', () => {
    expect(negotiateLocale(null)).toBe('zh');
    expect(negotiateLocale('fr, de')).toBe('zh');
    expect(negotiateLocale(';;;q=abc,,')).toBe('zh');
    expect(negotiateLocale('en;q=0')).toBe('zh');
  });
});

describe('localeOf', () => {
  it('keeps our locales and reads anything else a browser sends back as the default', () => {
    expect(localeOf('en')).toBe('en');
    expect(localeOf('zh')).toBe('zh');
    for (const tampered of ['fr', 'ZH', '__proto__', '', null, undefined, 1, ['en'], { toString: 'en' }]) expect(localeOf(tampered)).toBe('zh');
  });
});
