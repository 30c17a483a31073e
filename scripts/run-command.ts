import { DatabaseSetupError } from '../lib/db/setup-error';

/**
 * Runs a command's body and turns failures into one line on stderr and a non-zero exit: expected
 * problems (a bad DATABASE_URL, a locked folder, bad arguments) print only their message; anything
 * else prints its stack too, because it is a bug.
 */
export function runCommand(body: () => Promise<void>): void {
  body().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof DatabaseSetupError || (error instanceof Error && error.constructor === Error)) {
        console.error(`Error: ${error.message}`);
      } else {
        console.error(error);
      }
      process.exit(1);
    },
  );
}
