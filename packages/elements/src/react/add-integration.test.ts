import { defaultProtocols } from '@integrakit/core/protocols';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { acme } from '../components/add-integration/__fixtures__/entries.js';
import { field, part } from '../components/add-integration/__fixtures__/mount.js';
import type { IkStepEnterEvent } from '../events/step-enter.js';
import { AddIntegration } from './add-integration.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('React <AddIntegration>', () => {
  it('passes the entry and protocols as properties and delivers typed step events', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const entered: string[] = [];
    const root = createRoot(host);
    flushSync(() =>
      root.render(
        createElement(AddIntegration, {
          entry: acme,
          protocols: defaultProtocols,
          onStepEnter: (event: IkStepEnterEvent) => entered.push(event.detail.step),
        }),
      ),
    );
    const element = host.querySelector('ik-add-integration');
    if (element === null) throw new Error('not rendered');
    await element.updateComplete;
    await userEvent.type(field(element, 'f-tenantSettings.subdomain'), 'tenant');
    await userEvent.click(part(element, '[part="next"]'));
    await expect.poll(() => entered).toEqual(['signOn']);
    root.unmount();
  });
});
