import { inspect } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareSecretsByValue } from '../okta/test-equality.js';
import { expectValidAgainst } from '../test-utils/openapi.js';
import { describeWithReference } from '../test-utils/reference.js';
import { define } from './define.js';
import { fromOktaApp, toOktaApp } from './okta.js';
import { provisioningActions } from './scim.schema.js';
import { revealSecrets } from './secret.js';

beforeAll(() => compareSecretsByValue());

const token = `tok-${crypto.randomUUID()}`;
const clientSecret = `cs-${crypto.randomUUID()}`;
const full = define({
  baseUrl: 'https://app.example.com/scim/v2',
  actions: [...provisioningActions],
  auth: { type: 'bearer', token },
  mappings: [
    { scimAttribute: 'userName', expression: 'user.login', required: true },
    { scimAttribute: 'name.givenName', expression: 'user.firstName', direction: 'both' },
    { scimAttribute: 'emails[type eq "work"].value', expression: 'user.email' },
  ],
});
const oauth = define({
  baseUrl: 'https://app.example.com/scim',
  actions: ['pushNewUsers'],
  auth: {
    type: 'oauth2',
    tokenUrl: 'https://idp.example.com/token',
    clientId: 'scim',
    clientSecret,
    scopes: ['scim.write'],
  },
});

describe('scim toOktaApp / fromOktaApp', () => {
  it('maps actions to Okta features and the USER_PROVISIONING capability body', () => {
    const okta = toOktaApp(full);
    expect(okta.features).toEqual([
      'SCIM_PROVISIONING',
      'IMPORT_NEW_USERS',
      'IMPORT_PROFILE_UPDATES',
      'PUSH_NEW_USERS',
      'PUSH_PROFILE_UPDATES',
      'GROUP_PUSH',
      'PUSH_USER_DEACTIVATION',
      'REACTIVATE_USERS',
      'PUSH_PASSWORD_UPDATES',
    ]);
    expect(okta.capabilities.update.password).toEqual({ status: 'ENABLED', seed: 'OKTA', change: 'CHANGE' });
    expect(okta.connection.supportedProvisioningActions).toContain('IMPORT_GROUPS');
    expect(toOktaApp(oauth).capabilities).toEqual({
      create: { lifecycleCreate: { status: 'ENABLED' } },
      update: {
        profile: { status: 'DISABLED' },
        lifecycleDeactivate: { status: 'DISABLED' },
        password: { status: 'DISABLED' },
      },
    });
  });

  it('round-trips, secrets included', () => {
    expect(fromOktaApp(toOktaApp(full))).toEqual(full);
    expect(fromOktaApp(toOktaApp(oauth))).toEqual(oauth);
    expect(fromOktaApp(revealSecrets(toOktaApp(oauth)))).toEqual(oauth);
    const other = define({ ...oauth, auth: { ...oauth.auth, clientSecret: 'different-secret-value' } } as never);
    expect(fromOktaApp(toOktaApp(oauth))).not.toEqual(other);
  });

  it('keeps secrets out of JSON, strings and inspect, and reveals them only on request', () => {
    const okta = toOktaApp(full);
    for (const text of [
      JSON.stringify(okta),
      inspect(okta, { depth: 10 }),
      String(full.auth.type === 'bearer' && full.auth.token),
      JSON.stringify(full),
      inspect(full, { depth: 10 }),
    ]) {
      expect(text).not.toContain(token);
    }
    expect(JSON.stringify(revealSecrets(okta))).toContain(token);
  });

  it('refuses contradicting Okta settings, naming the field', () => {
    const okta = revealSecrets(toOktaApp(full));
    okta.capabilities.create.lifecycleCreate.status = 'DISABLED';
    expect(() => fromOktaApp(okta)).toThrow(
      /capabilities\.create\.lifecycleCreate\.status: is DISABLED but pushNewUsers is ENABLED/,
    );
    const noConnection = revealSecrets(toOktaApp(full));
    noConnection.connection.supportedProvisioningActions = ['IMPORT_GROUPS'];
    expect(() => fromOktaApp(noConnection)).toThrow(/connection\.supportedProvisioningActions: lacks PUSH_NEW_USERS/);
    expect(() => fromOktaApp({ ...okta, features: ['NOPE'] })).toThrow(/features\[0\]/);
  });
});

describeWithReference('scim Okta payload vs the OpenAPI spec', () => {
  it('sends a valid CapabilitiesObject to PUT /features/USER_PROVISIONING', () => {
    expectValidAgainst('CapabilitiesObject', toOktaApp(full).capabilities);
    expectValidAgainst('CapabilitiesObject', toOktaApp(oauth).capabilities);
  });

  it('uses only features from Application.features', () => {
    for (const feature of toOktaApp(full).features) {
      expectValidAgainst(
        'Application',
        {
          label: 'x',
          signOnMode: 'BOOKMARK',
          name: 'bookmark',
          settings: { app: { url: 'https://a.example.com' } },
          features: [feature],
        },
        { direction: 'response' },
      );
    }
  });
});
