// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta username templates are literal `${…}` text.
import { describe, expect, it } from 'vitest';
import { isIntegrakitError } from '../errors.js';
import { samlDraft, testProtocols } from './__fixtures__/protocols.js';
import { IntegrationValidationError } from './issues.js';
import { safeValidateIntegration } from './validate.js';

const validate = (input: unknown) => safeValidateIntegration(input, { protocols: testProtocols });
const codes = (input: unknown) => {
  const result = validate(input);
  return result.success ? [] : result.error.issues.map((item) => `${item.path.join('.')}:${item.code}`);
};

describe('integration model', () => {
  it('accepts a minimal draft and fills Okta defaults', () => {
    const result = validate(samlDraft);
    expect(result.success).toBe(true);
    expect(result.success && result.data).toMatchObject({
      visibility: { autoLaunch: false, hide: { web: false, iOS: false } },
      username: { template: { type: 'BUILT_IN', template: '${source.login}' }, updateOn: 'CREATE_AND_UPDATE' },
      provisioning: { type: 'none' },
      revealPassword: false,
    });
  });

  it('validates the sign-on config through the protocol module, with full paths', () => {
    const result = validate({
      ...samlDraft,
      signOn: { protocol: 'saml', config: { ssoUrl: 'nope', audience: 'a' } },
    });
    expect(result.success).toBe(false);
    expect(result.success || result.error.issues[0]).toMatchObject({ path: ['signOn', 'config', 'ssoUrl'] });
    expect(result.success || result.error.issues[0]?.message).toMatch(/^signOn\.config\.ssoUrl: /);
    expect(result.success || isIntegrakitError(result.error, 'ERR_INVALID_INTEGRATION')).toBe(true);
  });

  it('refuses a protocol without a registered module instead of accepting it unchecked', () => {
    const result = safeValidateIntegration(samlDraft, { protocols: {} });
    expect(result.success || result.error.issues.map((item) => item.code)).toEqual(['protocol_unavailable']);
  });

  it.each([
    ['label over 100 characters', { ...samlDraft, label: 'x'.repeat(101) }, 'label:too_big'],
    ['blank label', { ...samlDraft, label: '   ' }, 'label:too_small'],
    ['catalog kind without entry', { ...samlDraft, kind: 'catalog' }, 'catalogEntry:required'],
    ['entry on a custom integration', { ...samlDraft, catalogEntry: 'acme' }, 'catalogEntry:not_allowed'],
    ['password reveal on SAML', { ...samlDraft, revealPassword: true }, 'revealPassword:swa_only'],
    [
      'Create only with a built-in format',
      { ...samlDraft, username: { updateOn: 'CREATE_ONLY' } },
      'username.updateOn:custom_only',
    ],
    [
      'SCIM on a custom OIDC app',
      {
        kind: 'custom',
        label: 'OIDC',
        signOn: { protocol: 'oidc', config: { applicationType: 'web' } },
        provisioning: { type: 'scim', connection: { baseUrl: 'https://x.example.com' } },
      },
      'provisioning:not_supported',
    ],
    [
      'api-service protocol on a custom integration',
      { kind: 'custom', label: 'API', signOn: { protocol: 'api-service', config: { scopes: ['okta.users.read'] } } },
      'signOn.protocol:kind_mismatch',
    ],
    [
      'invalid SCIM connection',
      { ...samlDraft, provisioning: { type: 'scim', connection: { baseUrl: 'x' } } },
      'provisioning.connection.baseUrl:invalid_format',
    ],
  ])('refuses %s', (_name, input, expected) => {
    expect(codes(input)).toContain(expected);
  });

  it.each([
    [
      'password reveal on SWA',
      {
        kind: 'custom',
        label: 'SWA',
        revealPassword: true,
        signOn: { protocol: 'swa', config: { loginUrl: 'https://x.example.com' } },
      },
    ],
    [
      'Create only with a custom format',
      { ...samlDraft, username: { updateOn: 'CREATE_ONLY', template: { type: 'CUSTOM', template: 'user.email' } } },
    ],
    [
      'SCIM on custom SAML',
      { ...samlDraft, provisioning: { type: 'scim', connection: { baseUrl: 'https://x.example.com/scim' } } },
    ],
    ['catalog kind with entry', { ...samlDraft, kind: 'catalog', catalogEntry: 'acme' }],
    [
      'an API service',
      {
        kind: 'api-service',
        label: 'API',
        signOn: { protocol: 'api-service', config: { scopes: ['okta.users.read'] } },
      },
    ],
  ])('allows %s', (_name, input) => {
    expect(codes(input)).toEqual([]);
  });

  it('never puts field values in error messages', () => {
    const result = validate({
      ...samlDraft,
      signOn: { protocol: 'saml', config: { ssoUrl: 'secret-value', audience: 'a' } },
    });
    expect(result.success).toBe(false);
    expect(result.success || result.error).toBeInstanceOf(IntegrationValidationError);
    expect(result.success || result.error.message).not.toContain('secret-value');
  });
});
