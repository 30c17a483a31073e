import { describe, expect, it } from 'vitest';
import { defaultSessionLimits, sessionLimits } from './session-limits';

describe('sessionLimits', () => {
  it('ends a session after a working day unused, and a week after signing in, unless told otherwise', () => {
    expect(sessionLimits({})).toEqual({ idleMinutes: 480, lifetimeHours: 168 });
    expect(defaultSessionLimits).toEqual(sessionLimits({}));
    expect(sessionLimits({ JIAOLIU_SESSION_IDLE_MINUTES: ' 30 ', JIAOLIU_SESSION_LIFETIME_HOURS: '12' })).toEqual({ idleMinutes: 30, lifetimeHours: 12 });
  });

  it.each([
    [{ JIAOLIU_SESSION_IDLE_MINUTES: '0' }, /^JIAOLIU_SESSION_IDLE_MINUTES must be a whole number from 1 to 10080 \(it is "0"\)\.$/],
    [{ JIAOLIU_SESSION_IDLE_MINUTES: '1.5' }, /^JIAOLIU_SESSION_IDLE_MINUTES must be a whole number/],
    [{ JIAOLIU_SESSION_LIFETIME_HOURS: '8h' }, /^JIAOLIU_SESSION_LIFETIME_HOURS must be a whole number from 1 to 2160 \(it is "8h"\)\.$/],
    [{ JIAOLIU_SESSION_IDLE_MINUTES: '600', JIAOLIU_SESSION_LIFETIME_HOURS: '8' }, /must not be longer than JIAOLIU_SESSION_LIFETIME_HOURS \(8 hours\)/],
  ])('refuses %o, naming the setting', (env, message) => {
    expect(() => sessionLimits(env)).toThrow(message);
  });
});
