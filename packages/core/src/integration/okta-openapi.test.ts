import { revealSecrets } from '@integrakit/protocols/scim';
import { it } from 'vitest';
import { expectValidAgainst } from '../../../protocols/src/test-utils/openapi.js';
import { describeWithReference } from '../../../protocols/src/test-utils/reference.js';
import { sampleIntegrations } from './__fixtures__/integrations.js';
import { defaultProtocols } from './default-protocols.js';
import type { Integration } from './model.js';
import { toOktaApp } from './okta.js';

/** The spec's schema for each sample's payload. */
const schemaOf: Record<string, string> = {
  saml: 'SamlApplication',
  swa: 'BrowserPluginApplication',
  'swa auto-login with reveal': 'AutoLoginApplication',
  oidc: 'OpenIdConnectApplication',
  wsfed: 'WsFederationApplication',
  bookmark: 'BookmarkApplication',
  'api-service': 'OpenIdConnectApplication',
  // Catalog instances carry their catalog key as `name`, which the spec types as an OIN app.
  catalog: 'OINApplication',
};

describeWithReference('integration payloads vs the Okta OpenAPI spec', () => {
  const samples = Object.entries(sampleIntegrations());

  it.each(samples)('%s: the create body is a valid request', (name, integration) => {
    expectValidAgainst(
      schemaOf[name] ?? 'Application',
      revealSecrets(toOktaApp(integration, { protocols: defaultProtocols })),
    );
  });

  it.each(samples)('%s: a stored integration is a valid response', (name, integration) => {
    const stored: Integration = {
      ...integration,
      id: '0oa1abcdEFGH2345ijkl',
      status: 'ACTIVE',
      created: '2026-01-01T00:00:00.000Z',
      lastUpdated: '2026-01-02T00:00:00.000Z',
    };
    expectValidAgainst(
      schemaOf[name] ?? 'Application',
      revealSecrets(toOktaApp(stored, { protocols: defaultProtocols })),
      { direction: 'response' },
    );
  });
});
