import { toGrantRequests } from '@integrakit/protocols/api-service';
import { revealSecrets } from '@integrakit/protocols/scim';
import { describe, expect, it } from 'vitest';
import { isIntegrakitError } from '../errors.js';
import { sampleIntegrations } from './__fixtures__/integrations.js';
import { defaultProtocols } from './default-protocols.js';
import type { IntegrationDraft } from './model.js';
import { fromOktaApp, toOktaApp } from './okta.js';

const protocols = defaultProtocols;
const samples = sampleIntegrations();

/** What fromOktaApp needs besides the payload: the kind, tenant setting names, grants, provisioning. */
function readOptions(integration: IntegrationDraft) {
  const scim = protocols.scim;
  return {
    protocols,
    kind: integration.kind,
    tenantSettings: Object.keys(integration.tenantSettings),
    ...(integration.signOn.protocol === 'api-service'
      ? {
          grants: toGrantRequests(integration.signOn.config as { scopes: never[] }, {
            issuer: 'https://acme.okta.com',
          }),
        }
      : {}),
    ...(integration.provisioning.type === 'scim' && scim !== undefined
      ? { provisioning: scim.toOktaApp(integration.provisioning.connection, integration, []) }
      : {}),
  };
}

// Secrets are compared by value: the round trip must keep them, as Secrets.
const comparable = (value: unknown) => JSON.parse(JSON.stringify(revealSecrets(value)));

describe('Okta app payload mapping', () => {
  it.each(Object.entries(samples))('round-trips %s through the Okta payload', (_name, integration) => {
    const payload = toOktaApp(integration, { protocols });
    const back = fromOktaApp(JSON.parse(JSON.stringify(revealSecrets(payload))), readOptions(integration));
    expect(comparable(back)).toEqual(comparable(integration));
  });

  it('writes the integration-level fields where Okta keeps them', () => {
    const saml = toOktaApp(samples.saml as IntegrationDraft, { protocols });
    expect(saml).toMatchObject({
      label: 'Acme SAML',
      signOnMode: 'SAML_2_0',
      visibility: { autoLaunch: true, hide: { web: false, iOS: true } },
      credentials: {
        userNameTemplate: { type: 'CUSTOM', template: 'String.toLowerCase(user.email)', pushStatus: 'DONT_PUSH' },
      },
      features: expect.arrayContaining([
        'SCIM_PROVISIONING',
        'PUSH_NEW_USERS',
        'PUSH_PROFILE_UPDATES',
        'IMPORT_NEW_USERS',
      ]),
    });
    expect(saml.features).not.toContain('PUSH_PASSWORD_UPDATES');
    const swa = toOktaApp(samples['swa auto-login with reveal'] as IntegrationDraft, { protocols });
    expect(swa).toMatchObject({ signOnMode: 'AUTO_LOGIN', credentials: { revealPassword: true } });
    expect(swa).not.toHaveProperty('name');
    const catalog = toOktaApp(samples.catalog as IntegrationDraft, { protocols });
    expect(catalog).toMatchObject({
      name: 'acme',
      settings: { app: { subdomain: 'tenant1', url: 'https://tenant1.acme.example.com/login' } },
    });
  });

  it('carries status and times of a stored integration both ways', () => {
    const stored = {
      ...(samples.oidc as IntegrationDraft),
      id: '0oa1',
      status: 'INACTIVE' as const,
      created: '2026-01-01T00:00:00.000Z',
      lastUpdated: '2026-01-02T00:00:00.000Z',
    };
    const payload = toOktaApp(stored, { protocols });
    expect(payload).toMatchObject({ id: '0oa1', status: 'INACTIVE' });
    expect(fromOktaApp(payload, { protocols })).toMatchObject({
      id: '0oa1',
      status: 'INACTIVE',
      created: stored.created,
    });
  });

  it('refuses unknown sign-on modes, deleted apps and payloads its module refuses, naming payload fields', () => {
    const payload = toOktaApp(samples.oidc as IntegrationDraft, { protocols });
    const refusal = (input: unknown) => {
      try {
        fromOktaApp(input, { protocols });
      } catch (error) {
        expect(isIntegrakitError(error, 'ERR_INVALID_INTEGRATION')).toBe(true);
        return (error as { issues: { path: (string | number)[]; code: string }[] }).issues.map(
          (item) => `${item.path.join('.')}:${item.code}`,
        );
      }
      throw new Error('expected a refusal');
    };
    expect(refusal({ ...payload, signOnMode: 'SAML_1_1' })).toEqual(['signOnMode:not_supported']);
    // Names of Object.prototype members were read off the prototype and blamed on a missing module.
    for (const signOnMode of ['toString', 'constructor', '__proto__', 'valueOf']) {
      expect(refusal({ ...payload, signOnMode }), signOnMode).toEqual(['signOnMode:not_supported']);
    }
    expect(refusal({ ...payload, id: '0oa1', status: 'DELETED', created: 'x', lastUpdated: 'x' })).toContain(
      'status:invalid_value',
    );
    expect(
      refusal({ ...payload, settings: { oauthClient: { application_type: 'web', grant_types: ['password'] } } }),
    ).toContain('settings.oauthClient.grant_types.0:grant_not_allowed');
    expect(refusal({ ...payload, visibility: { autoLaunch: 'yes' } })).toContain('visibility.autoLaunch:invalid_type');
  });

  it('reports configs that no longer satisfy their module at their integration path', () => {
    const broken = {
      ...(samples.bookmark as IntegrationDraft),
      signOn: { protocol: 'bookmark' as const, config: { url: 'nope' } },
    };
    expect(() => toOktaApp(broken, { protocols })).toThrow(/signOn\.config\.url/);
  });
});
