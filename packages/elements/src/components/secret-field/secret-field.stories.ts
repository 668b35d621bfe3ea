import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

const meta: Meta = {
  title: 'Elements/Secret field',
  component: 'ik-secret-field',
  args: { label: 'Client secret', value: 'kXp3-9fQw-7LmZ-2vTr', revealed: false },
  render: ({ label, value, revealed }) =>
    html`<ik-secret-field .label=${label} .value=${value} ?revealed=${revealed}></ik-secret-field>`,
};
export default meta;

type Story = StoryObj;

/** Masked until the user asks to see it. */
export const Hidden: Story = {};

/** Shown, e.g. right after a client secret is generated. */
export const Revealed: Story = { args: { revealed: true } };
