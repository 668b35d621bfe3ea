import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { storyIdToken, storyOidcApp } from '../components/inspector/__fixtures__/story-values.js';
import { Inspector } from './inspector.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('React <Inspector>', () => {
  it('passes the value and integrations as properties', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    flushSync(() =>
      root.render(
        createElement(Inspector, {
          value: storyIdToken(),
          integrations: [storyOidcApp],
          integrationId: storyOidcApp.id,
          now: new Date('2026-12-07T09:00:00Z'),
        }),
      ),
    );
    const element = host.querySelector('ik-inspector');
    await expect
      .poll(() => element?.shadowRoot?.querySelector('[part="summary"]')?.textContent?.trim(), { timeout: 20_000 })
      .toBe('ID token (compact JWT): 0 errors, 0 warnings');
    root.unmount();
  }, 60_000);
});
