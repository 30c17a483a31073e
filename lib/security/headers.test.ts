import { describe, expect, it } from 'vitest';
import { createNonce, dataContentSecurityPolicy, pageContentSecurityPolicy, securityHeaders } from './headers';

const production = { development: false, production: true };
const development = { development: true, production: false };

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split('; ').map((directive) => {
    const [name = '', ...sources] = directive.split(' ');
    return [name, sources];
  }));
}

describe('createNonce', () => {
  it('is 128 random bits in base64, different every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('pageContentSecurityPolicy', () => {
  it('runs only scripts carrying the nonce, and what they load', () => {
    const policy = directives(pageContentSecurityPolicy('abc123', production));
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'nonce-abc123'"]);
    expect(pageContentSecurityPolicy('abc123', production)).not.toContain('unsafe-');
  });

  it('keeps the page in its own origin and out of frames', () => {
    const policy = directives(pageContentSecurityPolicy('abc123', production));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('font-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('has browsers report what it blocks, by both the older and the newer means', () => {
    const policy = directives(pageContentSecurityPolicy('abc123', production));
    expect(policy.get('report-uri')).toEqual(['/api/csp-report']);
    expect(policy.get('report-to')).toEqual(['csp']);
    expect(securityHeaders('the policy', production)['Reporting-Endpoints']).toBe('csp="/api/csp-report"');
  });

  it('allows eval and inline styles only in development', () => {
    const policy = directives(pageContentSecurityPolicy('abc123', development));
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'", "'unsafe-eval'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });
});

describe('dataContentSecurityPolicy', () => {
  it('allows nothing', () => {
    expect(dataContentSecurityPolicy).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});

describe('securityHeaders', () => {
  it('sends the policy and the fixed headers', () => {
    const headers = securityHeaders('the policy', production);
    expect(headers).toMatchObject({
      'Content-Security-Policy': 'the policy',
      'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'DENY',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    for (const feature of ['camera', 'microphone', 'geolocation']) {
      expect(headers['Permissions-Policy']).toContain(`${feature}=()`);
    }
  });

  it('asks for https only from a production build', () => {
    expect(securityHeaders('the policy', development)).not.toHaveProperty('Strict-Transport-Security');
  });
});
