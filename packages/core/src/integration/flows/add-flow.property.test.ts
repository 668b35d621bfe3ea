// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta username templates are literal `${…}` text.
import { USERNAME_UPDATE_ON } from '@integrakit/protocols/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultProtocols } from '../default-protocols.js';
import { acme } from './__fixtures__/entries.js';
import { assertWalksStayValid } from './__fixtures__/walk.js';
import { createAddFlow } from './add-flow.js';
import type { FlowAction } from './machine.js';

const patch = fc.oneof(
  fc.record(
    { label: fc.oneof(fc.constant(''), fc.constant('Acme prod'), fc.string({ maxLength: 120 })) },
    { requiredKeys: [] },
  ),
  fc.record({
    tenantSettings: fc.dictionary(fc.constantFrom('subdomain', 'other'), fc.constantFrom('t1', 'Bad Value', '')),
  }),
  fc.constant({ tenantSettings: { subdomain: 't1' } }),
  fc.record({ protocol: fc.constantFrom('saml', 'swa', 'oidc') }),
  fc.record({
    config: fc.constantFrom(
      {},
      { ssoUrl: 'https://x.example.com', audience: 'a' },
      { ssoUrl: 'http://x.example.com', audience: 'a' },
      { mode: 'AUTO_LOGIN', loginUrl: 'nope' },
      { mode: 'AUTO_LOGIN', loginUrl: 'https://l.example.com' },
      {
        mode: 'AUTO_LOGIN',
        loginUrl: 'https://l.example.com',
        credentials: { scheme: 'SHARED_USERNAME_AND_PASSWORD', sharedUsername: 'team', sharedPassword: 'pw-123456' },
      },
    ),
  }),
  fc.record({
    template: fc.constantFrom(
      { type: 'NONE' },
      { type: 'BUILT_IN', template: '${source.email}' },
      { type: 'BUILT_IN', template: '${source.nope}' },
      { type: 'CUSTOM', template: 'String.toLowerCase(user.login)' },
      { type: 'CUSTOM', template: 'String.reverse(user.login)' },
    ),
  }),
  fc.record({ updateOn: fc.constantFrom(...USERNAME_UPDATE_ON) }),
  fc.record({ revealPassword: fc.boolean() }),
  fc.anything(),
);
const action: fc.Arbitrary<FlowAction> = fc.oneof(
  { arbitrary: patch.map((value) => ({ type: 'update', patch: value }) as const), weight: 3 },
  { arbitrary: fc.constant({ type: 'next' } as const), weight: 3 },
  { arbitrary: fc.constant({ type: 'back' } as const), weight: 1 },
  {
    arbitrary: fc
      .constantFrom('general', 'signOn', 'username', 'usernameUpdate', 'passwordReveal', 'nope')
      .map((step) => ({ type: 'goTo', step }) as const),
    weight: 1,
  },
);

// A valid walk, mixed in as a chunk so random sequences also get past every step.
const happyPath: FlowAction[] = [
  { type: 'update', patch: { tenantSettings: { subdomain: 't1' } } },
  { type: 'next' },
  { type: 'update', patch: { protocol: 'swa' } },
  { type: 'next' },
  { type: 'next' },
  { type: 'next' },
  { type: 'next' },
];
const walk = fc
  .array(
    fc.oneof({ arbitrary: action.map((item) => [item]), weight: 6 }, { arbitrary: fc.constant(happyPath), weight: 1 }),
    {
      maxLength: 20,
    },
  )
  .map((chunks) => chunks.flat());

describe('add flow properties', () => {
  it('never reaches Done with an invalid integration and only throws StepValidationError', () => {
    assertWalksStayValid(createAddFlow(acme, { protocols: defaultProtocols }), walk, {
      runs: 400,
      check: (result) => {
        expect(result.revealPassword && result.signOn.protocol !== 'swa').toBe(false);
        expect(result.username.updateOn === 'CREATE_ONLY' && result.username.template.type !== 'CUSTOM').toBe(false);
      },
    });
  });
});
