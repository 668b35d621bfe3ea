import { isSecret } from '@integrakit/protocols';
import { describe, expect, it } from 'vitest';
import { scimConnection } from '../__fixtures__/drafts.js';
import { defaultProtocols } from '../default-protocols.js';
import { refusal } from './__fixtures__/walk.js';
import { createCustomFlow } from './custom-flow.js';
import type { CustomFlowDraft } from './custom-flow-steps.js';
import type { FlowState } from './machine.js';

const flow = createCustomFlow({ protocols: defaultProtocols });
type State = FlowState<CustomFlowDraft>;
const choose = (patch: Record<string, unknown>, label = 'Acme'): State =>
  flow.next(flow.update(flow.next(flow.update(flow.start(), patch)), { label }));
const saml = { ssoUrl: 'https://acme.example.com/acs', audience: 'https://acme.example.com' };
const swa = {
  mode: 'BROWSER_PLUGIN',
  loginUrl: 'https://acme.example.com/login',
  usernameSelector: '#u',
  passwordSelector: '#p',
  submitSelector: '#go',
};

describe('create-custom flow: sign-in method', () => {
  it('needs a method, and an application type for OIDC', () => {
    expect(refusal(() => flow.next(flow.start()))).toEqual(['signOn.protocol:required']);
    expect(refusal(() => flow.next(flow.update(flow.start(), { protocol: 'oidc' })))).toEqual([
      'signOn.config.applicationType:required',
    ]);
    expect(refusal(() => flow.update(flow.start(), { protocol: 'saml1' }))).toEqual(['protocol:invalid_value']);
    expect(flow.next(flow.update(flow.start(), { protocol: 'saml' })).step).toBe('general');
  });

  it('needs a name on General Settings', () => {
    const general = flow.next(flow.update(flow.start(), { protocol: 'saml' }));
    expect(refusal(() => flow.next(general))).toEqual(['label:required']);
    expect(refusal(() => flow.next(flow.update(general, { label: 'x'.repeat(101) })))).toEqual(['label:too_big']);
  });

  it('shows only the steps of the chosen method', () => {
    const steps = (patch: Record<string, unknown>) =>
      flow.steps(flow.update(flow.start(), patch)).map((step) => step.id);
    expect(steps({ protocol: 'oidc', applicationType: 'web' })).toEqual([
      'method',
      'general',
      'settings',
      'provisioning',
    ]);
    expect(steps({ protocol: 'oidc', applicationType: 'browser' })).toEqual(['method', 'general', 'settings']);
    expect(steps({ protocol: 'saml' })).toEqual(['method', 'general', 'settings', 'username', 'provisioning']);
    expect(steps({ protocol: 'wsfed' })).toEqual(['method', 'general', 'settings', 'username']);
    expect(steps({ protocol: 'api-service' })).toEqual(['method', 'general', 'scopes', 'clientAuth']);
  });
});

