import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
// Debian's Chromium (or CHROMIUM_PATH), with the flags every browser run here uses.
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.browser.test.ts'],
        },
      },
      {
        extends: true,
        // Pre-bundled up front, so Vite does not reload the page when it first meets them.
        optimizeDeps: {
          include: [
            'lit',
            'lit/directives/live.js',
            'lit/directives/ref.js',
            'axe-core',
            'zod/mini',
          ],
        },
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.ts'],
          setupFiles: ['src/test-support/browser-setup.ts'],
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
