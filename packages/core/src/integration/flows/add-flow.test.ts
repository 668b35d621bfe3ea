// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta username templates are literal `${…}` text.
import { describe, expect, it } from 'vitest';
import { isIntegrakitError } from '../../errors.js';
import { scimConnection } from '../__fixtures__/drafts.js';
import { defaultProtocols } from '../default-protocols.js';
import { StepValidationError } from '../issues.js';
import { acme } from './__fixtures__/entries.js';
import { createAddFlow } from './add-flow.js';
import type { FlowState } from './machine.js';

const flow = createAddFlow(acme, { protocols: defaultProtocols });

function codesOf(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(StepValidationError);
    expect(isIntegrakitError(error, 'ERR_INVALID_STEP')).toBe(true);
    return (error as StepValidationError).issues.map((item) => item.code);
  }
  throw new Error('expected a StepValidationError');
}

function throughGeneral(): FlowState<ReturnType<typeof flow.start>['draft']> {
  return flow.next(flow.update(flow.start(), { tenantSettings: { subdomain: 'tenant1' } }));
}

describe('add flow', () => {
  it('walks the seed order to Done and fills SAML settings from the template', () => {
    let state = throughGeneral();
    expect(state.step).toBe('signOn');
    state = flow.update(state, { protocol: 'saml' });
    expect(state.draft.signOn.configs.saml).toMatchObject({ ssoUrl: 'https://tenant1.acme.example.com/sso/saml' });
    state = flow.next(state);
    expect(state.step).toBe('username');
    state = flow.next(flow.update(state, { template: { type: 'BUILT_IN', template: '${source.email}' } }));
    state = flow.next(state);
    expect(state.step).toBe('done');
    expect(flow.result(state)).toMatchObject({
      kind: 'catalog',
      catalogEntry: 'acme',
      label: 'Acme',
      tenantSettings: { subdomain: 'tenant1' },
      signOn: { protocol: 'saml' },
      username: { template: { type: 'BUILT_IN', template: '${source.email}' } },
    });
    expect(flow.steps(state).map((step) => step.title)).toEqual([
      'General Settings',
      'Sign-On Options',
      'Application username format',
      'Update application username on',
    ]);
  });

  it('will not leave General Settings while invalid, with a typed error per problem', () => {
    expect(codesOf(() => flow.next(flow.start()))).toEqual(['required']);
    expect(codesOf(() => flow.next(flow.update(flow.start(), { tenantSettings: { subdomain: 'Not Valid' } })))).toEqual(
      ['invalid_format'],
    );
    expect(
      codesOf(() =>
        flow.next(flow.update(flow.start(), { label: ' ', tenantSettings: { subdomain: 'ok', extra: 'x' } })),
      ),
    ).toEqual(['required', 'unknown_setting']);
    expect(codesOf(() => flow.update(flow.start(), { label: 42 }))).toEqual(['invalid_type']);
  });

  it('offers only the sign-on modes the entry supports and needs a choice', () => {
    const state = throughGeneral();
    expect(codesOf(() => flow.next(state))).toEqual(['required']);
    expect(codesOf(() => flow.update(state, { protocol: 'oidc' }))).toEqual(['invalid_value']);
  });

  it('validates the chosen mode through its protocol module', () => {
    const state = flow.update(throughGeneral(), { protocol: 'saml', config: { ssoUrl: 'nope', audience: 'x' } });
    expect(codesOf(() => flow.next(state))).toEqual(['invalid_format']);
  });

  it('keeps entered values when going back, and re-derives untouched templates from new settings', () => {
    let state = flow.update(throughGeneral(), { protocol: 'swa' });
    state = flow.back(state);
    expect(state.draft.signOn.protocol).toBe('swa');
    state = flow.next(flow.update(state, { tenantSettings: { subdomain: 'tenant2' } }));
    expect(state.draft.signOn.configs.swa).toMatchObject({ loginUrl: 'https://tenant2.acme.example.com/login' });
  });

  it('shows Password reveal only for SWA, and refuses it for shared-credential schemes', () => {
    let state = flow.next(flow.update(throughGeneral(), { protocol: 'swa' }));
    state = flow.next(flow.next(state));
    expect(state.step).toBe('passwordReveal');
    const reveal = flow.update(state, { revealPassword: true });
    expect(flow.result(flow.next(reveal))).toMatchObject({ revealPassword: true, signOn: { protocol: 'swa' } });
    let shared = flow.update(throughGeneral(), { protocol: 'swa' });
    const config = shared.draft.signOn.configs.swa ?? {};
    shared = flow.update(shared, {
      config: {
        ...config,
        credentials: { scheme: 'SHARED_USERNAME_AND_PASSWORD', sharedUsername: 'team', sharedPassword: 'pw-123456' },
      },
    });
    shared = flow.update(flow.next(flow.next(flow.next(shared))), { revealPassword: true });
    expect(shared.step).toBe('passwordReveal');
    expect(codesOf(() => flow.next(shared))).toEqual(['reveal_not_allowed']);
    expect(flow.steps(throughGeneral()).map((step) => step.id)).not.toContain('passwordReveal');
  });

  it('refuses Create only with a built-in format and accepts it with a custom one', () => {
    let state = flow.next(flow.next(flow.update(throughGeneral(), { protocol: 'saml' })));
    const createOnly = flow.update(state, { updateOn: 'CREATE_ONLY' });
    expect(codesOf(() => flow.next(createOnly))).toEqual(['custom_only']);
    state = flow.back(createOnly);
    state = flow.next(
      flow.update(state, { template: { type: 'CUSTOM', template: 'user.firstName + "." + user.lastName' } }),
    );
    expect(flow.next(state).step).toBe('done');
  });

  it('refuses custom expressions with unknown functions at the username step', () => {
    const state = flow.next(flow.update(throughGeneral(), { protocol: 'saml' }));
    const bad = flow.update(state, { template: { type: 'CUSTOM', template: 'String.reverse(user.login)' } });
    expect(codesOf(() => flow.next(bad))).toEqual(['custom']);
  });

  it('locks SWA sign-on options while Sync Password provisioning is on', () => {
    const locked = createAddFlow(acme, {
      protocols: defaultProtocols,
      provisioning: { type: 'scim', connection: scimConnection, features: { create: true, syncPassword: true } },
    });
    const state = locked.update(locked.next(locked.update(locked.start(), { tenantSettings: { subdomain: 'a' } })), {
      protocol: 'swa',
    });
    expect(codesOf(() => locked.update(state, { config: { loginUrl: 'https://other.example.com' } }))).toEqual([
      'swa_locked_by_password_sync',
    ]);
    expect(locked.update(state, { protocol: 'saml' }).draft.signOn.protocol).toBe('saml');
  });

  it('allows goTo back anywhere and forward only through valid, visited steps', () => {
    let state = flow.next(flow.update(throughGeneral(), { protocol: 'saml' }));
    state = flow.goTo(state, 'general');
    expect(flow.goTo(state, 'username').step).toBe('username');
    expect(codesOf(() => flow.goTo(state, 'usernameUpdate'))).toEqual(['step_not_reached']);
    const broken = flow.update(state, { label: '' });
    expect(codesOf(() => flow.goTo(broken, 'username'))).toEqual(['required']);
    expect(codesOf(() => flow.result(state))).toEqual(['flow_not_done']);
    expect(codesOf(() => flow.back(flow.start()))).toEqual(['no_previous_step']);
  });

  it('keeps its state JSON-serializable', () => {
    const state = flow.update(throughGeneral(), { protocol: 'saml' });
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});