describe('create-custom flow: OIDC', () => {
  it('creates a web app with the preselected grant, the type fixed by the method step', () => {
    let state = choose({ protocol: 'oidc', applicationType: 'web' });
    expect(refusal(() => flow.next(state))).toEqual(['signOn.config.redirectUris:redirect_uri_required']);
    state = flow.update(state, {
      config: { applicationType: 'native', redirectUris: ['https://acme.example.com/cb'] },
    });
    const result = flow.result(flow.next(flow.next(state)));
    expect(result).toMatchObject({
      kind: 'custom',
      label: 'Acme',
      signOn: { protocol: 'oidc', config: { applicationType: 'web', grantTypes: ['authorization_code'] } },
    });
  });

  it('adds optional SCIM provisioning to a web app, validated by the SCIM module; never to other types', () => {
    const web = { config: { redirectUris: ['https://acme.example.com/cb'] } };
    let state = flow.next(flow.update(choose({ protocol: 'oidc', applicationType: 'web' }), web));
    expect(state.step).toBe('provisioning');
    state = flow.update(state, { enabled: true, connection: { ...scimConnection, baseUrl: 'ftp://scim' } });
    expect(refusal(() => flow.next(state))).toEqual([
      'provisioning.connection.baseUrl:invalid_format',
      'provisioning.features:too_small',
    ]);
    // One action per patch, as each checkbox sends it: earlier ones stay on.
    state = flow.update(flow.update(state, { connection: scimConnection, features: { create: true } }), {
      features: { deactivate: true },
    });
    const result = flow.result(flow.next(state));
    expect(result.signOn.protocol).toBe('oidc');
    expect(result.provisioning).toMatchObject({ type: 'scim', features: { create: true, deactivate: true } });
    for (const applicationType of ['browser', 'native', 'service']) {
      const other = flow.next(flow.update(choose({ protocol: 'oidc', applicationType }), web));
      expect(other.step, applicationType).toBe('done');
      expect(flow.result(other).provisioning, applicationType).toEqual({ type: 'none' });
    }
  });

  it('fills public-client defaults for a single-page app and refuses http redirects under the strict policy', () => {
    const spa = flow.update(choose({ protocol: 'oidc', applicationType: 'browser' }), {
      config: { redirectUris: ['http://acme.example.com/cb'] },
    });
    expect(refusal(() => flow.next(spa))).toEqual(['signOn.config.redirectUris.0:https_required']);
    const fixed = flow.update(spa, { config: { redirectUris: ['https://acme.example.com/cb'] } });
    expect(flow.result(flow.next(fixed)).signOn.config).toMatchObject({
      tokenEndpointAuthMethod: 'none',
      pkceRequired: true,
    });
  });

  it('creates a service app with client credentials and no redirect URIs', () => {
    const state = flow.next(choose({ protocol: 'oidc', applicationType: 'service' }));
    expect(flow.result(state).signOn.config).toMatchObject({
      applicationType: 'service',
      grantTypes: ['client_credentials'],
    });
  });

  it('keeps a client secret as entered in the state and as a Secret in the result', () => {
    const state = flow.next(
      flow.update(choose({ protocol: 'oidc', applicationType: 'service' }), {
        config: { clientSecret: 'a-long-enough-client-secret-value' },
      }),
    );
    const restored = JSON.parse(JSON.stringify(state)) as State;
    expect(restored).toEqual(state);
    const secret = flow.result(restored).signOn.config.clientSecret;
    expect(isSecret(secret)).toBe(true);
    expect(JSON.stringify(flow.result(restored))).not.toContain('a-long-enough-client-secret-value');
  });
});

describe('create-custom flow: SAML, SWA and WS-Fed', () => {
  it('validates SAML settings through the module and stores no label or username in the config', () => {
    const state = choose({ protocol: 'saml' });
    expect(refusal(() => flow.next(flow.update(state, { config: { ...saml, ssoUrl: 'nope' } })))).toEqual([
      'signOn.config.ssoUrl:invalid_format',
    ]);
    const done = flow.next(flow.next(flow.next(flow.update(state, { config: saml }))));
    expect(done.step).toBe('done');
    expect(flow.result(done).signOn.config).not.toHaveProperty('applicationUsername');
  });

  it('refuses Create only with a built-in format, and unknown custom expressions, on the username step', () => {
    const username = flow.next(flow.update(choose({ protocol: 'saml' }), { config: saml }));
    expect(refusal(() => flow.next(flow.update(username, { updateOn: 'CREATE_ONLY' })))).toEqual([
      'username.updateOn:custom_only',
    ]);
    expect(
      refusal(() =>
        flow.next(flow.update(username, { template: { type: 'CUSTOM', template: 'String.nope(user.x)' } })),
      ),
    ).toEqual(['username.template.template:custom']);
    const custom = flow.update(username, {
      template: { type: 'CUSTOM', template: 'String.toLowerCase(user.email)' },
      updateOn: 'CREATE_ONLY',
    });
    expect(flow.next(custom).step).toBe('provisioning');
  });

  it('adds optional SCIM provisioning, its connection validated by the SCIM module', () => {
    let state = flow.next(flow.next(flow.update(choose({ protocol: 'saml' }), { config: saml })));
    expect(state.step).toBe('provisioning');
    state = flow.update(state, {
      enabled: true,
      connection: { ...scimConnection, baseUrl: 'http://scim.example.com' },
    });
    expect(refusal(() => flow.next(state))).toEqual([
      'provisioning.connection.baseUrl:https_required',
      'provisioning.features:too_small',
    ]);
    state = flow.update(state, { connection: scimConnection, features: { create: true, update: true } });
    const result = flow.result(flow.next(state));
    expect(result.provisioning).toMatchObject({
      type: 'scim',
      features: { create: true, update: true, import: false },
    });
    expect(result.provisioning.type === 'scim' && result.provisioning.connection).not.toHaveProperty('actions');
    const off = flow.result(flow.next(flow.update(state, { enabled: false })));
    expect(off.provisioning).toEqual({ type: 'none' });
  });

  it('asks for the EXTERNAL_PASSWORD_SYNC scheme when SWA gets Sync Password, and going back keeps values', () => {
    let state = flow.next(flow.next(flow.update(choose({ protocol: 'swa' }), { config: swa })));
    state = flow.update(state, {
      enabled: true,
      connection: scimConnection,
      features: { create: true, syncPassword: true },
    });
    expect(refusal(() => flow.next(state))).toEqual(['signOn.config.credentials.scheme:sync_password_locks_sign_on']);
    state = flow.back(flow.back(state));
    expect(state.step).toBe('settings');
    expect(state.draft.configs.swa).toEqual(swa);
    state = flow.update(state, { config: { ...swa, credentials: { scheme: 'EXTERNAL_PASSWORD_SYNC' } } });
    state = flow.goTo(state, 'provisioning');
    expect(state.draft.provisioning.features.syncPassword).toBe(true);
    expect(flow.result(flow.next(state)).signOn.config).toMatchObject({
      credentials: { scheme: 'EXTERNAL_PASSWORD_SYNC' },
    });
  });

  it('needs every field Okta requires for WS-Fed', () => {
    const state = flow.update(choose({ protocol: 'wsfed' }), { config: { replyUrl: 'https://sp.example.com/' } });
    expect(refusal(() => flow.next(state))).toEqual(
      expect.arrayContaining(['signOn.config.siteUrl:required', 'signOn.config.audienceRestriction:required']),
    );
  });

  it('keeps the settings of each method when switching methods and back', () => {
    let state = flow.update(choose({ protocol: 'saml' }), { config: saml });
    state = flow.update(flow.goTo(state, 'method'), { protocol: 'swa' });
    state = flow.update(flow.next(flow.next(state)), { config: swa });
    state = flow.update(flow.goTo(state, 'method'), { protocol: 'saml' });
    expect(state.draft.configs).toEqual({ saml, swa });
    expect(flow.goTo(flow.next(state), 'settings').step).toBe('settings');
  });
});

