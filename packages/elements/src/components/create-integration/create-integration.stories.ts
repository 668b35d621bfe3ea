import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../styles/themes/dark.css';
import '../../styles/themes/light.css';
import { fr } from '../../translations/fr.js';
import { registerTranslation } from '../../translations/registry.js';
import { answeringClient, SP_METADATA } from './__fixtures__/mount.js';
import type { IkCreateIntegration } from './create-integration.js';
import './define.js';

registerTranslation(fr);

interface Args {
  /** Drives the wizard to a step after it renders: the method, a label, and what else the step needs. */
  walk: (element: IkCreateIntegration) => Promise<void>;
  lang: string;
  dir: 'ltr' | 'rtl';
  theme: 'light' | 'dark';
}

const shadowOf = (element: IkCreateIntegration) => element.shadowRoot as ShadowRoot;
/** The rendered node for `selector`, waiting for it: a protocol's form loads lazily when it is chosen. */
const find = async <T extends HTMLElement>(element: IkCreateIntegration, selector: string): Promise<T | null> => {
  for (let tries = 0; tries < 200; tries += 1) {
    await element.updateComplete;
    const found = shadowOf(element).querySelector<T>(selector);
    if (found !== null) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return null;
};
const click = async (element: IkCreateIntegration, selector: string) => (await find(element, selector))?.click();
const fill = async (element: IkCreateIntegration, id: string, value: string) => {
  const input = await find<HTMLInputElement | HTMLTextAreaElement>(element, `#${CSS.escape(id)}`);
  if (input === null) return;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};
const settle = async (element: IkCreateIntegration) => {
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
};

/** Chooses `method` (its radio id), names the app and goes on to the method's settings. */
const toSettings = (radio: string, type?: string) => async (element: IkCreateIntegration) => {
  await click(element, `#${CSS.escape(radio)}`);
  await settle(element);
  if (type !== undefined) await click(element, `#${CSS.escape(type)}`);
  await settle(element);
  await click(element, '[part="next"]');
  await settle(element);
  await fill(element, 'f-label', 'Acme Portal');
  await settle(element);
  await click(element, '[part="next"]');
  await settle(element);
};

const meta: Meta<Args> = {
  title: 'Elements/Create integration',
  component: 'ik-create-integration',
  args: { walk: async () => {}, lang: 'en', dir: 'ltr', theme: 'light' },
  argTypes: { walk: { control: false }, theme: { control: 'inline-radio', options: ['light', 'dark'] } },
  render: ({ lang, dir, theme }) =>
    html`<div class="ik-theme-${theme}">
      <ik-create-integration
        .client=${answeringClient()}
        lang=${lang}
        dir=${dir}
      ></ik-create-integration>
    </div>`,
  play: async ({ canvasElement, args }) => {
    const element = canvasElement.querySelector('ik-create-integration');
    if (element !== null) await args.walk(element);
  },
};
export default meta;

type Story = StoryObj<Args>;

/** **Create a new app integration**: the five methods with their descriptions. */
export const Method: Story = {};

/** OIDC asks the application type. */
export const MethodOidc: Story = { args: { walk: (el) => click(el, '#f-signOn\\.protocol') } };

/** Next pressed with nothing chosen: the error summary and the group's error. */
export const MethodError: Story = { args: { walk: (el) => click(el, '[part="next"]') } };

/** **General Settings**. */
export const General: Story = {
  args: {
    walk: async (el) => {
      await click(el, '#f-signOn\\.protocol-1');
      await settle(el);
      await click(el, '[part="next"]');
    },
  },
};

/** OIDC web app settings: grant types, redirect URI lists, trusted origins. */
export const OidcSettings: Story = {
  args: { walk: toSettings('f-signOn.protocol', 'f-signOn.config.applicationType') },
};

/** **Configure SAML**, filled from SP metadata. */
export const SamlSettings: Story = {
  args: {
    walk: async (el) => {
      await toSettings('f-signOn.protocol-1')(el);
      await fill(el, 'sp-metadata', SP_METADATA);
      await click(el, '[part="import"]');
    },
  },
};

/** **Configure SAML** refused: every field's error and the summary. */
export const SamlErrors: Story = {
  args: {
    walk: async (el) => {
      await toSettings('f-signOn.protocol-1')(el);
      await click(el, '[part="next"]');
    },
  },
};

/** SWA settings. */
export const SwaSettings: Story = { args: { walk: toSettings('f-signOn.protocol-2') } };

/** WS-Federation settings. */
export const WsFederationSettings: Story = { args: { walk: toSettings('f-signOn.protocol-3') } };

/** API Services: the Okta API scopes picker. */
export const ApiScopes: Story = { args: { walk: toSettings('f-signOn.protocol-4') } };

/** Provisioning with SCIM turned on. */
export const Provisioning: Story = {
  args: {
    walk: async (el) => {
      await toSettings('f-signOn.protocol-1')(el);
      await fill(el, 'f-signOn.config.ssoUrl', 'https://sp.example.test/acs');
      await fill(el, 'f-signOn.config.audience', 'https://sp.example.test');
      await settle(el);
      await click(el, '[part="next"]');
      await settle(el);
      await click(el, '[part="next"]');
      await settle(el);
      await click(el, '#f-provisioning\\.enabled');
    },
  },
};

/** Done for an OIDC web app: the Client ID and the client secret, shown once. */
export const DoneWithSecret: Story = {
  args: {
    walk: async (el) => {
      await toSettings('f-signOn.protocol', 'f-signOn.config.applicationType')(el);
      await click(el, '#f-signOn\\.config\\.redirectUris-add');
      await settle(el);
      await fill(el, 'f-signOn.config.redirectUris.0', 'https://portal.example.com/callback');
      await settle(el);
      await click(el, '[part="next"]');
    },
  },
};

/** The dark theme. */
export const Dark: Story = { args: { theme: 'dark', walk: toSettings('f-signOn.protocol-1') } };

/** Right to left. */
export const RightToLeft: Story = { args: { dir: 'rtl', walk: toSettings('f-signOn.protocol-1') } };

/** French. */
export const French: Story = { args: { lang: 'fr', walk: toSettings('f-signOn.protocol-1') } };
