import { beforeAll, expect, it } from 'vitest';
import { isConfigValidationError } from '../errors.js';
import { compareSecretsByValue } from '../okta/test-equality.js';
import { expectValidAgainst, openApiExample } from '../test-utils/openapi.js';
import { describeWithReference } from '../test-utils/reference.js';
import { sampleJwks, validInputs } from './__fixtures__/configs.js';
import { define, policyWarnings } from './define.js';
import type { OidcConfigInput } from './oidc.schema.js';
import { fromOktaApp, toOktaApp } from './okta.js';

compareSecretsByValue();
let inputs: Record<string, OidcConfigInput>;
beforeAll(async () => {
  inputs = validInputs(await sampleJwks());
});

describeWithReference('oidc Okta payloads', () => {
  it('every sample validates against the OpenIdConnectApplication schema', () => {
    for (const input of Object.values(inputs)) {
      const body = toOktaApp(define(input));
      expectValidAgainst('OpenIdConnectApplication', body);
      expectValidAgainst('Application', body);
    }
  });

  it('round-trips every sample exactly, secret included', () => {
    for (const [name, input] of Object.entries(inputs)) {
      const config = define(input);
      expect(fromOktaApp(toOktaApp(config)), name).toEqual(config);
    }
  });

  it('a lost secret would fail the round trip', () => {
    const config = define(inputs['web, secret'] as OidcConfigInput);
    const body = toOktaApp(config);
    body.credentials.oauthClient.client_secret = 'another-secret-of-enough-length';
    expect(fromOktaApp(body)).not.toEqual(config);
  });

  it('puts the fields where Okta expects them', () => {
    const body = toOktaApp(define(inputs['web, secret'] as OidcConfigInput));
    expect(body.credentials.oauthClient).toMatchObject({
      token_endpoint_auth_method: 'client_secret_basic',
      pkce_required: false,
      client_secret: 'a-very-long-client-secret-value-0123456789',
    });
    expect(body.settings.oauthClient).toMatchObject({
      application_type: 'web',
      refresh_token: { rotation_type: 'ROTATE', leeway: 20 },
      idp_initiated_login: { mode: 'SPEC' },
      post_logout_redirect_uris: ['https://portal.example.com/'],
    });
  });

  it("reads the spec's own OIDC example and keeps Okta-accepted shortfalls as warnings", () => {
    const example = openApiExample('OpenidConnectEx') as Record<string, unknown>;
    const config = fromOktaApp({ ...example, id: '0oa1', status: 'ACTIVE', _links: {} });
    expect(config.applicationType).toBe('native');
    expect(config.redirectUris).toContain('myapp://callback');
    expect(policyWarnings(config).map((issue) => issue.code)).toContain('reverse_domain_scheme');
  });

  it('treats null as absent, like Okta responses', () => {
    const body = toOktaApp(define(inputs.spa as OidcConfigInput)) as Record<string, unknown> &
      ReturnType<typeof toOktaApp>;
    body.settings.oauthClient.jwks_uri = null;
    body.settings.oauthClient.logo_uri = null;
    expect(fromOktaApp(body)).toEqual(define(inputs.spa as OidcConfigInput));
  });

  it('refuses what Okta refuses, naming the Okta field', () => {
    const body = toOktaApp(define(inputs.spa as OidcConfigInput));
    body.settings.oauthClient.redirect_uris = ['https://spa.example.com/#frag'];
    body.credentials.oauthClient.pkce_required = false;
    let caught: unknown;
    try {
      fromOktaApp(body);
    } catch (error) {
      caught = error;
    }
    expect(isConfigValidationError(caught)).toBe(true);
    const issues = (caught as { issues: { path: unknown[]; code: string; message: string }[] }).issues;
    expect(issues).toContainEqual(
      expect.objectContaining({ path: ['settings', 'oauthClient', 'redirect_uris', 0], code: 'fragment_not_allowed' }),
    );
    expect(issues).toContainEqual(expect.objectContaining({ path: ['credentials', 'oauthClient', 'pkce_required'] }));
    expect((caught as Error).message).toMatch(/- (settings|credentials)\.oauthClient\.\S+: /);
    expect(issues[0]?.message).not.toMatch(/oauthClient/);
  });

  it('refuses other sign-on modes', () => {
    expect(() => fromOktaApp({ name: 'x', label: 'y', signOnMode: 'SAML_2_0', settings: {}, credentials: {} })).toThrow(
      /signOnMode/,
    );
  });
});
