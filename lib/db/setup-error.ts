/**
 * A problem with the database set-up that the person running a command can fix: a malformed
 * DATABASE_URL, a server that cannot be reached, a data folder in use. Commands print its message
 * as one line and exit non-zero; it never carries a stack trace to the user.
 */
export class DatabaseSetupError extends Error {
  override readonly name = 'DatabaseSetupError';
}
