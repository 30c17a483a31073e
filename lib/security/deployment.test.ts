import { describe, expect, it } from 'vitest';
import { deploymentRefusal, isDeployment, startupRefusal } from './deployment';

const secret = 'k'.repeat(44);

describe('isDeployment', () => {
  it('is a deployment when it says so or is reached over https', () => {
    expect(isDeployment({ JIAOLIU_ENV: 'production' })).toBe(true);
    expect(isDeployment({ AUTH_URL: 'https://jiaoliu.example.gov.cn' })).toBe(true);
  });

  it('is not for a production build on localhost, as `npm start` serves it', () => {
    expect(isDeployment({ NODE_ENV: 'production' })).toBe(false);
    expect(isDeployment({ NODE_ENV: 'production', AUTH_URL: 'http://localhost:3000' })).toBe(false);
    expect(isDeployment({ JIAOLIU_ENV: 'staging' })).toBe(false);
  });
});

describe('deploymentRefusal', () => {
  it('lets a newcomer start without AUTH_SECRET', () => {
    expect(deploymentRefusal({ NODE_ENV: 'production' })).toBeNull();
  });

  it('refuses a deployment without AUTH_SECRET, in one line', () => {
    const refusal = deploymentRefusal({ NODE_ENV: 'production', JIAOLIU_ENV: 'production', AUTH_SECRET: '  ' });
    expect(refusal).toMatch(/^AUTH_SECRET must be set in production/);
    expect(refusal).not.toContain('\n');
    expect(deploymentRefusal({ AUTH_URL: 'https://jiaoliu.example.gov.cn' })).toMatch(/^AUTH_SECRET must be set/);
  });

  it('refuses a short AUTH_SECRET and accepts a long one', () => {
    expect(deploymentRefusal({ JIAOLIU_ENV: 'production', AUTH_SECRET: 'changeme' })).toMatch(/at least 32 characters in production \(it has 8\)/);
    expect(deploymentRefusal({ JIAOLIU_ENV: 'production', AUTH_SECRET: secret })).toBeNull();
  });
});

describe('startupRefusal', () => {
  it('refuses a security setting that cannot be one, on any server, in one line', () => {
    expect(startupRefusal({})).toBeNull();
    expect(startupRefusal({ JIAOLIU_SESSION_IDLE_MINUTES: 'forever' })).toMatch(/^JIAOLIU_SESSION_IDLE_MINUTES must be a whole number/);
    expect(startupRefusal({ JIAOLIU_TRUSTED_PROXIES: 'the load balancer' })).toMatch(/^JIAOLIU_TRUSTED_PROXIES must be/);
    expect(startupRefusal({ JIAOLIU_ENV: 'production', JIAOLIU_TRUSTED_PROXIES: '1' })).toMatch(/^AUTH_SECRET must be set/);
    expect(startupRefusal({ JIAOLIU_ENV: 'production', AUTH_SECRET: secret, JIAOLIU_TRUSTED_PROXIES: '1' })).toBeNull();
  });
});
