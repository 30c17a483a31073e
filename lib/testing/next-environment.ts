// Next's server loads this before any of its other modules: its request storage needs
// AsyncLocalStorage on the global object, or headers(), cookies() and revalidatePath() find no
// request (lib/testing/next-request.ts). The test setup loads it first for the same reason.
import 'next/dist/server/node-environment-baseline';
