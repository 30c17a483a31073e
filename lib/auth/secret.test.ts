import { afterEach, describe, expect, it, vi } from 'vitest';
import { authSecret } from './secret';

afterEach(() => vi.unstubAllEnvs());

describe('authSecret', () => {
  it('uses AUTH_SECRET when it is set', () => {
    vi.stubEnv('AUTH_SECRET', ' a-secret-of-at-least-thirty-two-characters ');
    vi.stubEnv('JIAOLIU_ENV', 'production');
    expect(authSecret()).toBe('a-secret-of-at-least-thirty-two-characters');
  });

  it('refuses to make up a key for a deployment', () => {
    vi.stubEnv('AUTH_SECRET', '');
    vi.stubEnv('JIAOLIU_ENV', 'production');
    expect(() => authSecret()).toThrow(/^AUTH_SECRET must be set in production/);
  });
});
