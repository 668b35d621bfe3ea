import { ConflictError } from '@integrakit/core/client';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { IntegrationTab } from '../../events/integration-tab.js';
import '../../styles/themes/dark.css';
import '../../styles/themes/light.css';
import { fr } from '../../translations/fr.js';
import { registerTranslation } from '../../translations/registry.js';
import {
  labelRefused,
  type MemoryOrg,
  memoryOrg,
  oidcApp,
  samlApp,
  signingKey,
  unavailable,
} from './__fixtures__/memory-org.js';
import type { IkIntegration } from './integration.js';
import './define.js';

registerTranslation(fr);

/** The time every story's certificate warnings are computed at, so they never drift. */
const NOW = new Date('2026-12-07T12:00:00.000Z');

interface Args {
  /** The org the element talks to (a fresh one per render). */
  org: () => MemoryOrg;
  tab: IntegrationTab;
  /** Drives the element after it loads: clicks what the story shows. */
  walk: (element: IkIntegration) => Promise<void>;
  lang: string;
  dir: 'ltr' | 'rtl';
  theme: 'light' | 'dark';
}

const withKeys = (currentDays: number, nextDays?: number) =>
  nextDays === undefined
    ? [signingKey('kid-current', NOW, currentDays)]
    : [signingKey('kid-current', NOW, currentDays), signingKey('kid-next', NOW, nextDays, true)];

const samlOrg = (overrides: Partial<Parameters<typeof memoryOrg>[0]> = {}) =>
  memoryOrg({ app: samlApp('Acme Portal', 'kid-current'), keys: withKeys(700), ...overrides });

/** An org whose answers never come, or always fail. */
const pending = (): MemoryOrg => {
  const org = samlOrg();
  return { ...org, client: { ...org.client, apps: { ...org.client.apps, read: () => new Promise(() => undefined) } } };
};
const failing = (error: () => Error) => (): MemoryOrg => {
  const org = samlOrg();
  return { ...org, client: { ...org.client, apps: { ...org.client.apps, read: () => Promise.reject(error()) } } };
};
const refusingSaves = (error: () => Error) => (): MemoryOrg => {
  const org = samlOrg();
  return { ...org, client: { ...org.client, apps: { ...org.client.apps, update: () => Promise.reject(error()) } } };
};

const shadowOf = (element: IkIntegration) => element.shadowRoot as ShadowRoot;
const loaded = async (element: IkIntegration) => {
  for (let tries = 0; tries < 100 && element.app === undefined; tries += 1)
    await new Promise((resolve) => setTimeout(resolve, 20));
  await element.updateComplete;
};
const click = (element: IkIntegration, selector: string) =>
  shadowOf(element).querySelector<HTMLElement>(selector)?.click();

/** Edits the label on General and saves it. */
const editLabel = (label: string) => async (element: IkIntegration) => {
  await loaded(element);
  click(element, '[part="edit"]');
  await element.updateComplete;
  const input = shadowOf(element).getElementById('f-label') as HTMLInputElement | null;
  if (input === null) return;
  input.value = label;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await element.updateComplete;
  click(element, '[part="save"]');
};

