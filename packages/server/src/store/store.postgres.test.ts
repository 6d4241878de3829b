import { describe, inject, it } from 'vitest';
import { defineStoreSuite } from './test-support/store-suite.js';

const missing = inject('postgresMissing');
if (missing) {
  // Said plainly, never a silent pass: in CI it is a failure; on a developer's machine without
  // PostgreSQL these tests are reported as skipped with the reason.
  console.warn(`\n*** NOT TESTED against PostgreSQL: ${missing}\n`);
  if (process.env.CI)
    it('runs against a real PostgreSQL (required in CI)', () => {
      throw new Error(missing);
    });
  else describe.skip(`store on postgresql (${missing})`, () => {});
} else {
  defineStoreSuite('postgresql');
}
