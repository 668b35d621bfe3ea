import { LitElement } from 'lit';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { IkFiltersChangeEvent } from '../events/filters-change.js';
import { IkIntegrationCreatedEvent } from '../events/integration-created.js';
import { createWrapper, handlerProp } from './create-wrapper.js';

class IkWrapperProbe extends LitElement {}
customElements.define('ik-wrapper-probe', IkWrapperProbe);

const Probe = createWrapper('ik-wrapper-probe', IkWrapperProbe, [IkFiltersChangeEvent, IkIntegrationCreatedEvent]);

afterEach(() => {
  document.body.replaceChildren();
});

describe('createWrapper', () => {
  it('names each handler prop after its event type', () => {
    expect(handlerProp('ik-step-enter')).toBe('onStepEnter');
    expect(handlerProp('ik-integration-created')).toBe('onIntegrationCreated');
    expect(handlerProp('ik-secret-toggle')).toBe('onSecretToggle');
    expectTypeOf(handlerProp('ik-filters-change')).toEqualTypeOf<'onFiltersChange'>();
  });

  it('delivers each listed event to its typed prop and no other', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const created: string[] = [];
    const changed: IkFiltersChangeEvent[] = [];
    const root = createRoot(host);
    flushSync(() =>
      root.render(
        createElement(Probe, {
          onIntegrationCreated: (event) => {
            expectTypeOf(event).toEqualTypeOf<IkIntegrationCreatedEvent>();
            created.push(event.type);
          },
          onFiltersChange: (event) => changed.push(event),
        }),
      ),
    );
    const element = host.querySelector('ik-wrapper-probe');
    if (element === null) throw new Error('not rendered');
    element.dispatchEvent(new Event('ik-integration-created', { bubbles: true }));
    expect(created).toEqual(['ik-integration-created']);
    expect(changed).toEqual([]);
    root.unmount();
  });
});
