import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../styles/themes/dark.css';
import '../../styles/themes/light.css';
import { fr } from '../../translations/fr.js';
import { registerTranslation } from '../../translations/registry.js';
import { type MemoryOrgSpec, memoryOrg, samlApp, unavailable } from '../integration/__fixtures__/memory-org.js';
import type { AssignmentsClient, IkAssignments } from './assignments.js';
import './define.js';

registerTranslation(fr);

interface Args {
  /** The client the element talks to (a fresh org in memory per render). */
  client: () => AssignmentsClient;
  /** Drives the element after its lists load: opens a picker, picks, submits. */
  walk: (element: IkAssignments) => Promise<void>;
  lang: string;
  dir: 'ltr' | 'rtl';
  theme: 'light' | 'dark';
}

const orgWith = (spec: Partial<MemoryOrgSpec>) => () =>
  memoryOrg({ app: samlApp('Acme Portal', 'kid-current'), ...spec }).client;

const shadowOf = (element: IkAssignments) => element.shadowRoot as ShadowRoot;
const until = async (element: IkAssignments, selector: string) => {
  for (let tries = 0; tries < 100 && shadowOf(element).querySelector(selector) === null; tries += 1)
    await new Promise((resolve) => setTimeout(resolve, 20));
  await element.updateComplete;
  return shadowOf(element).querySelector<HTMLElement>(selector);
};

/** Opens **Assign to People** and types `query` in its search. */
const searchPeople = (query: string) => async (element: IkAssignments) => {
  (await until(element, '[part="people"]')) &&
    shadowOf(element).querySelector<HTMLElement>('[part="assign-people"]')?.click();
  const input = (await until(element, '#people-input')) as HTMLInputElement | null;
  if (input === null) return;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await until(element, '[part="option"]');
};

/** Picks the first person found for `query`, then submits the username form as it stands. */
const assignFirst = (query: string) => async (element: IkAssignments) => {
  await searchPeople(query)(element);
  shadowOf(element).querySelector<HTMLElement>('[part="option"]')?.click();
  (await until(element, '[part="assign-submit"]'))?.click();
};

const meta: Meta<Args> = {
  title: 'Elements/Assignments',
  component: 'ik-assignments',
  args: {
    client: orgWith({ assignedPeople: 6, assignedGroups: 3 }),
    walk: async () => {},
    lang: 'en',
    dir: 'ltr',
    theme: 'light',
  },
  argTypes: {
    client: { control: false },
    walk: { control: false },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: ({ client, lang, dir, theme }) =>
    html`<div class="ik-theme-${theme}" style="background: var(--ik-color-surface); padding: 1rem">
      <ik-assignments .client=${client()} app-id="0oa1saml" lang=${lang} dir=${dir}></ik-assignments>
    </div>`,
  play: async ({ canvasElement, args }) => {
    const element = canvasElement.querySelector('ik-assignments');
    if (element !== null) await args.walk(element);
  },
};
export default meta;

type Story = StoryObj<Args>;

/** People (with their app usernames) and groups in priority order, with Move up / Move down. */
export const Assigned: Story = {};

/** Nothing assigned yet. */
export const Empty: Story = { args: { client: orgWith({}) } };

/** 1,000 people: only the rows in view are rendered; the list loads a page of 25 at a time as it scrolls. */
export const LongList: Story = { args: { client: orgWith({ people: 1000, assignedPeople: 1000, assignedGroups: 8 }) } };

/** Waiting for the server. */
export const Loading: Story = {
  args: {
    client: () => {
      const client = orgWith({})();
      return { ...client, apps: { ...client.apps, get: () => new Promise(() => undefined) } };
    },
  },
};

/** The server failed (HTTP 503): the lists say so, with **Try again**. */
export const ServerError: Story = {
  args: {
    client: () => {
      const client = orgWith({})();
      return { ...client, apps: { ...client.apps, get: () => Promise.reject(unavailable()) } };
    },
  },
};

/** **Assign to People**, searching as you type. */
export const PeoplePicker: Story = { args: { walk: searchPeople('gr') } };

/** **Assign to Groups**. */
export const GroupPicker: Story = {
  args: {
    walk: async (element) => {
      (await until(element, '[part="assign-groups"]'))?.click();
    },
  },
};

/** A person picked: the app username prefilled from the app's format, editable. */
export const AssignPerson: Story = {
  args: {
    walk: async (element) => {
      await searchPeople('ada')(element);
      shadowOf(element).querySelector<HTMLElement>('[part="option"]')?.click();
    },
  },
};

/** The app's format gives no username (None): assigning without one is refused on the field. */
export const UsernameRequired: Story = {
  args: {
    client: orgWith({
      app: { ...samlApp('Acme Portal', 'kid-current'), credentials: { userNameTemplate: { type: 'NONE' } } },
    }),
    walk: assignFirst('ada'),
  },
};

/** The app is inactive: the server's refusal is shown in place. */
export const InactiveAppRefused: Story = {
  args: { client: orgWith({ app: samlApp('Acme Portal', 'kid-current', 'INACTIVE') }), walk: assignFirst('ada') },
};

/** French, right to left, on the dark theme. */
export const FrenchRtlDark: Story = { args: { lang: 'fr', dir: 'rtl', theme: 'dark' } };
