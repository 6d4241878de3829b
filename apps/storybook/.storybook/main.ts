// Storybook for the Competence Kit web components. The stories live next to the components
// (packages/elements/src/components/<name>/<name>.stories.ts) and are compiled from source by
// Vite; the packages they import (@competence-kit/model, the content package...) come from their
// built dist, which turbo builds first (`build-storybook` depends on `^build`).
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../../../packages/elements/src/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The machines this runs on reach no network but the npm registry, and we collect nothing.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The stories carry the real content (framework, catalogue, pilot data), so chunks are large
  // by design; only warnings and errors are worth printing in CI.
  viteFinal: (config) =>
    mergeConfig(config, { logLevel: 'warn', build: { chunkSizeWarningLimit: 4000 } }),
};

export default config;
