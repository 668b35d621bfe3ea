import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../styles/themes/dark.css';
import '../../styles/themes/light.css';
import { fr } from '../../translations/fr.js';
import { registerTranslation } from '../../translations/registry.js';
import {
  failingSource,
  hostileEvents,
  memorySource,
  pendingSource,
  retryingSource,
  sampleEvents,
} from './__fixtures__/events.js';
import './define.js';
import type { LogSource } from './log-feed.js';

registerTranslation(fr);

interface Args {
  source: LogSource;
  appId: string;
  live: boolean;
  lang: string;
  dir: 'ltr' | 'rtl';
  theme: 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Elements/System Log',
  component: 'ik-system-log',
  args: { source: memorySource(sampleEvents()), appId: '', live: true, lang: 'en', dir: 'ltr', theme: 'light' },
  argTypes: { source: { control: false }, theme: { control: 'inline-radio', options: ['light', 'dark'] } },
  render: ({ source, appId, live, lang, dir, theme }) =>
    html`<div class="ik-theme-${theme}" style="background: var(--ik-color-surface); padding: 1rem">
      <ik-system-log .source=${source} app-id=${appId} ?live=${live} lang=${lang} dir=${dir}></ik-system-log>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Sign-ins (one failed), an assignment and the app's creation, newest first, polling for more. */
export const Events: Story = {};

/** The first page is on its way. */
export const Loading: Story = { args: { source: pendingSource() } };

/** Nothing in the time range. */
export const Empty: Story = { args: { source: memorySource([]) } };

/** The events could not be loaded; **Try again** reloads. */
export const ErrorState: Story = { name: 'Error', args: { source: failingSource() } };

/** Polls fail: the status says when it tries again, waiting longer each time. */
export const Retrying: Story = { args: { source: retryingSource(sampleEvents()) } };

/** Live updates switched off. */
export const Paused: Story = { args: { live: false } };

/** **View Logs** on an integration page: one app's events. */
export const OneApp: Story = { args: { appId: '0oa1wiki' } };

/** Markup in every field stays text. */
export const HostileStrings: Story = { args: { source: memorySource(hostileEvents()) } };

export const Dark: Story = { args: { theme: 'dark' } };

export const RightToLeft: Story = { args: { dir: 'rtl' } };

export const French: Story = { args: { lang: 'fr' } };

/** A 320 px wide column. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-inline-size: 320px">${story()}</div>`],
};

/** The first event's details open (the disclosure pattern: Enter or Space on the event). */
export const Expanded: Story = {
  play: async ({ canvasElement }) => {
    const log = canvasElement.querySelector('ik-system-log');
    await log?.updateComplete;
    const toggle = () => log?.shadowRoot?.querySelector<HTMLButtonElement>('[part="event-toggle"]');
    for (let tries = 0; toggle() == null && tries < 50; tries++) await log?.updateComplete;
    toggle()?.click();
  },
};