describe('create-custom flow: checking one field as it is typed', () => {
  const at = (path: readonly (string | number)[]) => (item: { path: readonly (string | number)[] }) =>
    path.every((part, index) => item.path[index] === part);
  const statements = [
    { name: 'email', values: ['user.email'] },
    { name: '', values: [''] },
  ];

  it("finds a settings field's own issues as the whole step does, at the same paths", () => {
    const state = flow.update(choose({ protocol: 'saml' }), {
      config: { ssoUrl: 'nope', audience: '', attributeStatements: statements },
    });
    for (const key of ['ssoUrl', 'audience', 'attributeStatements']) {
      const path = ['signOn', 'config', key];
      expect(flow.fieldIssues(state, path)).toEqual(flow.issues(state).filter(at(path)));
      expect(flow.fieldIssues(state, path).length).toBeGreaterThan(0);
    }
    expect(flow.fieldIssues(state, ['signOn', 'config', 'audience']).map((item) => item.code)).toEqual(['too_small']);
    expect(flow.fieldIssues(state, ['signOn', 'config', 'attributeStatements', 0])).toEqual([]);
  });

  it('judges only the field: a fixed field has none while others still fail', () => {
    const state = flow.update(choose({ protocol: 'saml' }), { config: { ...saml, ssoUrl: 'nope' } });
    expect(flow.fieldIssues(state, ['signOn', 'config', 'audience'])).toEqual([]);
    expect(flow.issues(state).length).toBeGreaterThan(0);
  });

  it("falls back to the step's issues where a field cannot be checked alone", () => {
    const general = flow.update(flow.next(flow.update(flow.start(), { protocol: 'saml' })), { label: ' ' });
    expect(flow.fieldIssues(general, ['label'])).toEqual(flow.issues(general));
    expect(flow.fieldIssues(general, ['label']).map((item) => item.code)).toEqual(['required']);
    const settings = flow.update(choose({ protocol: 'saml' }), { config: { ...saml, audiences: 'x' } });
    const unknown = ['signOn', 'config', 'audiences'];
    expect(flow.fieldIssues(settings, unknown)).toEqual(flow.issues(settings).filter(at(unknown)));
  });
});
