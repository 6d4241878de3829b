import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // A throwaway PostgreSQL server and a PGlite folder made once, shared by the test files.
    globalSetup: ['src/store/test-support/global-setup.ts'],
    // PGlite is a WebAssembly PostgreSQL: each open costs a second or more of CPU.
    hookTimeout: 60_000,
    // A limit for a hung test, not a measure of speed: CI runs this beside the browser suites on
    // two cores, where a route-by-role sweep takes several times what it takes alone.
    testTimeout: 90_000,
    // A developer's own DATABASE_URL must not turn the PGlite tests into tests of their database:
    // the tests pass every PostgreSQL URL explicitly.
    env: { DATABASE_URL: '' },
  },
});
