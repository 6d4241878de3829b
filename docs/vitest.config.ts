import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
// Debian's Chromium (or CHROMIUM_PATH), with the flags every browser run here uses.
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

export default defineConfig({
  test: {
    // A README runs as one test: all its examples in order, as a reader pastes them. The server
    // README opens two embedded databases and a portal; alone that takes 10 s, but CI runs it
    // beside the browser and server suites on two cores, where it took 47 s here and over 60 s
    // on the CI machine. The limit is for a hung example, not a measure of speed (bench/ is).
    testTimeout: 300_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['.examples/node/*.test.ts', 'src/**/*.test.ts'],
        },
      },
      {
        extends: true,
        optimizeDeps: { include: ['lit', 'lit/directives/live.js', 'lit/directives/ref.js'] },
        test: {
          name: 'browser',
          include: ['.examples/browser/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: chromiumLaunchOptions(),
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
