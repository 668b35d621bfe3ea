import { describe, expect, it } from 'vitest';
import { publicJwks } from '../__fixtures__/drafts.js';
import { defaultProtocols } from '../default-protocols.js';
import { refusal } from './__fixtures__/walk.js';
import { createApiServiceFlow, createCustomFlow } from './custom-flow.js';

const flow = createApiServiceFlow({ protocols: defaultProtocols });
const named = () => flow.next(flow.update(flow.start(), { label: 'User sync' }));
const keyAuth = { method: 'private_key_jwt', jwks: publicJwks };

describe('API service flow', () => {
  it('walks name → scopes → client authentication → Done', () => {
    expect(flow.steps(flow.start()).map((step) => step.title)).toEqual([
      'General Settings',
      'Okta API scopes',
      'Client authentication',
    ]);
    let state = flow.next(flow.update(named(), { scopes: ['okta.users.read', 'okta.groups.read'] }));
    state = flow.next(flow.update(state, { clientAuth: keyAuth }));
    expect(flow.result(state)).toMatchObject({
      kind: 'api-service',
      label: 'User sync',
      signOn: { protocol: 'api-service', config: { scopes: ['okta.users.read', 'okta.groups.read'] } },
    });
  });

  it('needs a name', () => {
    expect(refusal(() => flow.next(flow.start()))).toEqual(['label:required']);
  });

  it('refuses no scopes, unknown scopes and repeated scopes, before client authentication is chosen', () => {
    expect(refusal(() => flow.next(named()))).toEqual(['signOn.config.scopes:scopes_required']);
    expect(refusal(() => flow.next(flow.update(named(), { scopes: ['okta.nope.read'] })))).toEqual([
      'signOn.config.scopes.0:invalid_value',
    ]);
    expect(refusal(() => flow.next(flow.update(named(), { scopes: ['okta.users.read', 'okta.users.read'] })))).toEqual([
      'signOn.config.scopes:duplicate_value',
    ]);
  });

  it('needs a key for okta.* scopes under the strict policy, a client secret is fine under Okta’s rules', () => {
    const scoped = flow.next(flow.update(named(), { scopes: ['okta.users.read'] }));
    expect(refusal(() => flow.next(scoped))).toEqual(['signOn.config.clientAuth:required']);
    const secret = flow.update(scoped, { clientAuth: { method: 'client_secret_basic' } });
    expect(refusal(() => flow.next(secret))).toEqual(['signOn.config.clientAuth.method:private_key_jwt_required']);
    expect(refusal(() => flow.next(flow.update(scoped, { clientAuth: { method: 'private_key_jwt' } })))).toEqual([
      'signOn.config.clientAuth.jwks:jwks_required',
    ]);
    const lenient = createApiServiceFlow({ protocols: defaultProtocols, policy: 'okta' });
    expect(lenient.next(secret).step).toBe('done');
  });

  it('keeps scopes when going back from client authentication', () => {
    const state = flow.back(flow.next(flow.update(named(), { scopes: ['okta.apps.read'] })));
    expect(state.step).toBe('scopes');
    expect(state.draft.configs['api-service']).toEqual({ scopes: ['okta.apps.read'] });
  });

  it('is also reached from the custom flow by choosing API service', () => {
    const custom = createCustomFlow({ protocols: defaultProtocols });
    let state = custom.next(custom.update(custom.start(), { protocol: 'api-service' }));
    state = custom.next(custom.update(state, { label: 'Reporter' }));
    state = custom.next(custom.update(state, { scopes: ['okta.logs.read'] }));
    state = custom.next(custom.update(state, { clientAuth: keyAuth }));
    expect(custom.result(state)).toMatchObject({ kind: 'api-service', signOn: { protocol: 'api-service' } });
  });
});
