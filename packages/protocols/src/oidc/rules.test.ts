import { describe, expect, it } from 'vitest';
import { safeDefine } from './define.js';
import type { OidcConfigInput } from './oidc.schema.js';
import { type ApplicationType, GRANT_TYPES, TOKEN_ENDPOINT_AUTH_METHODS } from './rules.js';

// Okta's tables spelled out a second time, entry by entry, as okta-domain.md §3.3 and the header of rules.ts
// state them: a slip in either copy fails here. Checked through `safeDefine`, by the rule each entry drives.
const mfa = [
  'urn:okta:params:oauth:grant-type:otp',
  'urn:okta:params:oauth:grant-type:oob',
  'http://auth0.com/oauth/grant-type/mfa-otp',
  'http://auth0.com/oauth/grant-type/mfa-oob',
];
const saml2Bearer = 'urn:ietf:params:oauth:grant-type:saml2-bearer';
const tables: Record<
  ApplicationType,
  { grants: string[]; required: string[]; methods: string[]; defaultMethod: string; base: OidcConfigInput }
> = {
  web: {
    grants: [
      'authorization_code',
      'implicit',
      'refresh_token',
      'client_credentials',
      'interaction_code',
      saml2Bearer,
      'urn:openid:params:grant-type:ciba',
      ...mfa,
    ],
    required: ['authorization_code'],
    methods: ['client_secret_basic', 'client_secret_post', 'client_secret_jwt', 'private_key_jwt'],
    defaultMethod: 'client_secret_basic',
    base: {
      label: 'Web',
      applicationType: 'web',
      grantTypes: ['authorization_code'],
      redirectUris: ['https://app.example.com/cb'],
    },
  },
  browser: {
    grants: ['authorization_code', 'implicit', 'refresh_token', 'interaction_code', saml2Bearer, ...mfa],
    required: ['authorization_code', 'implicit', 'interaction_code'],
    methods: ['none'],
    defaultMethod: 'none',
    base: {
      label: 'SPA',
      applicationType: 'browser',
      grantTypes: ['authorization_code'],
      redirectUris: ['https://app.example.com/cb'],
    },
  },
  native: {
    grants: [
      'authorization_code',
      'implicit',
      'password',
      'refresh_token',
      'interaction_code',
      'urn:ietf:params:oauth:grant-type:device_code',
      'urn:ietf:params:oauth:grant-type:token-exchange',
      'urn:ietf:params:oauth:grant-type:jwt-bearer',
      saml2Bearer,
      ...mfa,
    ],
    required: ['authorization_code', 'urn:ietf:params:oauth:grant-type:device_code'],
    methods: ['none', 'client_secret_basic', 'client_secret_post', 'client_secret_jwt', 'private_key_jwt'],
    defaultMethod: 'none',
    base: {
      label: 'App',
      applicationType: 'native',
      grantTypes: ['authorization_code'],
      redirectUris: ['com.example.app:/cb'],
    },
  },
  service: {
    grants: ['client_credentials', 'urn:ietf:params:oauth:grant-type:token-exchange', saml2Bearer],
    required: ['client_credentials'],
    methods: ['client_secret_basic', 'client_secret_post', 'client_secret_jwt', 'private_key_jwt'],
    defaultMethod: 'client_secret_basic',
    base: { label: 'Job', applicationType: 'service', grantTypes: ['client_credentials'], redirectUris: [] },
  },
};
const types = Object.keys(tables) as ApplicationType[];

/** The codes of the issues `input` gets at `path` (none when it is accepted). */
function codesAt(input: OidcConfigInput, path: (string | number)[]): string[] {
  const result = safeDefine(input, { policy: 'okta' });
  if (result.success) return [];
  return result.error.issues
    .filter((issue) => JSON.stringify(issue.path) === JSON.stringify(path))
    .map((issue) => issue.code);
}

describe.each(types)('Okta rules for %s apps', (type) => {
  const { grants, required, methods, defaultMethod, base } = tables[type];

  it('allows exactly its grants', () => {
    for (const grant of GRANT_TYPES) {
      const input = { ...base, grantTypes: [...base.grantTypes, grant] } as OidcConfigInput;
      const refused = grant !== base.grantTypes[0] && !grants.includes(grant);
      expect(codesAt(input, ['grantTypes', 1]), grant).toEqual(refused ? ['grant_not_allowed'] : []);
    }
  });

  it('requires one of its required grants', () => {
    for (const grant of grants) {
      const input = { ...base, grantTypes: [grant] } as OidcConfigInput;
      expect(codesAt(input, ['grantTypes']), grant).toEqual(required.includes(grant) ? [] : ['grant_required']);
    }
  });

  it('allows exactly its client authentication methods, and defaults to one', () => {
    for (const method of TOKEN_ENDPOINT_AUTH_METHODS) {
      const input = { ...base, tokenEndpointAuthMethod: method, pkceRequired: true } as OidcConfigInput;
      expect(codesAt(input, ['tokenEndpointAuthMethod']), method).toEqual(
        methods.includes(method) ? [] : ['auth_method_not_allowed'],
      );
    }
    const result = safeDefine(base, { policy: 'okta' });
    expect(result.success && result.data.tokenEndpointAuthMethod).toBe(defaultMethod);
  });
});

describe('secrets and redirects', () => {
  const secret = 'a-client-secret-of-at-least-32-characters';

  it('takes a client secret only with the three secret methods', () => {
    for (const method of TOKEN_ENDPOINT_AUTH_METHODS) {
      const input: OidcConfigInput = {
        ...tables.native.base,
        tokenEndpointAuthMethod: method,
        clientSecret: secret,
        pkceRequired: true,
      };
      expect(codesAt(input, ['clientSecret']), method).toEqual(
        method.startsWith('client_secret_') ? [] : ['secret_unused'],
      );
    }
  });

  it('needs redirect URIs for the code and implicit grants even beside client credentials or password', () => {
    for (const grant of ['authorization_code', 'implicit'] as const) {
      for (const other of ['client_credentials', 'password'] as const) {
        const input: OidcConfigInput = { ...tables.native.base, grantTypes: [grant, other], redirectUris: [] };
        const type = other === 'client_credentials' ? 'web' : 'native';
        expect(codesAt({ ...input, applicationType: type }, ['redirectUris']), `${grant} + ${other}`).toEqual([
          'redirect_uri_required',
        ]);
      }
    }
  });
});
