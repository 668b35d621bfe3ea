import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../../packages/elements/src/**/*.stories.ts'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Resolve workspace packages to their sources, like the tests do.
  viteFinal: async (viteConfig) => {
    const { defaultClientConditions, mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, { resolve: { conditions: ['@integrakit/source', ...defaultClientConditions] } });
  },
};

export default config;
