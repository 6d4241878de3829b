import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
// Debian's Chromium (or CHROMIUM_PATH), with the flags every browser run here uses.
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

export default defineConfig({
  test: {
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
