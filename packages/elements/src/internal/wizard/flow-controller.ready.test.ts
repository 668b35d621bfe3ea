import type { ProtocolRegistry } from '@integrakit/core';
import { type CustomFlowDraft, createCustomFlow, loadMethodProtocols } from '@integrakit/core/flows';
import { LitElement } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { FlowController } from './flow-controller.js';

/** A bare host: the controller's Next, with a protocol module that arrives when the test says. */
class ReadyHost extends LitElement {
  registry: Partial<Record<keyof ProtocolRegistry, NonNullable<ProtocolRegistry[keyof ProtocolRegistry]>>> = {};
  pending: Promise<unknown> | undefined;
  readonly wizard = new FlowController<CustomFlowDraft>(this, { ready: () => this.pending });
}
customElements.define('ik-test-ready-host', ReadyHost);

/** A promise the test settles. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** A host on **Configure SAML** with nothing entered, the SAML module not registered yet. */
function onSamlSettings(): ReadyHost {
  const host = document.createElement('ik-test-ready-host') as ReadyHost;
  document.body.append(host);
  const flow = createCustomFlow({ protocols: host.registry });
  let state = flow.next(flow.update(flow.start(), { protocol: 'saml' }));
  state = flow.next(flow.update(state, { label: 'Acme' }));
  host.wizard.start(flow, state);
  return host;
}

const codes = (host: ReadyHost) => host.wizard.issues.map((issue) => `${issue.path.join('.')}:${issue.code}`);

afterEach(() => {
  for (const host of document.querySelectorAll('ik-test-ready-host')) host.remove();
});

describe('FlowController: Next waits for what the step needs', () => {
  it('validates with the protocol module once it arrives, not before', async () => {
    const host = onSamlSettings();
    const module = deferred();
    host.pending = module.promise;
    expect(host.wizard.state?.step).toBe('settings');

    expect(host.wizard.next()).toBe(false);
    expect(host.wizard.waiting).toBe(true);
    expect(host.wizard.busy).toBe(true);
    expect(host.wizard.issues).toEqual([]);
    // A second Next while waiting is ignored: one validation when the module arrives.
    expect(host.wizard.next()).toBe(false);

    Object.assign(host.registry, await loadMethodProtocols('saml'));
    host.pending = undefined;
    module.resolve();
    await expect.poll(() => host.wizard.waiting).toBe(false);

    expect(host.wizard.busy).toBe(false);
    expect(host.wizard.state?.step).toBe('settings');
    expect(codes(host)).toContain('signOn.config.ssoUrl:required');
    expect(codes(host).some((code) => code.endsWith(':protocol_unavailable'))).toBe(false);
  });

  it('validates anyway, once, when the load fails: the step says it could not load', async () => {
    const host = onSamlSettings();
    const module = deferred();
    host.pending = module.promise;

    expect(host.wizard.next()).toBe(false);
    module.reject(new Error('chunk failed to load'));
    await expect.poll(() => host.wizard.waiting).toBe(false);

    expect(host.wizard.busy).toBe(false);
    expect(host.wizard.state?.step).toBe('settings');
    expect(codes(host)).toEqual(['signOn.config:protocol_unavailable']);
  });

  it('moves at once when nothing is pending', async () => {
    const host = onSamlSettings();
    Object.assign(host.registry, await loadMethodProtocols('saml'));
    host.wizard.update({ config: { ssoUrl: 'https://sp.example.test/acs', audience: 'https://sp.example.test' } });

    expect(host.wizard.next()).toBe(true);
    expect(host.wizard.waiting).toBe(false);
    expect(host.wizard.state?.step).toBe('username');
  });
});
