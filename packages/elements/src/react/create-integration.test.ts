import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { field, part } from '../components/create-integration/__fixtures__/mount.js';
import type { IkWizardCancelEvent } from '../events/wizard-cancel.js';
import { CreateIntegration } from './create-integration.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('React <CreateIntegration>', () => {
  it('renders the wizard and delivers typed events', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const cancelled: IkWizardCancelEvent[] = [];
    const root = createRoot(host);
    flushSync(() =>
      root.render(createElement(CreateIntegration, { onWizardCancel: (event) => cancelled.push(event) })),
    );
    const element = host.querySelector('ik-create-integration');
    if (element === null) throw new Error('not rendered');
    await expect.poll(() => element.shadowRoot?.querySelector('#step-heading')?.textContent).toContain('Step 1 of');
    expect(field(element, 'f-signOn.protocol')).toBeDefined();
    await userEvent.click(part(element, '[part="cancel"]'));
    expect(cancelled).toHaveLength(1);
    root.unmount();
  });
});
