import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { IkFiltersChangeEvent } from '../../events/filters-change.js';
import { expectAccessible } from '../../test-utils/axe.js';
import { testSource } from './__fixtures__/apps.js';
import { slowSource } from './__fixtures__/catalog-data.js';
import {
  accessibleText,
  mountCatalog,
  optionTexts,
  part,
  resultsShown,
  shadow,
  suggestionsShown,
  tileNames,
} from './__fixtures__/mount.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('<ik-catalog> search box', () => {
  it('suggests as the user types, highlighting the match without changing the accessible name', async () => {
    const catalog = await mountCatalog(testSource());
    const input = part<HTMLInputElement>(catalog, '#input');
    expect(input.getAttribute('aria-expanded')).toBe('false');

    await userEvent.type(input, 'sal');
    await suggestionsShown(catalog);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-controls')).toBe('listbox');
    expect(optionTexts(catalog)).toEqual(['Salesforce', 'See all results for “sal”']);

    const option = part(catalog, '#option-0');
    expect(option.querySelector('mark')?.textContent).toBe('Sal');
    // The accessible name is the plain name: the mark adds no characters or spaces.
    expect(accessibleText(option)).toBe('Salesforce');
    expect(part(catalog, '[role="status"]').textContent).toBe('1 suggestion');
    await expectAccessible(catalog);
  });

  it('is usable with the keyboard alone (arrows, Home/End, Escape, Enter)', async () => {
    const catalog = await mountCatalog(testSource());
    const input = part<HTMLInputElement>(catalog, '#input');
    input.focus();
    await userEvent.keyboard('s');
    await suggestionsShown(catalog);
    const options = optionTexts(catalog);
    expect(options.length).toBeGreaterThan(2);
    const active = () => input.getAttribute('aria-activedescendant');

    expect(active()).toBeNull();
    await userEvent.keyboard('{ArrowDown}');
    expect(active()).toBe('option-0');
    expect(part(catalog, '#option-0').getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{ArrowDown}');
    expect(active()).toBe('option-1');
    await userEvent.keyboard('{End}');
    expect(active()).toBe('option-all');
    await userEvent.keyboard('{ArrowDown}');
    expect(active()).toBe('option-0');
    await userEvent.keyboard('{ArrowUp}');
    expect(active()).toBe('option-all');
    await userEvent.keyboard('{Home}');
    expect(active()).toBe('option-0');
    // The active descendant is an element of the same shadow root as the input.
    expect(shadow(catalog).getElementById(active() ?? '')).not.toBeNull();
    expect(shadow(catalog).activeElement).toBe(input);
    await expectAccessible(catalog);

    await userEvent.keyboard('{Escape}');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(active()).toBeNull();
    expect(input.value).toBe('s');
    await userEvent.keyboard('{Escape}');
    expect(input.value).toBe('');

    await userEvent.keyboard('zo');
    await suggestionsShown(catalog);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await catalog.updateComplete;
    expect(catalog.selected).toBe('zoom');
    expect(input.value).toBe('Zoom');
  });

  it('shows every result in the grid with See All Results and announces the count', async () => {
    const catalog = await mountCatalog(testSource());
    const changes: IkFiltersChangeEvent[] = [];
    document.addEventListener('ik-filters-change', (event) => changes.push(event), { once: true });
    const input = part<HTMLInputElement>(catalog, '#input');
    await userEvent.type(input, 's');
    await suggestionsShown(catalog);
    await userEvent.click(part(catalog, '#option-all'));
    await resultsShown(catalog);

    expect(catalog.query).toBe('s');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    const expected = (
      await testSource().search('s', { filters: {}, page: 0, pageSize: 50, signal: new AbortController().signal })
    ).hits.map((hit) => hit.entry.displayName);
    expect(expected.length).toBeGreaterThan(1);
    expect(tileNames(catalog)).toEqual(expected);
    expect(part(catalog, '[role="status"]').textContent).toBe(`${expected.length} results`);
    expect(part(catalog, '#results-heading').textContent).toBe('Results for “s”');
    expect(changes.map((event) => event.detail)).toEqual([{ query: 's', filters: {} }]);
    await expectAccessible(catalog);

    // Enter with no active option is See All Results too.
    input.focus();
    await userEvent.keyboard('{Control>}a{/Control}zendesk{Enter}');
    await resultsShown(catalog);
    expect(catalog.query).toBe('zendesk');
    expect(tileNames(catalog)).toEqual(['Zendesk']);
  });

  it('cancels stale suggestion requests while the user types on', async () => {
    const source = slowSource(testSource(), 30);
    const catalog = await mountCatalog(source);
    const before = source.signals.length;
    await userEvent.type(part(catalog, '#input'), 'zen');
    await suggestionsShown(catalog);
    const typed = source.signals.slice(before);
    expect(typed.length).toBe(3);
    expect(typed.slice(0, -1).every((signal) => signal.aborted)).toBe(true);
    expect(typed.at(-1)?.aborted).toBe(false);
    expect(optionTexts(catalog)[0]).toBe('Zendesk');
  });
});
