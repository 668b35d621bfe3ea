import { defineConfig } from 'vitepress';

// The docs site: every Markdown page under docs/. A link to a page that does not exist fails the
// build (VitePress's dead-link check, on by default), so `pnpm docs:build` in the suite catches it.
export default defineConfig({
  title: 'Integrakit',
  description: 'Okta-style app integrations in any product: catalog, builders, wizards, protocol tools.',
  srcExclude: ['README.md', 'storybook-static/**', 'node_modules/**', 'elements/generated/**'],
  cleanUrls: true,
  lastUpdated: false,
  themeConfig: {
    nav: [
      { text: 'Getting started', link: '/guide/getting-started' },
      { text: 'Protocols', link: '/protocols/oidc' },
      { text: 'Reference server', link: '/server' },
    ],
    sidebar: [
      {
        text: 'Start here',
        items: [
          { text: 'Getting started', link: '/guide/getting-started' },
          { text: 'Architecture', link: '/architecture' },
          { text: 'API reference', link: '/reference/api' },
        ],
      },
      {
        text: 'Using the elements',
        items: [
          { text: 'Theming', link: '/guide/theming' },
          { text: 'Events', link: '/guide/events' },
          { text: 'Localization', link: '/guide/localization' },
          { text: 'Security', link: '/security' },
          { text: 'Catalog data format', link: '/guide/catalog-format' },
        ],
      },
      {
        text: 'Elements',
        items: [
          { text: '<ik-catalog>', link: '/elements/catalog' },
          { text: '<ik-add-integration>', link: '/elements/add-integration' },
          { text: '<ik-create-integration>', link: '/elements/create-integration' },
          { text: '<ik-integration>', link: '/elements/integration' },
          { text: '<ik-assignments>', link: '/elements/assignments' },
          { text: '<ik-inspector>', link: '/elements/inspector' },
          { text: '<ik-dashboard>', link: '/elements/dashboard' },
          { text: '<ik-system-log>', link: '/elements/system-log' },
          { text: '<ik-usage-chart>', link: '/elements/usage-chart' },
          { text: '<ik-secret-field>', link: '/elements/secret-field' },
        ],
      },
      {
        text: 'Protocols',
        items: [
          { text: 'OIDC', link: '/protocols/oidc' },
          { text: 'SAML 2.0', link: '/protocols/saml' },
          { text: 'WS-Federation', link: '/protocols/wsfed' },
          { text: 'SWA', link: '/protocols/swa' },
          { text: 'SCIM 2.0', link: '/protocols/scim' },
          { text: 'API service', link: '/protocols/api-service' },
          { text: 'Application usernames', link: '/protocols/username' },
        ],
      },
      {
        text: 'Core',
        items: [{ text: 'Flows, usernames, assignments', link: '/core/flows' }],
      },
      {
        text: 'Running it',
        items: [
          { text: 'Reference server', link: '/server' },
          { text: 'Portal script budget', link: '/portal-budget' },
          { text: 'Benchmarks', link: '/benchmarks' },
        ],
      },
    ],
    search: { provider: 'local' },
  },
});
