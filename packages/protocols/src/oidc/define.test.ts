import { beforeAll, describe, expect, it } from 'vitest';
import { isSecret } from '../okta/secret.js';
import { sampleJwks, validInputs } from './__fixtures__/configs.js';
import { define, policyWarnings, safeDefine } from './define.js';
import type { OidcConfigInput } from './oidc.schema.js';

let inputs: Record<string, OidcConfigInput>;
beforeAll(async () => {
  inputs = validInputs(await sampleJwks());
});

describe('oidc.define', () => {
  it('accepts every sample app type', () => {
    for (const [name, input] of Object.entries(inputs)) {
      const result = safeDefine(input);
      expect(result.success, `${name}: ${result.success ? '' : result.error.message}`).toBe(true);
    }
  });

  it('fills type-dependent defaults', () => {
    const spa = define(inputs.spa as OidcConfigInput);
    expect(spa.tokenEndpointAuthMethod).toBe('none');
    expect(spa.pkceRequired).toBe(true);
    expect(spa.responseTypes).toEqual(['code']);
    const web = define(inputs['web, secret'] as OidcConfigInput);
    expect(web.tokenEndpointAuthMethod).toBe('client_secret_basic');
    expect(web.pkceRequired).toBe(false);
    const service = define(inputs['service, private_key_jwt'] as OidcConfigInput);
    expect(service.responseTypes).toEqual([]);
    expect(service.redirectUris).toEqual([]);
  });

  it('holds the client secret so it never prints', () => {
    const config = define(inputs['web, secret'] as OidcConfigInput);
    expect(isSecret(config.clientSecret)).toBe(true);
    expect(config.clientSecret?.reveal()).toBe('a-very-long-client-secret-value-0123456789');
    const printed = [JSON.stringify(config), String(config.clientSecret), `${config.clientSecret}`];
    for (const text of printed) expect(text).not.toContain('a-very-long-client-secret');
  });

  it('keeps secrets out of error messages', () => {
    const result = safeDefine({ ...(inputs.spa as OidcConfigInput), clientSecret: 'spa-should-not-have-this-secret' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((i) => [i.path, i.code])).toEqual([[['clientSecret'], 'secret_unused']]);
    expect(result.error.message).not.toContain('spa-should-not-have');
  });

  it('refuses policy shortfalls by default and accepts them with policy okta', () => {
    const input: OidcConfigInput = {
      label: 'Dev',
      applicationType: 'web',
      grantTypes: ['authorization_code'],
      redirectUris: ['http://dev.example.com/cb', 'myapp://cb'],
    };
    const strict = safeDefine(input);
    expect(strict.success).toBe(false);
    if (strict.success) return;
    expect(strict.error.issues.map((i) => [i.path, i.code])).toEqual([
      [['redirectUris', 0], 'https_required'],
      [['redirectUris', 1], 'custom_scheme_not_allowed'],
    ]);
    const config = define(input, { policy: 'okta' });
    expect(policyWarnings(config).map((i) => i.code)).toEqual(['https_required', 'custom_scheme_not_allowed']);
  });

  it('has no policy warnings for the samples', () => {
    for (const input of Object.values(inputs)) expect(policyWarnings(define(input))).toEqual([]);
  });
});
