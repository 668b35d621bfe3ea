import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryOrg, samlApp } from '../components/integration/__fixtures__/memory-org.js';
import type { IntegrationClient } from '../components/integration/view.js';
import { Assignments } from './assignments.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('React <Assignments>', () => {
  it('passes the app down as a property: the element lists the people without reading the app', async () => {
    const app = samlApp('Acme Portal', 'kid-current');
    const { client } = memoryOrg({ app, assignedPeople: 2 });
    const appReads: string[] = [];
    const counting = {
      ...client,
      apps: {
        ...client.apps,
        get: (id: string) => {
          appReads.push(id);
          return client.apps.get(id);
        },
      },
    } as IntegrationClient;
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    flushSync(() => root.render(createElement(Assignments, { client: counting, appId: app.id, app })));
    const element = host.querySelector('ik-assignments');
    await expect.poll(() => element?.shadowRoot?.querySelectorAll('[part="person"]').length).toBe(2);
    expect(element?.app).toBe(app);
    expect(appReads).toEqual([]);
    root.unmount();
  }, 60_000);
});
