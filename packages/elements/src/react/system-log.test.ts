import type { LogView } from '@integrakit/core/logs';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { memorySource, sampleEvents } from '../components/system-log/__fixtures__/events.js';
import { messages, part, settled } from '../components/system-log/__fixtures__/mount.js';
import { SystemLog } from './system-log.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('React <SystemLog>', () => {
  it('passes the source and app as properties and delivers typed view changes', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const views: LogView[] = [];
    const root = createRoot(host);
    flushSync(() =>
      root.render(
        createElement(SystemLog, {
          source: memorySource(sampleEvents()),
          appId: '0oa1wiki',
          live: false,
          onLogViewChange: (event) => {
            views.push(event.detail.view);
          },
        }),
      ),
    );
    const element = host.querySelector('ik-system-log');
    if (element === null) throw new Error('no <ik-system-log>');
    await settled(element);
    expect(messages(element)).toHaveLength(4);
    expect(element.getAttribute('app-id')).toBe('0oa1wiki');
    await userEvent.selectOptions(part(element, '[part="outcome-filter"]'), 'FAILURE');
    expect(views).toEqual([{ range: '24h', outcome: 'FAILURE', targetId: '0oa1wiki' }]);
    root.unmount();
  });
});
