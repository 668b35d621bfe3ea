import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { testSource } from '../components/catalog/__fixtures__/apps.js';
import { part } from '../components/catalog/__fixtures__/mount.js';
import type { IkIntegrationAddEvent } from '../events/integration-add.js';
import { Catalog } from './catalog.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('React <Catalog>', () => {
  it('passes the source as a property and delivers typed events', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const added: string[] = [];
    const root = createRoot(host);
    flushSync(() =>
      root.render(
        createElement(Catalog, {
          source: testSource(),
          selected: 'slack',
          onIntegrationAdd: (event: IkIntegrationAddEvent) => {
            added.push(event.detail.entry.displayName);
            event.preventDefault();
          },
        }),
      ),
    );
    const element = host.querySelector('ik-catalog');
    expect(element).not.toBeNull();
    if (element === null) return;
    await expect.poll(() => element.shadowRoot?.querySelector('#details-title')?.textContent).toBe('Slack');
    await userEvent.click(part(element, '[part="add-button"]'));
    expect(added).toEqual(['Slack']);
    root.unmount();
  });
});
