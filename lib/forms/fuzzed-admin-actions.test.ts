import { actionTargets } from '../testing/fuzz/actions';
import { fuzzAction, fuzzEachEndpoint } from '../testing/fuzz/run';

/* The admin and sign-in actions, fuzzed as fuzzed-actions.test.ts fuzzes the workspace's. */

fuzzEachEndpoint(
  actionTargets.filter((target) => target.module !== 'manage'),
  fuzzAction,
);
