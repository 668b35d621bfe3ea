import { beforeAll, describe, expect, it } from 'vitest';
import { compareSecretsByValue } from '../okta/test-equality.js';
import { sampleJwks, validInputs } from './__fixtures__/configs.js';
import { fromClientMetadata, toClientMetadata } from './client-metadata.js';
import { define } from './define.js';
import type { OidcConfigInput } from './oidc.schema.js';

compareSecretsByValue();
let inputs: Record<string, OidcConfigInput>;
beforeAll(async () => {
  inputs = validInputs(await sampleJwks());
});

describe('RFC 7591 client metadata', () => {
  it('maps the standard fields', () => {
    const meta = toClientMetadata(define(inputs.native as OidcConfigInput));
    expect(meta).toMatchObject({
      client_name: 'Mobile',
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      redirect_uris: ['com.example.mobile:/callback', 'http://127.0.0.1/cb'],
      post_logout_redirect_uris: ['com.example.mobile:/logout'],
    });
    expect(toClientMetadata(define(inputs.spa as OidcConfigInput)).application_type).toBe('web');
  });

  it('reads back the standard part of every sample', () => {
    for (const [name, input] of Object.entries(inputs)) {
      const config = define(input);
      const back = fromClientMetadata(toClientMetadata(config), { applicationType: config.applicationType });
      const { refreshToken, consentMethod, issuerMode, idpInitiatedLogin, pkceRequired, ...standard } = config;
      expect(back, name).toMatchObject(standard);
    }
  });

  it('infers the Okta application type when not told', () => {
    const service = fromClientMetadata({
      client_name: 'Job',
      redirect_uris: [],
      grant_types: ['client_credentials'],
      response_types: [],
      token_endpoint_auth_method: 'private_key_jwt',
      jwks_uri: 'https://keys.example.com/jwks',
    });
    expect(service.applicationType).toBe('service');
    const spa = fromClientMetadata({
      redirect_uris: ['https://spa.example.com/cb'],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
    });
    expect(spa.applicationType).toBe('browser');
  });

  it('applies define rules and policy to what it reads', () => {
    expect(() =>
      fromClientMetadata({
        redirect_uris: ['http://rp.example.com/cb'],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      }),
    ).toThrow(/redirectUris\[0\]: must use https/);
  });
});
