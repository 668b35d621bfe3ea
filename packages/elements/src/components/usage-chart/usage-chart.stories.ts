import type { AppUsage } from '@integrakit/core/client';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../styles/themes/dark.css';
import '../../styles/themes/light.css';
import { fr } from '../../translations/fr.js';
import { registerTranslation } from '../../translations/registry.js';
import { sampleUsage } from './__fixtures__/usage.js';
import './define.js';
import type { UsageSource } from './usage-chart.js';

registerTranslation(fr);

interface Args {
  usage: AppUsage | undefined;
  source: UsageSource | undefined;
  table: boolean;
  lang: string;
  dir: 'ltr' | 'rtl';
  theme: 'light' | 'dark';
}

const quiet = (): AppUsage => {
  const usage = sampleUsage();
  return {
    ...usage,
    days: usage.days.map((day) => ({ ...day, signIns: 0, failures: 0, uniquePeople: 0 })),
    totals: { signIns: 0, failures: 0, uniquePeople: 0 },
  };
};

const meta: Meta<Args> = {
  title: 'Elements/Usage chart',
  component: 'ik-usage-chart',
  args: { usage: sampleUsage(), source: undefined, table: false, lang: 'en', dir: 'ltr', theme: 'light' },
  argTypes: { usage: { control: false }, source: { control: false } },
  render: ({ usage, source, table, lang, dir, theme }) =>
    html`<div class="ik-theme-${theme}" style="background: var(--ik-color-surface); padding: 1rem">
      <ik-usage-chart .usage=${usage} .source=${source} app-id="0oa1wiki" ?table=${table} lang=${lang} dir=${dir}></ik-usage-chart>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Thirty days of sign-ins with failures stacked on top. */
export const Chart: Story = {};

/** The same numbers as a table. */
export const Table: Story = { args: { table: true } };

/** No sign-ins yet. */
export const Quiet: Story = { args: { usage: quiet() } };

/** Waiting for the server. */
export const Loading: Story = { args: { usage: undefined, source: { usage: () => new Promise(() => {}) } } };

/** The server could not be reached. */
export const ErrorState: Story = {
  name: 'Error',
  args: {
    usage: undefined,
    source: {
      usage: async () => {
        throw new TypeError('Failed to fetch');
      },
    },
  },
};

export const Dark: Story = { args: { theme: 'dark' } };

/** Time runs right to left. */
export const RightToLeft: Story = { args: { dir: 'rtl' } };

export const French: Story = { args: { lang: 'fr' } };

/** A 320 px wide column. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-inline-size: 320px">${story()}</div>`],
};
