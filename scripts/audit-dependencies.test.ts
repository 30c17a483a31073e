import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * The audit command against an `npm` that answers as the registry would: each case writes what
 * `npm audit --json` prints for the production dependencies and for all of them.
 */

const root = path.resolve(import.meta.dirname, '..');
const fakeBin = mkdtempSync(path.join(tmpdir(), 'jiaoliu-audit-'));
afterAll(() => rmSync(fakeBin, { recursive: true, force: true }));
writeFileSync(
  path.join(fakeBin, 'npm'),
  '#!/bin/sh\ncase " $* " in *" --omit=dev "*) cat "$FAKE_AUDIT/production.json";; *) cat "$FAKE_AUDIT/everything.json";; esac\nexit 1\n',
);
chmodSync(path.join(fakeBin, 'npm'), 0o755);

const advisory = (severity: string, title: string) => ({ severity, via: [{ title, url: `https://github.com/advisories/${title}` }], nodes: [] });
const report = (vulnerabilities: Record<string, unknown>) => JSON.stringify({ auditReportVersion: 2, vulnerabilities });
const refused = JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405 });

let cases = 0;
function runAudit(production: string, everything: string) {
  const answers = path.join(fakeBin, `case-${(cases += 1)}`);
  mkdirSync(answers);
  writeFileSync(path.join(answers, 'production.json'), production);
  writeFileSync(path.join(answers, 'everything.json'), everything);
  const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/audit-dependencies.ts')], {
    cwd: root,
    env: { ...process.env, PATH: `${fakeBin}:${process.env.PATH}`, FAKE_AUDIT: answers },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

describe('npm run audit:dependencies', () => {
  it('says in one line that no check was made when the registry refuses the request, and passes', () => {
    const result = runAudit(refused, refused);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('npm audit could not run: the registry refused the advisory request (405); no advisory check was made');
  });

  it('passes when there is nothing to report', () => {
    const result = runAudit(report({}), report({ vitest: advisory('moderate', 'GHSA-aaaa') }));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^npm audit: no high or critical advisories for production dependencies/);
  });

  it('fails on a high advisory for a production dependency, naming it', () => {
    const result = runAudit(report({ next: advisory('high', 'GHSA-next') }), report({ next: advisory('high', 'GHSA-next') }));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('high next: GHSA-next https://github.com/advisories/GHSA-next');
    expect(result.stderr).toMatch(/Error: npm audit found 1 package with high or critical advisories/);
  });

  it('lists a high advisory for a build or test tool without failing, and fails on a critical one', () => {
    const high = runAudit(report({}), report({ eslint: advisory('high', 'GHSA-lint') }));
    expect(high.status).toBe(0);
    expect(high.stderr).toContain('High advisories for build and test tools only (not failing):\n  high eslint: GHSA-lint');

    const critical = runAudit(report({}), report({ vitest: advisory('critical', 'GHSA-test') }));
    expect(critical.status).toBe(1);
    expect(critical.stderr).toContain('critical vitest: GHSA-test');
  });

  it('fails when the audit cannot run for any other reason, saying why', () => {
    const unreachable = runAudit(JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'request to https://registry.npmjs.org failed' } }), refused);
    expect(unreachable.status).toBe(1);
    expect(unreachable.stderr).toMatch(/Error: npm audit could not run: request to https:\/\/registry\.npmjs\.org failed$/);

    const garbled = runAudit('not json', 'not json');
    expect(garbled.status).toBe(1);
    expect(garbled.stderr).toMatch(/Error: npm audit could not run/);
  });
});
