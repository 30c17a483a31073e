// Tests import server-only modules directly; in Next the `server-only` package keeps them out of
// browser bundles, which is not a concern under the test runner.
export {};
