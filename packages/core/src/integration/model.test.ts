// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta username templates are literal `${…}` text.
import { describe, expect, it } from 'vitest';
import { isIntegrakitError } from '../errors.js';
import { apiServiceDraft, oidcDraft, samlDraft, scimConnection, swaSyncDraft } from './__fixtures__/drafts.js';
import { defaultProtocols } from './default-protocols.js';
import { IntegrationValidationError } from './issues.js';
import { safeValidateIntegration } from './validate.js';

const validate = (input: unknown) => safeValidateIntegration(input, { protocols: defaultProtocols });
const codes = (input: unknown) => {
  const result = validate(input);
  return result.success ? [] : result.error.issues.map((item) => `${item.path.join('.')}:${item.code}`);
};
const swaConfig = swaSyncDraft.signOn.config;
const swaDraft = {
  kind: 'custom',
  label: 'SWA',
  signOn: { protocol: 'swa', config: { ...swaConfig, credentials: {} } },
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

  it('stores the module-normalized config without the fields the integration owns', () => {
    const result = validate(samlDraft);
    expect(result.success && result.data.signOn.config).toMatchObject({
      ssoUrl: 'https://acme.example.com/acs',
      recipient: 'https://acme.example.com/acs',
      signatureAlgorithm: 'RSA_SHA256',
    });
    expect(result.success && result.data.signOn.config).not.toHaveProperty('label');
    expect(result.success && result.data.signOn.config).not.toHaveProperty('applicationUsername');
  });

  it('validates the sign-on config through the protocol module, with full paths', () => {
    const result = validate({ ...samlDraft, signOn: { protocol: 'saml', config: { ssoUrl: 'nope', audience: 'a' } } });
    expect(result.success).toBe(false);
    expect(result.success || result.error.issues[0]).toMatchObject({ path: ['signOn', 'config', 'ssoUrl'] });
    expect(result.success || result.error.issues[0]?.message).toBe('must be an absolute http(s) URL');
    expect(result.success || result.error.message).toContain('signOn.config.ssoUrl: must be an absolute http(s) URL');
    expect(result.success || isIntegrakitError(result.error, 'ERR_INVALID_INTEGRATION')).toBe(true);
  });

  it('applies the strict policy by default and Okta’s rules on request', () => {
    const http = {
      ...samlDraft,
      signOn: { protocol: 'saml', config: { ...samlDraft.signOn.config, ssoUrl: 'http://acme.example.com/acs' } },
    };
    expect(codes(http)).toContain('signOn.config.ssoUrl:https_required');
    expect(safeValidateIntegration(http, { protocols: defaultProtocols, policy: 'okta' }).success).toBe(true);
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
      'SCIM on a custom OIDC single-page app',
      {
        ...oidcDraft,
        signOn: { protocol: 'oidc', config: { ...oidcDraft.signOn.config, applicationType: 'browser' } },
        provisioning: { type: 'scim', connection: scimConnection, features: { create: true } },
      },
      'provisioning:not_supported',
    ],
    [
      'api-service protocol on a custom integration',
      { ...apiServiceDraft, kind: 'custom' },
      'signOn.protocol:kind_mismatch',
    ],
    [
      'invalid SCIM connection',
      {
        ...samlDraft,
        provisioning: { type: 'scim', connection: { ...scimConnection, baseUrl: 'x' }, features: { create: true } },
      },
      'provisioning.connection.baseUrl:invalid_format',
    ],
    [
      'SCIM without any provisioning feature (reported at the features)',
      { ...samlDraft, provisioning: { type: 'scim', connection: scimConnection } },
      'provisioning.features:too_small',
    ],
    [
      'Sync Password without a push feature',
      { ...samlDraft, provisioning: { type: 'scim', connection: scimConnection, features: { syncPassword: true } } },
      'provisioning.features:action_requires_push',
    ],
    [
      'password reveal with a shared SWA account (reported at revealPassword)',
      {
        ...swaDraft,
        revealPassword: true,
        signOn: {
          protocol: 'swa',
          config: {
            ...swaConfig,
            credentials: { scheme: 'SHARED_USERNAME_AND_PASSWORD', sharedUsername: 'team', sharedPassword: 'pw-12345' },
          },
        },
      },
      'revealPassword:reveal_not_allowed',
    ],
    [
      'Sync Password with an SWA scheme other than EXTERNAL_PASSWORD_SYNC',
      { ...swaSyncDraft, signOn: { protocol: 'swa', config: { ...swaConfig, credentials: {} } } },
      'signOn.config.credentials.scheme:sync_password_locks_sign_on',
    ],
    [
      'an LDAP suffix with a template that does not use it (SWA)',
      { ...swaDraft, username: { template: { type: 'BUILT_IN', template: '${source.email}', userSuffix: '@x' } } },
      'username.userSuffix:suffix_unused',
    ],
    [
      'an OIDC web app without redirect URIs',
      {
        ...oidcDraft,
        signOn: { protocol: 'oidc', config: { applicationType: 'web', grantTypes: ['authorization_code'] } },
      },
      'signOn.config.redirectUris:redirect_uri_required',
    ],
    [
      'an API service with a client secret under the strict policy',
      {
        ...apiServiceDraft,
        signOn: {
          protocol: 'api-service',
          config: { scopes: ['okta.users.read'], clientAuth: { method: 'client_secret_basic' } },
        },
      },
      'signOn.config.clientAuth.method:private_key_jwt_required',
    ],
  ])('refuses %s', (_name, input, expected) => {
    expect(codes(input)).toContain(expected);
  });

  it.each([
    ['password reveal on SWA (user-set password)', { ...swaDraft, revealPassword: true }],
    [
      'Create only with a custom format',
      { ...samlDraft, username: { updateOn: 'CREATE_ONLY', template: { type: 'CUSTOM', template: 'user.email' } } },
    ],
    [
      'SCIM on custom SAML',
      { ...samlDraft, provisioning: { type: 'scim', connection: scimConnection, features: { create: true } } },
    ],
    ['SWA with Sync Password and EXTERNAL_PASSWORD_SYNC', swaSyncDraft],
    ['catalog kind with entry', { ...samlDraft, kind: 'catalog', catalogEntry: 'acme' }],
    ['an API service', apiServiceDraft],
    ['an OIDC web app', oidcDraft],
    [
      'a bookmark',
      { kind: 'custom', label: 'Wiki', signOn: { protocol: 'bookmark', config: { url: 'https://wiki.example.com' } } },
    ],
    [
      'a WS-Fed app',
      {
        kind: 'custom',
        label: 'SharePoint',
        signOn: {
          protocol: 'wsfed',
          config: {
            replyUrl: 'https://sp.example.com/_trust/',
            siteUrl: 'https://sp.example.com',
            nameIdFormat: 'unspecified',
            audienceRestriction: 'urn:sharepoint:acme',
            authnContextClassRef: 'PasswordProtectedTransport',
            groupValueFormat: 'windowsDomainQualifiedName',
            usernameAttribute: 'none',
          },
        },
      },
    ],
    [
      'SCIM on a custom OIDC web app',
      { ...oidcDraft, provisioning: { type: 'scim', connection: scimConnection, features: { create: true } } },
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
