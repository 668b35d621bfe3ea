import type { AppLink } from '@integrakit/core/client';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../styles/themes/dark.css';
import '../../styles/themes/light.css';
import { fr } from '../../translations/fr.js';
import { registerTranslation } from '../../translations/registry.js';
import { payloads } from '../catalog/__fixtures__/hostile.js';
import { sampleLinks } from './__fixtures__/links.js';
import type { DashboardClient } from './dashboard.js';
import './define.js';

registerTranslation(fr);

interface Args {
  links: AppLink[] | undefined;
  client: DashboardClient | undefined;
  lang: string;
  dir: 'ltr' | 'rtl';
  theme: 'light' | 'dark';
  noHeading: boolean;
}

/** A client whose app links never arrive, or always fail: the element's waiting and failed states. */
const pending: DashboardClient = { appLinks: { list: () => new Promise(() => undefined) } };
const failing: DashboardClient = { appLinks: { list: async () => Promise.reject(new Error('HTTP 503')) } };

const meta: Meta<Args> = {
  title: 'Elements/Dashboard',
  component: 'ik-dashboard',
  args: { links: sampleLinks(), client: undefined, lang: 'en', dir: 'ltr', theme: 'light', noHeading: false },
  argTypes: { links: { control: false }, client: { control: false } },
  render: ({ links, client, lang, dir, theme, noHeading }) =>
    html`<div class="ik-theme-${theme}" style="background: var(--ik-color-surface); padding: 1rem">
      ${noHeading ? html`<h1>My Apps</h1>` : ''}
      <ik-dashboard .links=${links} .client=${client} user-id="00u1alan" lang=${lang} dir=${dir}
        ?no-heading=${noHeading}></ik-dashboard>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Four apps, one per sign-on mode; the fifth is hidden by its visibility settings and not drawn. */
export const Apps: Story = {};

/** Under the host page's own **My Apps** heading: `no-heading` leaves out the element's. */
export const UnderHostHeading: Story = { args: { noHeading: true } };

/** Nothing assigned yet. */
export const Empty: Story = { args: { links: [] } };

/** Waiting for `GET /api/v1/users/{userId}/appLinks`. */
export const Loading: Story = { args: { links: undefined, client: pending } };

/** The app links could not be loaded; **Try again** asks again. */
export const Failed: Story = { args: { links: undefined, client: failing } };

/** French, right to left, on the dark theme. */
export const FrenchRtlDark: Story = { args: { lang: 'fr', dir: 'rtl', theme: 'dark' } };

/** Markup in every field stays text; `javascript:` and `data:` launch URLs become plain, unlinked tiles. */
export const Hostile: Story = {
  args: {
    links: payloads.map((payload, index) => ({
      id: `aln${index}`,
      label: payload,
      linkUrl: index % 2 === 0 ? `javascript:alert(${index})` : payload,
      logoUrl: payload,
      appName: payload,
      appInstanceId: `0oa${index}`,
      hidden: false,
    })),
  },
};
