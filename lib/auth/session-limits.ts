type Settings = Record<string, string | undefined>;

/**
 * How long a session lasts. It ends after `idleMinutes` without a request, and `lifetimeHours` after
 * signing in however busy it is. A working day's idle time ends a session overnight, so staff sign in
 * once a day; the lifetime bounds how long a copied cookie kept busy can last.
 */
export interface SessionLimits {
  idleMinutes: number;
  lifetimeHours: number;
}

export const defaultSessionLimits: SessionLimits = { idleMinutes: 8 * 60, lifetimeHours: 7 * 24 };

function wholeNumber(env: Settings, name: string, fallback: number, max: number): number {
  const value = env[name]?.trim();
  if (!value) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < 1 || number > max) {
    throw new Error(`${name} must be a whole number from 1 to ${max} (it is "${value}").`);
  }
  return number;
}

/** The limits this server applies: JIAOLIU_SESSION_IDLE_MINUTES and JIAOLIU_SESSION_LIFETIME_HOURS, or the defaults. */
export function sessionLimits(env: Settings = process.env): SessionLimits {
  const idleMinutes = wholeNumber(env, 'JIAOLIU_SESSION_IDLE_MINUTES', defaultSessionLimits.idleMinutes, 7 * 24 * 60);
  const lifetimeHours = wholeNumber(env, 'JIAOLIU_SESSION_LIFETIME_HOURS', defaultSessionLimits.lifetimeHours, 90 * 24);
  if (idleMinutes > lifetimeHours * 60) {
    throw new Error(
      `JIAOLIU_SESSION_IDLE_MINUTES (${idleMinutes}) must not be longer than JIAOLIU_SESSION_LIFETIME_HOURS (${lifetimeHours} hours).`,
    );
  }
  return { idleMinutes, lifetimeHours };
}
