import type { CatalogEntry } from '@integrakit/core/catalog';
import { defaultProtocols } from '@integrakit/core/protocols';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../../styles/themes/dark.css';
import '../../styles/themes/light.css';
import { fr } from '../../translations/fr.js';
import { registerTranslation } from '../../translations/registry.js';
import { acme, scimConnection } from './__fixtures__/entries.js';
import { exampleEntry } from './__fixtures__/mount.js';
import { type AddStep, addStateAt } from './__fixtures__/states.js';
import type { IkAddIntegration } from './add-integration.js';
import './define.js';

registerTranslation(fr);

interface Args {
  entry: CatalogEntry;
  step: AddStep;
  protocol: 'saml' | 'swa' | undefined;
  syncPassword: boolean;
  lang: string;
  dir: 'ltr' | 'rtl';
  theme: 'light' | 'dark';
}

const provisioningFor = (syncPassword: boolean) =>
  syncPassword
    ? ({ type: 'scim', connection: scimConnection, features: { create: true, syncPassword: true } } as const)
    : undefined;

const meta: Meta<Args> = {
  title: 'Elements/Add Integration',
  component: 'ik-add-integration',
  args: { step: 'general', protocol: undefined, syncPassword: false, lang: 'en', dir: 'ltr', theme: 'light' },
  argTypes: {
    entry: { control: false },
    step: { control: 'select', options: ['general', 'signOn', 'username', 'usernameUpdate', 'passwordReveal'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: ({ entry, step, protocol, syncPassword, lang, dir, theme }) => {
    const provisioning = provisioningFor(syncPassword);
    const open = (element: Element | undefined) => {
      if (!(element instanceof HTMLElement) || step === 'general') return;
      const wizard = element as IkAddIntegration;
      void wizard.updateComplete.then(() =>
        wizard.resume(
          addStateAt(entry, step, { protocols: defaultProtocols, ...(provisioning ? { provisioning } : {}) }, protocol),
        ),
      );
    };
    return html`<div class="ik-theme-${theme}">
      <ik-add-integration
        ${ref(open)}
        .entry=${entry}
        .protocols=${defaultProtocols}
        .provisioning=${provisioning}
        lang=${lang}
        dir=${dir}
      ></ik-add-integration>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Slack's General Settings: the workspace subdomain, the label, visibility. */
export const GeneralSettings: Story = { args: { entry: exampleEntry('slack') } };

/** Next pressed with the subdomain empty: the error summary and the field's error. */
export const RequiredSettingRefused: Story = {
  args: { entry: exampleEntry('slack') },
  play: async ({ canvasElement }) => {
    const wizard = canvasElement.querySelector('ik-add-integration');
    await wizard?.updateComplete;
    wizard?.shadowRoot?.querySelector<HTMLButtonElement>('[part="next"]')?.click();
  },
};

/** Sign-On Options for Slack (SAML only): template values and attribute statements. */
export const SignOnOptions: Story = { args: { entry: exampleEntry('slack'), step: 'signOn' } };

/** An entry with SAML and SWA while Sync Password provisioning is on: the rule explained. */
export const SwaLockedBySyncPassword: Story = {
  args: { entry: acme, step: 'signOn', protocol: 'swa', syncPassword: true },
};

/** Application username format with its live preview. */
export const UsernameFormat: Story = { args: { entry: exampleEntry('slack'), step: 'username' } };

/** Update application username on. */
export const UsernameUpdate: Story = { args: { entry: exampleEntry('slack'), step: 'usernameUpdate' } };

/** Password reveal, offered for SWA only. */
export const PasswordReveal: Story = { args: { entry: acme, step: 'passwordReveal', protocol: 'swa' } };

/** French, right to left, dark theme. */
export const FrenchRtlDark: Story = {
  args: { entry: exampleEntry('slack'), step: 'signOn', lang: 'fr', dir: 'rtl', theme: 'dark' },
};
