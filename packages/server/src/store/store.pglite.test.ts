import { defineStoreSuite } from './test-support/store-suite.js';

defineStoreSuite('pglite');
