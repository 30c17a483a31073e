/**
 * Checks the installed dependencies against the npm registry's security advisories, as CI does
 * (.ci/run); run it by hand with `npm run audit:dependencies`. It fails on a high or critical advisory
 * for anything the app runs in production, and on a critical one for the tools it is built and tested
 * with; high advisories for those tools are listed without failing, since they never reach a visitor.
 * A registry that refuses the advisory request (some mirrors and proxies answer 405) is said so in one
 * line, and the check passes, having checked nothing.
 */
import { spawnSync } from 'node:child_process';
import { runCommand } from './run-command';

type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical';

interface Advisory {
  severity: Severity;
  /** The advisories behind it, or the names of the dependencies through which it comes. */
  via: (string | { title?: string; url?: string })[];
}

interface AuditAnswer {
  vulnerabilities?: Record<string, Advisory>;
  statusCode?: number;
  message?: string;
  error?: { code?: string; summary?: string };
}

class RegistryRefused extends Error {}

function audit(scope: string[]): Record<string, Advisory> {
  const run = spawnSync('npm', ['audit', '--json', ...scope], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  // npm exits non-zero both when it finds advisories and when it could not ask; the JSON says which.
  let answer: AuditAnswer;
  try {
    answer = JSON.parse(run.stdout) as AuditAnswer;
  } catch {
    throw new Error(`npm audit could not run: ${run.error?.message ?? run.stderr.trim().split('\n').at(-1) ?? `exit code ${run.status}`}`);
  }
  if (answer.vulnerabilities) return answer.vulnerabilities;
  const problem = answer.message ?? answer.error?.summary ?? answer.error?.code ?? 'no report';
  if (answer.statusCode === 405 || answer.error?.code === 'E405') throw new RegistryRefused(problem);
  throw new Error(`npm audit could not run: ${problem}`);
}

function describe(name: string, { severity, via }: Advisory): string {
  const reasons = via.map((reason) => (typeof reason === 'string' ? `through ${reason}` : [reason.title, reason.url].filter(Boolean).join(' ')));
  return `  ${severity} ${name}: ${[...new Set(reasons)].join('; ')}`;
}

const atLeast = (levels: Severity[]) => (advisories: Record<string, Advisory>) =>
  Object.entries(advisories).filter(([, advisory]) => levels.includes(advisory.severity));

runCommand(async () => {
  let production: Record<string, Advisory>;
  let everything: Record<string, Advisory>;
  try {
    production = audit(['--omit=dev']);
    everything = audit([]);
  } catch (error) {
    if (!(error instanceof RegistryRefused)) throw error;
    console.warn('npm audit could not run: the registry refused the advisory request (405); no advisory check was made');
    return;
  }

  const failing = [...atLeast(['high', 'critical'])(production), ...atLeast(['critical'])(everything)];
  const failingNames = new Set(failing.map(([name]) => name));
  const toolsHigh = atLeast(['high'])(everything).filter(([name]) => !failingNames.has(name) && !(name in production));
  if (toolsHigh.length) {
    console.warn(`High advisories for build and test tools only (not failing):\n${toolsHigh.map(([name, a]) => describe(name, a)).join('\n')}`);
  }
  if (failing.length) {
    const unique = [...new Map(failing).entries()];
    console.error(unique.map(([name, a]) => describe(name, a)).join('\n'));
    throw new Error(`npm audit found ${unique.length} ${unique.length === 1 ? 'package' : 'packages'} with high or critical advisories (see above); \`npm audit\` says how to fix them.`);
  }
  console.log('npm audit: no high or critical advisories for production dependencies, none critical for build and test tools.');
});
