import { expect, it } from 'vitest';
import { expectValidAgainst, openApiSchemas, validateAgainst } from './openapi.js';
import { describeWithReference } from './reference.js';

const oidcApp = () => ({
  name: 'oidc_client',
  label: 'Example',
  signOnMode: 'OPENID_CONNECT',
  credentials: { oauthClient: { token_endpoint_auth_method: 'client_secret_basic' } },
  settings: {
    oauthClient: {
      application_type: 'web',
      grant_types: ['authorization_code'],
      response_types: ['code'],
      redirect_uris: ['https://app.example.com/cb'],
    },
  },
});

describeWithReference('OpenAPI payload validation', () => {
  it('accepts a well-formed OIDC app', () => {
    expect(validateAgainst('OpenIdConnectApplication', oidcApp())).toEqual({ valid: true, problems: [] });
    expect(() => expectValidAgainst('OpenIdConnectApplication', oidcApp())).not.toThrow();
  });

  it('names the field and keyword of each mismatch', () => {
    const app = oidcApp();
    app.settings.oauthClient.grant_types = ['magic'];
    const result = validateAgainst('OpenIdConnectApplication', app);
    expect(result.valid).toBe(false);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ instancePath: '/settings/oauthClient/grant_types/0', keyword: 'enum' }),
    );
    expect(() => expectValidAgainst('OpenIdConnectApplication', app)).toThrow(/grant_types\/0/);
  });

  it('enforces required fields of allOf parts', () => {
    const { settings: _settings, ...app } = oidcApp();
    expect(validateAgainst('OpenIdConnectApplication', app).problems).toContainEqual(
      expect.objectContaining({ keyword: 'required', message: expect.stringContaining('settings') }),
    );
  });

  it('dispatches on an inheritance-style discriminator', () => {
    expect(validateAgainst('Application', oidcApp()).valid).toBe(true);
    const app = oidcApp() as Record<string, unknown>;
    delete app.credentials;
    const result = validateAgainst('Application', app);
    expect(result.valid).toBe(false);
    expect(result.problems.some((p) => p.message.includes('credentials'))).toBe(true);
  });

  it('lets request bodies carry readOnly fields', () => {
    const app = { ...oidcApp(), id: '0oa1', created: '2024-01-01T00:00:00.000Z' };
    expect(validateAgainst('OpenIdConnectApplication', app).valid).toBe(true);
    expect(validateAgainst('OpenIdConnectApplication', { ...oidcApp(), created: 'yesterday' }).valid).toBe(false);
  });

  it('requires readOnly fields only in responses', () => {
    const found = findRequiredReadOnly();
    expect(found).toBeDefined();
    if (found === undefined) return;
    const [schemaName, property] = found;
    const missing = (direction: 'request' | 'response') =>
      validateAgainst(schemaName, {}, { direction }).problems.filter(
        (p) => p.keyword === 'required' && p.message.includes(`'${property}'`),
      );
    expect(missing('request')).toEqual([]);
    expect(missing('response').length).toBeGreaterThan(0);
  });

  it('treats nullable as allowing null and nothing else', () => {
    const nullableField = findNullableStringProperty();
    expect(nullableField).toBeDefined();
    if (nullableField === undefined) return;
    const [schemaName, property] = nullableField;
    const withNull = validateAgainst(schemaName, { [property]: null }).problems.filter((p) =>
      p.instancePath.startsWith(`/${property}`),
    );
    expect(withNull).toEqual([]);
    const withNumber = validateAgainst(schemaName, { [property]: 42 }).problems.filter((p) =>
      p.instancePath.startsWith(`/${property}`),
    );
    expect(withNumber.length).toBeGreaterThan(0);
  });

  it('rejects unknown schema names loudly', () => {
    expect(() => validateAgainst('NoSuchSchema', {})).toThrow(/NoSuchSchema/);
  });
});

function findNullableStringProperty(): [string, string] | undefined {
  // Located in the spec rather than hard-coded, so the test follows spec updates.
  for (const [name, schema] of Object.entries(openApiSchemas())) {
    const properties = schema.properties;
    if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) continue;
    for (const [key, property] of Object.entries(properties)) {
      const p = property as Record<string, unknown>;
      if (p.type === 'string' && p.nullable === true && p.enum === undefined && p.format === undefined) {
        return [name, key];
      }
    }
  }
  return undefined;
}

function findRequiredReadOnly(): [string, string] | undefined {
  for (const [name, schema] of Object.entries(openApiSchemas())) {
    const { properties, required } = schema as {
      properties?: Record<string, { readOnly?: boolean }>;
      required?: string[];
    };
    const hit = required?.find((key) => properties?.[key]?.readOnly === true);
    if (hit !== undefined) return [name, hit];
  }
  return undefined;
}
