import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { propertyRuns } from '../../../../scripts/property-runs.js';
import { providerRefusal, validatingProvider } from './__fixtures__/provider.js';
import { toClientMetadata } from './client-metadata.js';
import { safeDefine } from './define.js';
import type { OidcConfigInput } from './oidc.schema.js';

/** Grants oidc-provider implements; the others (password, SAML bearer, MFA, …) do not exist there. */
const peerGrants = [
  'authorization_code',
  'implicit',
  'refresh_token',
  'client_credentials',
  'urn:ietf:params:oauth:grant-type:device_code',
] as const;
const uris = [
  'https://app.example.com/cb',
  'http://127.0.0.1:8080/cb',
  'http://localhost/cb',
  'https://localhost/cb',
  'http://app.example.com/cb',
  'com.example.app:/cb',
  'myapp:/cb',
  'https://app.example.com/cb#frag',
  '/relative',
];

let provider: Awaited<ReturnType<typeof validatingProvider>>;
beforeAll(async () => {
  provider = await validatingProvider();
});

describe('property: whatever oidc.define accepts, oidc-provider accepts', () => {
  it('over random combinations of type, grants, responses, auth and URIs', async () => {
    const input = fc.record({
      label: fc.constant('Random'),
      clientId: fc.constant('random-client'),
      applicationType: fc.constantFrom('web', 'browser', 'native', 'service'),
      grantTypes: fc.oneof(
        {
          weight: 3,
          arbitrary: fc.constantFrom(
            ['authorization_code'],
            ['authorization_code', 'refresh_token'],
            ['client_credentials'],
          ),
        },
        { weight: 2, arbitrary: fc.uniqueArray(fc.constantFrom(...peerGrants), { minLength: 1, maxLength: 3 }) },
      ),
      responseTypes: fc.option(fc.uniqueArray(fc.constantFrom('code', 'token', 'id_token'), { maxLength: 3 }), {
        nil: undefined,
        freq: 2,
      }),
      tokenEndpointAuthMethod: fc.option(fc.constantFrom('none', 'client_secret_basic', 'client_secret_post'), {
        nil: undefined,
        freq: 2,
      }),
      redirectUris: fc.oneof(
        {
          weight: 3,
          arbitrary: fc.uniqueArray(fc.constantFrom(...uris.slice(0, 2), 'com.example.app:/cb'), {
            minLength: 1,
            maxLength: 2,
          }),
        },
        { weight: 1, arbitrary: fc.uniqueArray(fc.constantFrom(...uris), { maxLength: 2 }) },
      ),
      postLogoutRedirectUris: fc.uniqueArray(fc.constantFrom(...uris), { maxLength: 1 }),
    });
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(input, async (candidate) => {
        const clean = Object.fromEntries(Object.entries(candidate).filter(([, value]) => value !== undefined));
        const result = safeDefine(clean as OidcConfigInput);
        if (!result.success) return;
        accepted++;
        const meta = toClientMetadata(result.data);
        if (result.data.tokenEndpointAuthMethod !== 'none')
          meta.client_secret = 'generated-secret-of-at-least-32-characters!';
        expect(await providerRefusal(provider, meta), JSON.stringify(meta)).toBeUndefined();
      }),
      { numRuns: propertyRuns(400) },
    );
    // The generator must actually reach valid configs, or the property proves nothing.
    expect(accepted).toBeGreaterThan(20);
  }, 30_000);
});
