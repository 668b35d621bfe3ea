import { beforeAll, describe, expect, it } from 'vitest';
import { generateClientKeyPair } from '../jwt/keys.js';
import { compareSecretsByValue } from '../okta/test-equality.js';
import { expectValidAgainst, openApiExample } from '../test-utils/openapi.js';
import { describeWithReference } from '../test-utils/reference.js';
import type { ApiServiceConfigInput } from './api-service.schema.js';
import { define, policyWarnings, safeDefine, scopeWarnings } from './define.js';
import { fromOktaApp, toGrantRequests, toOktaApp } from './okta.js';

compareSecretsByValue();
let keyed: ApiServiceConfigInput;
const secret: ApiServiceConfigInput = {
  label: 'Audit export',
  scopes: ['okta.logs.read'],
  clientAuth: { method: 'client_secret_basic', clientSecret: 'service-secret-0123456789' },
};
beforeAll(async () => {
  const { jwks } = await generateClientKeyPair({ alg: 'RS256' });
  keyed = {
    label: 'User sync',
    clientId: 'user-sync',
    scopes: ['okta.users.read', 'okta.groups.manage'],
    clientAuth: { method: 'private_key_jwt', jwks },
  };
});

describe('apiService.define', () => {
  it('accepts a key-authenticated service with scopes', () => {
    expect(define(keyed).scopes).toEqual(['okta.users.read', 'okta.groups.manage']);
  });

  it('refuses client-secret auth with okta scopes by default, allows it with policy okta', () => {
    const strict = safeDefine(secret);
    expect(strict.success).toBe(false);
    if (!strict.success)
      expect(strict.error.issues.map((i) => [i.path, i.code])).toEqual([
        [['clientAuth', 'method'], 'private_key_jwt_required'],
      ]);
    const config = define(secret, { policy: 'okta' });
    expect(policyWarnings(config).map((i) => i.code)).toEqual(['private_key_jwt_required']);
    expect(JSON.stringify(config)).not.toContain('service-secret');
  });

  it('warns, without refusing, when a manage scope is chosen where read would do', () => {
    const config = define({ ...keyed, scopes: ['okta.users.manage', 'okta.users.read', 'okta.logs.read'] });
    expect(scopeWarnings(config).map((w) => [w.path, w.code])).toEqual([
      [['scopes', 0], 'manage_scope'],
      [['scopes', 1], 'redundant_scope'],
    ]);
    expect(scopeWarnings(config)[0]?.message).toContain('okta.users.read');
  });
});

describeWithReference('apiService Okta payloads', () => {
  it('the app body is an OpenIdConnectApplication and round-trips with its grants', () => {
    for (const input of [keyed, secret]) {
      const config = define(input, { policy: 'okta' });
      const body = toOktaApp(config);
      expectValidAgainst('OpenIdConnectApplication', body);
      expect(body.settings.oauthClient).toMatchObject({
        application_type: 'service',
        grant_types: ['client_credentials'],
      });
      const grants = toGrantRequests(config, { issuer: 'https://example.okta.com' });
      for (const grant of grants) expectValidAgainst('OAuth2ScopeConsentGrant', grant);
      expect(fromOktaApp(body, grants)).toEqual(config);
    }
  });

  it("matches the spec's grant example and ignores revoked grants", () => {
    const example = openApiExample('AppGrantsPostEx') as { scopeId: string };
    const grants = toGrantRequests(
      { scopes: [example.scopeId as 'okta.users.read'] },
      { issuer: 'https://example.okta.com' },
    );
    expect(grants[0]?.scopeId).toBe(example.scopeId);
    const config = define(keyed);
    const read = [
      { issuer: 'https://example.okta.com', scopeId: 'okta.users.read', status: 'ACTIVE', id: 'oag1' },
      { issuer: 'https://example.okta.com', scopeId: 'okta.apps.manage', status: 'REVOKED', id: 'oag2' },
    ];
    expect(fromOktaApp(toOktaApp(config), read).scopes).toEqual(['okta.users.read']);
  });

  it('refuses apps that are not client-credentials services, and unknown scopes', () => {
    const body = toOktaApp(define(keyed));
    body.settings.oauthClient.application_type = 'web';
    expect(() => fromOktaApp(body)).toThrow(/settings\.oauthClient/);
    expect(() =>
      fromOktaApp(toOktaApp(define(keyed)), [{ issuer: 'https://e.okta.com', scopeId: 'okta.made.up' }]),
    ).toThrow(/grants\[0\]\.scopeId/);
  });
});
