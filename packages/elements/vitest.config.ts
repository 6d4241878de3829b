import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';

// Components run in a real Chromium: Debian's (CI installs it with apt), never a downloaded
// one. Set CHROMIUM_PATH to use another build.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
              launchOptions: {
                executablePath,
                args: [
                  '--no-sandbox',
                  '--disable-gpu',
                  '--disable-background-networking',
                  '--disable-component-update',
                ],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
