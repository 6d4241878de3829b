import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';

// The README of the web components runs in Debian's Chromium (CHROMIUM_PATH to use another);
// every other README runs in Node.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
