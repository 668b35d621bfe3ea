/** A public P-256 key (no private part), for API service and private_key_jwt configs. */
export const publicJwks = {
  keys: [
    {
      kty: 'EC',
      crv: 'P-256',
      kid: 'test-key',
      x: 'eZ3-milXIFhk6XojNEo-3ErI4T-cKRzvHFtEZ2KzFZg',
      y: '9QnkhZ94CsZvWmyna1gAJZ6UDVr9EtFJNWyDxOXvBjs',
    },
  ],
} as const;

/** A minimal valid custom SAML draft for the real SAML module. */
export const samlDraft = {
  kind: 'custom',
  label: 'Acme SAML',
  signOn: {
    protocol: 'saml',
    config: { ssoUrl: 'https://acme.example.com/acs', audience: 'https://acme.example.com' },
  },
} as const;

/** A SCIM connection for the real SCIM module (the actions come from the integration's features). */
export const scimConnection = {
  baseUrl: 'https://acme.example.com/scim/v2',
  auth: { type: 'bearer', token: 'scim-token-0123456789abcdef' },
} as const;

/** A custom SWA (plugin) draft with Sync Password provisioning, so the scheme is EXTERNAL_PASSWORD_SYNC. */
export const swaSyncDraft = {
  kind: 'custom',
  label: 'Acme SWA',
  signOn: {
    protocol: 'swa',
    config: {
      mode: 'BROWSER_PLUGIN',
      loginUrl: 'https://acme.example.com/login',
      usernameSelector: '#user',
      passwordSelector: '#pass',
      submitSelector: '#go',
      credentials: { scheme: 'EXTERNAL_PASSWORD_SYNC' },
    },
  },
  provisioning: { type: 'scim', connection: scimConnection, features: { create: true, syncPassword: true } },
} as const;

/** A custom OIDC web app. */
export const oidcDraft = {
  kind: 'custom',
  label: 'Acme Portal',
  signOn: {
    protocol: 'oidc',
    config: {
      applicationType: 'web',
      grantTypes: ['authorization_code'],
      redirectUris: ['https://portal.example.com/callback'],
    },
  },
} as const;

/** An API service granted one read scope, authenticating with a key as the strict policy requires. */
export const apiServiceDraft = {
  kind: 'api-service',
  label: 'User sync',
  signOn: {
    protocol: 'api-service',
    config: { scopes: ['okta.users.read'], clientAuth: { method: 'private_key_jwt', jwks: publicJwks } },
  },
} as const;
