/**
 * The headers every response carries, built here and applied by the proxy (proxy.ts), so the policy
 * is read and tested in one place. Pages get a Content-Security-Policy with a fresh nonce per
 * request; everything else (the JSON and CSV API, auth endpoints) a policy that allows nothing, since
 * none of it is meant to be rendered as a document.
 */

export interface Environment {
  /** `next dev`: React rebuilds server error stacks with eval, and the dev overlay injects styles. */
  development: boolean;
  /** A production build, as `npm start` and deployments serve it. */
  production: boolean;
}

/** 128 random bits, base64: unguessable, and fresh for every page so a leaked one is worth nothing. */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/** Where browsers report what a page's policy blocked (app/api/csp-report). */
export const cspReportPath = '/api/csp-report';

function serialize(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/**
 * The policy for a page. Next reads the nonce from this header on the request and puts it on its own
 * inline scripts; 'strict-dynamic' lets those scripts load the page's chunks, so no host list is
 * needed and no injected inline script runs.
 */
export function pageContentSecurityPolicy(nonce: string, env: Environment): string {
  return serialize({
    'default-src': ["'self'"],
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(env.development ? ["'unsafe-eval'"] : [])],
    // Production pages have no inline styles but the <style> tags Next emits, which carry the nonce.
    // The development overlay injects un-nonced styles; a nonce would make browsers ignore
    // 'unsafe-inline', so development gets 'unsafe-inline' alone.
    'style-src': ["'self'", ...(env.development ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`])],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    // No page uses <base>; ASVS 3.4.3 asks for 'none' so an injected one cannot redirect relative URLs.
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    // report-to names the endpoint in Reporting-Endpoints; browsers that know it ignore report-uri.
    'report-uri': [cspReportPath],
    'report-to': ['csp'],
  });
}

/** For responses that are data, not documents: if one is ever opened as a page, nothing in it runs. */
export const dataContentSecurityPolicy = serialize({
  'default-src': ["'none'"],
  'frame-ancestors': ["'none'"],
});

/** Two years, as HSTS preload lists ask; browsers ignore it over plain http, so localhost is unaffected. */
const strictTransportSecurity = 'max-age=63072000; includeSubDomains';

const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'payment',
  'usb',
];

/** The headers besides the policy, the same on every response. */
export function securityHeaders(contentSecurityPolicy: string, env: Environment): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy,
    ...(env.production ? { 'Strict-Transport-Security': strictTransportSecurity } : {}),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': deniedFeatures.map((feature) => `${feature}=()`).join(', '),
    // frame-ancestors does the same for browsers that read CSP; this is for those that do not.
    'X-Frame-Options': 'DENY',
    // A window this site opens, or that opens it, gets no handle on the other (tabnabbing).
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Reporting-Endpoints': `csp="${cspReportPath}"`,
  };
}
