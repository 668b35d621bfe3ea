import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../../packages/elements/src/**/*.stories.ts'],
  // Docs pages (autodocs, tagged in preview.ts) with props, events, parts and CSS properties from
  // the custom-elements manifest.
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Lit's development build runs here on purpose (its warnings catch real mistakes); its one
  // "dev mode" banner is expected and dropped, before Lit loads, so a real warning stands out.
  previewHead: (head) => `${head}<script>(globalThis.litIssuedWarnings ??= new Set()).add('dev-mode');</script>`,
  // Resolve workspace packages to their sources, like the tests do.
  viteFinal: async (viteConfig) => {
    const { defaultClientConditions, mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      resolve: { conditions: ['@integrakit/source', ...defaultClientConditions] },
      // Storybook's own preview bundle is large by nature and never shipped to users.
      build: { chunkSizeWarningLimit: 4096 },
    });
  },
};

export default config;
