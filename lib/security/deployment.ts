import { sessionLimits } from '../auth/session-limits';
import { trustedProxies } from './client-address';

type Settings = Record<string, string | undefined>;

/**
 * Whether this server is a real deployment rather than a newcomer's `npm start` on localhost. Both run
 * a production build, so NODE_ENV cannot tell them apart: a deployment says so with
 * JIAOLIU_ENV=production, or shows it by being reached at an https AUTH_URL.
 */
export function isDeployment(env: Settings = process.env): boolean {
  return env.JIAOLIU_ENV?.trim() === 'production' || /^https:/i.test(env.AUTH_URL?.trim() ?? '');
}

/** next-auth derives its keys from AUTH_SECRET; fewer than 32 characters is guessable. */
const minimumSecretLength = 32;

/**
 * Why this server must not start, in one line, or null. A deployment needs its own AUTH_SECRET: a key
 * made on the fly lives in one instance's .data folder, is lost with its disk, and differs between
 * instances, signing people out at random.
 */
export function deploymentRefusal(env: Settings = process.env): string | null {
  if (!isDeployment(env)) return null;
  const secret = env.AUTH_SECRET?.trim() ?? '';
  if (!secret) {
    return 'AUTH_SECRET must be set in production (JIAOLIU_ENV=production or an https AUTH_URL): generate one with `openssl rand -base64 32`.';
  }
  if (secret.length < minimumSecretLength) {
    return `AUTH_SECRET must be at least ${minimumSecretLength} characters in production (it has ${secret.length}): generate one with \`openssl rand -base64 32\`.`;
  }
  return null;
}

/** Why the server must not start, in one line, or null: a deployment's missing secret, or a setting that cannot be one. */
export function startupRefusal(env: Settings = process.env): string | null {
  const deployment = deploymentRefusal(env);
  if (deployment) return deployment;
  try {
    sessionLimits(env);
    trustedProxies(env);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The server's first step (instrumentation.ts): a server missing its settings ends here, saying why. */
export function stopUnlessReady(): void {
  const refusal = startupRefusal();
  if (!refusal) return;
  console.error(`Error: ${refusal}`);
  process.exit(1);
}
