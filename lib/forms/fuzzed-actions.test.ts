import { expect, it } from 'vitest';
import { actionModules, actionTargets } from '../testing/fuzz/actions';
import { fuzzAction, fuzzEachEndpoint } from '../testing/fuzz/run';

/*
 * The workspace's server actions, called as Next calls them (a session cookie, the bound arguments,
 * the form), with generated bad input: each answers with a form error or a success, never an error
 * page, shows nothing of the server's insides, writes nothing when it refuses and nothing the form
 * does not have when it accepts. The admin and sign-in actions are in fuzzed-admin-actions.test.ts,
 * so that the two run side by side. See docs/fuzzing.md.
 */

it('covers every server action between this file and the admin one', () => {
  const exported = Object.values(actionModules).flatMap((module) => Object.entries(module).filter(([, value]) => typeof value === 'function').map(([name]) => name));
  expect(actionTargets.map((target) => target.name).sort()).toEqual(exported.sort());
});

fuzzEachEndpoint(
  actionTargets.filter((target) => target.module === 'manage'),
  fuzzAction,
);
