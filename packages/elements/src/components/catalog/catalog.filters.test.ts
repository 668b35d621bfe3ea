import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { IkFiltersChangeEvent } from '../../events/filters-change.js';
import { expectAccessible } from '../../test-utils/axe.js';
import { testEntries, testSource } from './__fixtures__/apps.js';
import { mountCatalog, part, resultsShown, shadow, tileNames } from './__fixtures__/mount.js';
import type { IkCatalog } from './catalog.js';
import type { CatalogFacetKey, CatalogFilters } from './source.js';

afterEach(() => {
  document.body.replaceChildren();
});

const facetOf = (key: CatalogFacetKey, entry: ReturnType<typeof testEntries>[number]): string[] => {
  if (key === 'useCases') return entry.useCases;
  if (key === 'industries') return entry.industries;
  const { signOn, provisioning, apiService } = entry.functionality;
  return [
    ...signOn,
    ...provisioning,
    ...(provisioning.length > 0 ? ['SCIM'] : []),
    ...(apiService ? ['API Service'] : []),
  ];
};

// Independent oracle: OR within a group, AND across groups.
function expectedNames(filters: CatalogFilters): string[] {
  return testEntries()
    .filter((entry) =>
      (Object.entries(filters) as [CatalogFacetKey, string[]][]).every(([key, values]) =>
        values.some((value) => facetOf(key, entry).includes(value)),
      ),
    )
    .map((entry) => entry.displayName)
    .sort();
}

function checkbox(catalog: IkCatalog, key: CatalogFacetKey, value: string): HTMLInputElement {
  const group = part(catalog, `fieldset[data-facet="${key}"]`);
  const ownText = (label: HTMLLabelElement) =>
    [...label.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent)
      .join('')
      .trim();
  const label = [...group.querySelectorAll('label')].find((item) => ownText(item) === value);
  const input = label === undefined ? null : group.querySelector<HTMLInputElement>(`#${label.htmlFor}`);
  if (input === null) throw new Error(`no ${key} filter ${value}`);
  return input;
}

async function toggle(catalog: IkCatalog, key: CatalogFacetKey, value: string): Promise<void> {
  await userEvent.click(checkbox(catalog, key, value));
  await resultsShown(catalog);
}

describe('<ik-catalog> filters', () => {
  it('shows each group with counts for the current query', async () => {
    const catalog = await mountCatalog(testSource());
    const legends = [...shadow(catalog).querySelectorAll('legend')].map((legend) => legend.textContent);
    expect(legends).toEqual(['Use Case', 'Functionality', 'Industry']);
    const healthcare = checkbox(catalog, 'industries', 'Healthcare');
    expect(
      shadow(catalog).querySelector(`label[for="${healthcare.id}"]`)?.textContent?.replace(/\s+/g, ' ').trim(),
    ).toBe(`Healthcare (${expectedNames({ industries: ['Healthcare'] }).length})`);
    await expectAccessible(catalog);
  });

  for (const [key, value] of [
    ['useCases', 'Lifecycle Management'],
    ['functionality', 'OIDC'],
    ['functionality', 'SCIM'],
    ['industries', 'Healthcare'],
  ] as const) {
    it(`filters by ${key} = ${value}`, async () => {
      const catalog = await mountCatalog(testSource());
      const events: IkFiltersChangeEvent[] = [];
      catalog.addEventListener('ik-filters-change', (event) => events.push(event));
      await toggle(catalog, key, value);
      expect(tileNames(catalog).sort()).toEqual(expectedNames({ [key]: [value] }));
      expect(catalog.filters).toEqual({ [key]: [value] });
      expect(events.map((event) => event.detail)).toEqual([{ query: '', filters: { [key]: [value] } }]);
      expect(checkbox(catalog, key, value).checked).toBe(true);
      await expectAccessible(catalog);
    });
  }

  it('combines groups with AND, values with OR, and clears all', async () => {
    const catalog = await mountCatalog(testSource());
    await toggle(catalog, 'industries', 'Healthcare');
    await toggle(catalog, 'industries', 'Education');
    expect(tileNames(catalog).sort()).toEqual(expectedNames({ industries: ['Healthcare', 'Education'] }));
    await toggle(catalog, 'useCases', 'Lifecycle Management');
    const combined = { industries: ['Healthcare', 'Education'], useCases: ['Lifecycle Management'] };
    expect(tileNames(catalog).sort()).toEqual(expectedNames(combined));
    expect(tileNames(catalog).length).toBeLessThan(expectedNames({ industries: ['Healthcare', 'Education'] }).length);

    // With a query on top: See All Results keeps the filters.
    const input = part<HTMLInputElement>(catalog, '#input');
    await userEvent.type(input, 'box{Enter}');
    await resultsShown(catalog);
    expect(tileNames(catalog)).toEqual(['Box']);
    await expectAccessible(catalog);

    const events: IkFiltersChangeEvent[] = [];
    catalog.addEventListener('ik-filters-change', (event) => events.push(event));
    await userEvent.click(part(catalog, '[part="clear-filters"]'));
    await resultsShown(catalog);
    expect(catalog.filters).toEqual({});
    expect(events.map((event) => event.detail)).toEqual([{ query: 'box', filters: {} }]);
    expect(part<HTMLButtonElement>(catalog, '[part="clear-filters"]').disabled).toBe(true);
  });

  it('shows the empty state with a way out when filters leave nothing', async () => {
    const catalog = await mountCatalog(testSource(), (element) => {
      element.query = 'github';
      element.filters = { industries: ['Healthcare'] };
    });
    expect(part(catalog, '[part="message"]').textContent).toContain('No apps match “github”.');
    expect(part(catalog, '[role="status"]').textContent).toBe('No results');
    await expectAccessible(catalog);
    await userEvent.click(part(catalog, '[part="message"] button'));
    await resultsShown(catalog);
    expect(tileNames(catalog)).toEqual(['GitHub']);
  });
});
