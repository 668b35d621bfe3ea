// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta username templates are literal `${…}` text.
import { USERNAME_UPDATE_ON } from '@integrakit/protocols/shared';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { publicJwks, scimConnection } from '../__fixtures__/drafts.js';
import { defaultProtocols } from '../default-protocols.js';
import { assertWalksStayValid } from './__fixtures__/walk.js';
import { createApiServiceFlow, createCustomFlow } from './custom-flow.js';
import type { FlowAction } from './machine.js';

const swa = {
  mode: 'AUTO_LOGIN',
  loginUrl: 'https://acme.example.com/login',
  credentials: { scheme: 'EXTERNAL_PASSWORD_SYNC' },
};
const configs = fc.constantFrom(
  {},
  { ssoUrl: 'https://acme.example.com/acs', audience: 'acme' },
  { ssoUrl: 'http://acme.example.com/acs', audience: 'acme' },
  { redirectUris: ['https://acme.example.com/cb'] },
  { redirectUris: ['http://acme.example.com/cb'], grantTypes: ['implicit'] },
  { mode: 'AUTO_LOGIN', loginUrl: 'https://acme.example.com/login' },
  swa,
  { ...swa, credentials: { scheme: 'SHARED_USERNAME_AND_PASSWORD' } },
  { replyUrl: 'https://sp.example.com/', siteUrl: 'https://sp.example.com' },
);
const patch = fc.oneof(
  fc.record(
    {
      protocol: fc.constantFrom('oidc', 'saml', 'swa', 'wsfed', 'api-service', 'nope'),
      applicationType: fc.constantFrom('web', 'browser', 'native', 'service'),
    },
    { requiredKeys: [] },
  ),
  fc.record({ label: fc.oneof(fc.constant(''), fc.constant('Acme'), fc.string({ maxLength: 120 })) }),
  fc.record({ config: configs }),
  fc.record({
    template: fc.constantFrom(
      { type: 'NONE' },
      { type: 'BUILT_IN', template: '${source.email}' },
      { type: 'CUSTOM', template: 'user.email' },
      { type: 'CUSTOM', template: 'String.reverse(user.login)' },
    ),
  }),
  fc.record({ updateOn: fc.constantFrom(...USERNAME_UPDATE_ON) }),
  fc.record(
    {
      enabled: fc.boolean(),
      connection: fc.constantFrom({}, scimConnection, { ...scimConnection, baseUrl: 'nope' }),
      features: fc.record(
        { create: fc.boolean(), syncPassword: fc.boolean(), groupPush: fc.boolean() },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  ),
  fc.record({ scopes: fc.subarray(['okta.users.read', 'okta.groups.manage', 'okta.nope', 'okta.users.read']) }),
  fc.record({
    clientAuth: fc.constantFrom(
      { method: 'private_key_jwt', jwks: publicJwks },
      { method: 'private_key_jwt' },
      { method: 'client_secret_basic', clientSecret: 'short' },
      { method: 'client_secret_post' },
    ),
  }),
  fc.anything(),
);
const steps = ['method', 'general', 'settings', 'username', 'provisioning', 'scopes', 'clientAuth', 'done', 'nope'];
const action: fc.Arbitrary<FlowAction> = fc.oneof(
  { arbitrary: patch.map((value) => ({ type: 'update', patch: value }) as const), weight: 4 },
  { arbitrary: fc.constant({ type: 'next' } as const), weight: 4 },
  { arbitrary: fc.constant({ type: 'back' } as const), weight: 1 },
  { arbitrary: fc.constantFrom(...steps).map((step) => ({ type: 'goTo', step }) as const), weight: 1 },
);

// Valid walks mixed in as chunks, so random sequences also get past every step.
const update = (value: unknown): FlowAction => ({ type: 'update', patch: value });
const next: FlowAction = { type: 'next' };
const happyPaths: FlowAction[][] = [
  [update({ protocol: 'saml' }), next, update({ label: 'Acme' }), next],
  [update({ config: { ssoUrl: 'https://acme.example.com/acs', audience: 'acme' } }), next, next, next],
  [update({ protocol: 'oidc', applicationType: 'service' }), next, update({ label: 'Svc' }), next, next],
  [update({ label: 'Sync' }), next, update({ scopes: ['okta.users.read'] }), next],
  [update({ clientAuth: { method: 'private_key_jwt', jwks: publicJwks } }), next],
];
const walk = fc
  .array(
    fc.oneof(
      { arbitrary: action.map((item) => [item]), weight: 5 },
      { arbitrary: fc.constantFrom(...happyPaths), weight: 2 },
    ),
    { maxLength: 24 },
  )
  .map((chunks) => chunks.flat());

describe('custom and API service flow properties', () => {
  it('the custom flow never reaches Done with an invalid integration and only throws StepValidationError', () => {
    assertWalksStayValid(createCustomFlow({ protocols: defaultProtocols }), walk, { runs: 300 });
  });

  it('the API service flow never reaches Done with an invalid integration and only throws StepValidationError', () => {
    assertWalksStayValid(createApiServiceFlow({ protocols: defaultProtocols }), walk, { runs: 200 });
  });
});