const meta: Meta<Args> = {
  title: 'Elements/Integration',
  component: 'ik-integration',
  args: { org: () => samlOrg(), tab: 'general', walk: async () => {}, lang: 'en', dir: 'ltr', theme: 'light' },
  argTypes: {
    org: { control: false },
    walk: { control: false },
    tab: { control: 'inline-radio', options: ['general', 'sign-on', 'provisioning', 'assignments'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: ({ org, tab, lang, dir, theme }) => {
    const { client, fetchMetadata } = org();
    return html`<div class="ik-theme-${theme}" style="background: var(--ik-color-surface); padding: 1rem">
      <ik-integration
        .client=${client}
        .fetchMetadata=${fetchMetadata}
        .now=${NOW}
        app-id="0oa1saml"
        tab=${tab}
        lang=${lang}
        dir=${dir}
      ></ik-integration>
    </div>`;
  },
  play: async ({ canvasElement, args }) => {
    const element = canvasElement.querySelector('ik-integration');
    if (element !== null) await args.walk(element);
  },
};
export default meta;

type Story = StoryObj<Args>;

/** **General**: an active SAML app's settings, read-only until **Edit**. */
export const General: Story = {};

/** Waiting for `GET /api/v1/apps/{appId}`. */
export const Loading: Story = { args: { org: pending } };

/** The server failed (HTTP 503): the page says it could not load. */
export const ServerError: Story = { args: { org: failing(unavailable) } };

/** **General** in edit mode. */
export const Editing: Story = {
  args: {
    walk: async (element) => {
      await loaded(element);
      click(element, '[part="edit"]');
    },
  },
};

/** A save the server refused: its cause on the label field, and the error summary. */
export const FieldError: Story = { args: { org: refusingSaves(labelRefused), walk: editLabel('A'.repeat(120)) } };

/** Someone else saved first: the conflict notice and **Reload the latest settings**. */
export const Conflict: Story = {
  args: {
    org: refusingSaves(
      () =>
        new ConflictError({
          status: 409,
          errorCode: 'E0000000',
          errorSummary: 'The app was changed since it was read',
          errorCauses: [],

          method: 'PUT',
          path: '/api/v1/apps/0oa1saml',
        }),
    ),
    walk: editLabel('Acme Portal (EU)'),
  },
};

/** An inactive app: **Activate**, and **Delete** with its confirmation open. */
export const InactiveWithDelete: Story = {
  args: {
    org: () => memoryOrg({ app: samlApp('Acme Portal', 'kid-current', 'INACTIVE'), keys: withKeys(700) }),
    walk: async (element) => {
      await loaded(element);
      click(element, '[part="delete"]');
    },
  },
};

/** **Sign On** for SAML: the setup instructions and the current and next signing certificates. */
export const SignOnSaml: Story = { args: { tab: 'sign-on', org: () => samlOrg({ keys: withKeys(400, 3650) }) } };

/** The current certificate expires within 7 days, and no next one yet: the warning and **Generate**. */
export const CertificateExpiringSoon: Story = { args: { tab: 'sign-on', org: () => samlOrg({ keys: withKeys(5) }) } };

/** The current certificate expired. */
export const CertificateExpired: Story = { args: { tab: 'sign-on', org: () => samlOrg({ keys: withKeys(-3) }) } };

/** **Sign On** for OIDC: the client id and authentication; the secret is never shown again. */
export const SignOnOidc: Story = {
  args: { tab: 'sign-on', org: () => memoryOrg({ app: { ...oidcApp('Acme Portal'), id: '0oa1saml' } }) },
};

/** **Provisioning**: the enabled SCIM actions. */
export const Provisioning: Story = { args: { tab: 'provisioning' } };

/** **Provisioning** while it is off. */
export const ProvisioningOff: Story = {
  args: { tab: 'provisioning', org: () => memoryOrg({ app: { ...oidcApp('Acme Portal'), id: '0oa1saml' } }) },
};

/** **Assignments**: people (directly and through groups) and groups in priority order. */
export const Assignments: Story = {
  args: { tab: 'assignments', org: () => samlOrg({ assignedPeople: 6, assignedGroups: 3 }) },
};

/** **Assignments** with nobody assigned. */
export const AssignmentsEmpty: Story = { args: { tab: 'assignments' } };

/** **Assignments** with 1,000 people: only the rows in view are rendered. */
export const AssignmentsLongList: Story = {
  args: { tab: 'assignments', org: () => samlOrg({ people: 1000, assignedPeople: 1000, assignedGroups: 5 }) },
};

/** French, right to left, on the dark theme, on **Sign On**. */
export const FrenchRtlDark: Story = {
  args: { lang: 'fr', dir: 'rtl', theme: 'dark', tab: 'sign-on', org: () => samlOrg({ keys: withKeys(20, 3650) }) },
};
