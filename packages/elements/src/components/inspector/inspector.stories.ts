import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  STORY_NOW,
  storyEvilAssertion,
  storyGoodAssertion,
  storyIdToken,
  storyOidcApp,
  storyResponse,
  storySamlApp,
  storyWrongAudience,
} from './__fixtures__/story-values.js';
import './define.js';

const meta: Meta = {
  title: 'Elements/Inspector',
  component: 'ik-inspector',
  args: { value: '', integrationId: '' },
  render: ({ value, integrationId }) =>
    html`<ik-inspector
      .value=${value}
      .integrations=${[storyOidcApp, storySamlApp]}
      integration-id=${integrationId}
      issuer="https://integrakit.okta.test"
      .now=${STORY_NOW}
    ></ik-inspector>`,
};
export default meta;

type Story = StoryObj;

/** Nothing pasted yet. */
export const Empty: Story = {};

/** A current ID token checked against its OIDC app. */
export const IdToken: Story = { args: { value: storyIdToken(), integrationId: storyOidcApp.id } };

/** An ID token that expired an hour and a half ago. */
export const ExpiredToken: Story = {
  args: { value: storyIdToken('2026-12-07T07:30:00Z'), integrationId: storyOidcApp.id },
};

/** A SAML response checked against its app; story values are unsigned, so `assertion_unsigned` shows. */
export const SamlResponse: Story = {
  args: { value: storyResponse(storyGoodAssertion), integrationId: storySamlApp.id },
};

/** A SAML response meant for another service provider. */
export const WrongAudience: Story = {
  args: { value: btoa(storyResponse(storyWrongAudience)), integrationId: storySamlApp.id },
};

/** A response with a second, injected assertion (signature wrapping). */
export const Wrapped: Story = {
  args: { value: storyResponse(storyGoodAssertion, storyEvilAssertion), integrationId: storySamlApp.id },
};

/** A SAML response without choosing the integration: only its own consistency is checked. */
export const NoIntegration: Story = { args: { value: storyResponse(storyGoodAssertion) } };

/** Something that is neither a token nor a SAML message. */
export const Unrecognised: Story = { args: { value: 'not a token' } };

/** Right to left. */
export const RightToLeft: Story = {
  args: IdToken.args ?? {},
  render: (args, context) => html`<div dir="rtl">${meta.render?.(args, context)}</div>`,
};
