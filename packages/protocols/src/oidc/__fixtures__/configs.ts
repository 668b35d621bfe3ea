import { generateClientKeyPair } from '../../jwt/keys.js';
import type { OidcConfigInput } from '../oidc.schema.js';

/** A public EC JWKS made once per test file (key generation is async). */
export async function sampleJwks() {
  return (await generateClientKeyPair({ alg: 'ES256' })).jwks;
}

/** Valid inputs across every app type and feature, used by several test files. */
export function validInputs(jwks: Awaited<ReturnType<typeof sampleJwks>>): Record<string, OidcConfigInput> {
  return {
    'web, secret': {
      label: 'Portal',
      applicationType: 'web',
      grantTypes: ['authorization_code', 'refresh_token'],
      redirectUris: ['https://portal.example.com/callback', 'http://localhost:3000/callback'],
      postLogoutRedirectUris: ['https://portal.example.com/'],
      clientSecret: 'a-very-long-client-secret-value-0123456789',
      refreshToken: { rotationType: 'ROTATE', leeway: 20 },
      initiateLoginUri: 'https://portal.example.com/login',
      idpInitiatedLogin: { mode: 'SPEC' },
      consentMethod: 'REQUIRED',
      issuerMode: 'ORG_URL',
      logoUri: 'https://portal.example.com/logo.png',
    },
    'web, private_key_jwt': {
      label: 'Backend',
      applicationType: 'web',
      grantTypes: ['authorization_code', 'client_credentials'],
      redirectUris: ['https://backend.example.com/cb'],
      tokenEndpointAuthMethod: 'private_key_jwt',
      jwks,
    },
    'web, implicit hybrid': {
      label: 'Legacy',
      applicationType: 'web',
      grantTypes: ['authorization_code', 'implicit'],
      responseTypes: ['code', 'id_token'],
      redirectUris: ['https://legacy.example.com/cb'],
      tokenEndpointAuthMethod: 'client_secret_post',
    },
    'web, wildcard': {
      label: 'Tenants',
      applicationType: 'web',
      grantTypes: ['authorization_code'],
      redirectUris: ['https://tenant-*.app.example.com/cb'],
      wildcardRedirect: 'SUBDOMAIN',
    },
    spa: {
      label: 'SPA',
      applicationType: 'browser',
      grantTypes: ['authorization_code', 'refresh_token'],
      redirectUris: ['https://spa.example.com/login/callback', 'http://127.0.0.1:5173/cb'],
      refreshToken: { rotationType: 'ROTATE' },
    },
    native: {
      label: 'Mobile',
      applicationType: 'native',
      grantTypes: ['authorization_code', 'refresh_token', 'urn:ietf:params:oauth:grant-type:device_code'],
      redirectUris: ['com.example.mobile:/callback', 'http://127.0.0.1/cb'],
      postLogoutRedirectUris: ['com.example.mobile:/logout'],
    },
    'service, private_key_jwt': {
      label: 'Sync job',
      applicationType: 'service',
      grantTypes: ['client_credentials'],
      tokenEndpointAuthMethod: 'private_key_jwt',
      jwks,
    },
    'service, jwks uri': {
      label: 'Sync job 2',
      applicationType: 'service',
      grantTypes: ['client_credentials'],
      tokenEndpointAuthMethod: 'private_key_jwt',
      jwksUri: 'https://keys.example.com/jwks.json',
      clientId: 'sync-job-2',
    },
  };
}
