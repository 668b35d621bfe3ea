import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../styles/themes/dark.css';
import '../../styles/themes/light.css';
import { fr } from '../../translations/fr.js';
import { registerTranslation } from '../../translations/registry.js';
import { exampleSource, failingSource, pendingSource, syntheticSource } from './__fixtures__/catalog-data.js';
import './define.js';
import type { CatalogFilters, CatalogSource } from './source.js';

registerTranslation(fr);

interface Args {
  source: CatalogSource;
  query: string;
  filters: CatalogFilters;
  selected: string | undefined;
  lang: string;
  dir: 'ltr' | 'rtl';
  theme: 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Elements/Catalog',
  component: 'ik-catalog',
  args: { query: '', filters: {}, selected: undefined, lang: 'en', dir: 'ltr', theme: 'light' },
  argTypes: { source: { control: false }, theme: { control: 'inline-radio', options: ['light', 'dark'] } },
  render: ({ source, query, filters, selected, lang, dir, theme }) =>
    html`<div class="ik-theme-${theme}">
      <ik-catalog
        .source=${source}
        .query=${query}
        .filters=${filters}
        .selected=${selected}
        lang=${lang}
        dir=${dir}
      ></ik-catalog>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The example catalog of real apps, searched in the page. */
export const Default: Story = { args: { source: exampleSource() } };

/** Waiting for the first answer from the source. */
export const Loading: Story = { args: { source: pendingSource() } };

/** A query and filters that match nothing. */
export const Empty: Story = { args: { source: exampleSource(), query: 'no such app zzz' } };

/** The source failed; **Try again** runs the search again. */
export const ErrorState: Story = { name: 'Error', args: { source: failingSource() } };

/** 10,000 synthetic entries in the windowed grid. */
export const TenThousandEntries: Story = { args: { source: syntheticSource(10_000) } };

/** Filters selected in two groups. */
export const Filtered: Story = {
  args: { source: exampleSource(), filters: { functionality: ['SCIM'], useCases: ['Lifecycle Management'] } },
};

/** The details view of one app. */
export const Details: Story = { args: { source: exampleSource(), selected: 'slack' } };

/** The dark theme (`themes/dark.css`, class `ik-theme-dark`). */
export const Dark: Story = { args: { source: exampleSource(), theme: 'dark' } };

/** Right-to-left layout. */
export const RightToLeft: Story = { args: { source: exampleSource(), dir: 'rtl' } };

/** French strings (`registerTranslation(fr)`, `lang="fr"`). */
export const French: Story = { args: { source: exampleSource(), lang: 'fr' } };

/** A phone-width column (≤ 30rem): the filters sit behind the **Filters** button with the active count. */
export const Narrow: Story = {
  args: { source: exampleSource(), filters: { functionality: ['SCIM'] } },
  decorators: [
    (story) => html`<div class="narrow-frame">${story()}</div><style>.narrow-frame { max-inline-size: 320px; }</style>`,
  ],
};
