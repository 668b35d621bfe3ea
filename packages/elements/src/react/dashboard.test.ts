import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleLinks } from '../components/dashboard/__fixtures__/links.js';
import { Dashboard } from './dashboard.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('React <Dashboard>', () => {
  it('passes links and target as properties', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    flushSync(() => root.render(createElement(Dashboard, { links: sampleLinks(), target: '_blank' })));
    const element = host.querySelector('ik-dashboard');
    if (element === null) throw new Error('no <ik-dashboard>');
    await element.updateComplete;
    const tiles = [...(element.shadowRoot?.querySelectorAll('a[part="tile"]') ?? [])];
    // The fixture's hidden link is not drawn.
    expect(tiles.map((tile) => tile.getAttribute('href'))).toEqual(
      sampleLinks()
        .filter((link) => !link.hidden)
        .map((link) => link.linkUrl),
    );
    expect(tiles.every((tile) => tile.getAttribute('target') === '_blank')).toBe(true);
    root.unmount();
  });
});
