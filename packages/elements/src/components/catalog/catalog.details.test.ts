import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { IkIntegrationAddEvent } from '../../events/integration-add.js';
import type { IkIntegrationSelectEvent } from '../../events/integration-select.js';
import { expectAccessible } from '../../test-utils/axe.js';
import { testEntries, testSource } from './__fixtures__/apps.js';
import { mountCatalog, part, shadow } from './__fixtures__/mount.js';
import type { IkCatalog } from './catalog.js';

afterEach(() => {
  document.body.replaceChildren();
});

async function openDetails(catalog: IkCatalog, name: string): Promise<number> {
  const index = [...shadow(catalog).querySelectorAll<HTMLElement>('.tile')].findIndex(
    (tile) => tile.querySelector('.tile-name')?.textContent === name,
  );
  await userEvent.click(part(catalog, `.tile[data-index="${index}"]`));
  await expect.poll(() => shadow(catalog).activeElement?.id).toBe('details-title');
  return index;
}

describe('<ik-catalog> details', () => {
  it('shows the facts of an entry and focuses its heading', async () => {
    const catalog = await mountCatalog(testSource());
    const selects: IkIntegrationSelectEvent[] = [];
    catalog.addEventListener('ik-integration-select', (event) => selects.push(event));
    await openDetails(catalog, 'Salesforce');
    const entry = testEntries().find((item) => item.name === 'salesforce');
    expect(catalog.selected).toBe('salesforce');
    expect(catalog.getAttribute('selected')).toBe('salesforce');
    expect(selects.map((event) => event.detail.name)).toEqual(['salesforce']);
    expect(part(catalog, '#details-title').textContent).toBe('Salesforce');
    expect(part(catalog, '[part="description"]').textContent).toBe(entry?.description);
    const facts = Object.fromEntries(
      [...shadow(catalog).querySelectorAll('.facts > div')].map((row) => [
        row.querySelector('dt')?.textContent,
        [...(row.querySelector('dd')?.querySelectorAll('li') ?? [])].map((item) => item.textContent).join(', ') ||
          row.querySelector('dd')?.textContent?.trim(),
      ]),
    );
    expect(facts).toEqual({
      'Use cases': entry?.useCases.join(', '),
      'Sign-on methods': entry?.functionality.signOn.join(', '),
      'Provisioning features': entry?.functionality.provisioning.join(', '),
      'API Service': 'None',
      Industries: entry?.industries.join(', '),
      Verification: 'Okta Verified',
      Website: entry?.website,
    });
    expect(part<HTMLAnchorElement>(catalog, '[part="website"]').rel).toContain('noopener');
    expect(part(catalog, '.browse').hidden).toBe(true);
    await expectAccessible(catalog);
  });

  it('fires a cancelable ik-integration-add with the entry; cancelling keeps the details', async () => {
    const catalog = await mountCatalog(testSource());
    await openDetails(catalog, 'Zoom');
    const seen: IkIntegrationAddEvent[] = [];
    const refuse = (event: IkIntegrationAddEvent) => {
      seen.push(event);
      event.preventDefault();
    };
    document.addEventListener('ik-integration-add', refuse);
    await userEvent.click(part(catalog, '[part="add-button"]'));
    document.removeEventListener('ik-integration-add', refuse);
    expect(seen).toHaveLength(1);
    const [event] = seen;
    expect(event?.cancelable).toBe(true);
    expect(event?.bubbles && event.composed).toBe(true);
    expect(event?.detail.entry).toEqual(testEntries().find((item) => item.name === 'zoom'));
    await catalog.updateComplete;
    expect(catalog.selected).toBe('zoom');

    // Not cancelled: the catalog leaves the details view for the wizard.
    const accepted: IkIntegrationAddEvent[] = [];
    document.addEventListener('ik-integration-add', (added) => accepted.push(added), { once: true });
    await userEvent.click(part(catalog, '[part="add-button"]'));
    await catalog.updateComplete;
    expect(accepted[0]?.detail.entry.name).toBe('zoom');
    expect(catalog.selected).toBeUndefined();
  });

  it('goes back to the results with focus on the tile it came from', async () => {
    const catalog = await mountCatalog(testSource());
    const index = String(await openDetails(catalog, 'GitHub'));
    expect(index).not.toBe('0');
    await userEvent.click(part(catalog, '[part="back"]'));
    await expect.poll(() => (shadow(catalog).activeElement as HTMLElement | null)?.dataset.index).toBe(index);
    expect(catalog.selected).toBeUndefined();
    await expectAccessible(catalog);
  });

  it('shows a not-found message for an unknown selection', async () => {
    const catalog = await mountCatalog(testSource(), (element) => {
      element.selected = 'no_such_app';
    });
    await expect
      .poll(() => shadow(catalog).querySelector('[part="details"] [part="message"]')?.textContent)
      .toBe('This app is not in the catalog.');
    await expectAccessible(catalog);
  });
});

describe('<ik-catalog> tile grid', () => {
  it('moves focus between tiles with arrows, Home/End and Ctrl+End, opening with Enter', async () => {
    const catalog = await mountCatalog(testSource(), (element) => {
      element.style.width = '700px';
    });
    const grid = part(catalog, '[role="grid"]');
    await expect.poll(() => Number(grid.getAttribute('aria-colcount'))).toBeGreaterThan(1);
    const columns = Number(grid.getAttribute('aria-colcount'));
    const focused = () => Number((shadow(catalog).activeElement as HTMLElement | null)?.dataset.index);
    part(catalog, '.tile[data-index="0"]').focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(focused()).toBe(1);
    await userEvent.keyboard('{ArrowDown}');
    await expect.poll(focused).toBe(1 + columns);
    await userEvent.keyboard('{Home}');
    await expect.poll(focused).toBe(columns);
    await userEvent.keyboard('{End}');
    await expect.poll(focused).toBe(2 * columns - 1);
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await expect.poll(focused).toBe(testEntries().length - 1);
    // Only one tile is in the tab order (roving tabindex).
    expect(shadow(catalog).querySelectorAll('.tile[tabindex="0"]')).toHaveLength(1);
    await expectAccessible(catalog);
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => shadow(catalog).activeElement?.id).toBe('details-title');
  });
});
