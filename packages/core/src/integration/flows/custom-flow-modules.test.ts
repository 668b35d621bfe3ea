import { describe, expect, it } from 'vitest';
import { defaultProtocols } from '../default-protocols.js';
import type { ProtocolRegistry } from '../registry.js';
import { createApiServiceFlow, createCustomFlow } from './custom-flow.js';
import type { CustomFlowDraft } from './custom-flow-steps.js';
import type { Flow, FlowState } from './machine.js';

// A registry that records whether any protocol module was looked up.
const watchedRegistry = () => {
  const seen = { read: false };
  const protocols = new Proxy(defaultProtocols, {
    get(target, key, receiver) {
      seen.read = true;
      return Reflect.get(target, key, receiver);
    },
  }) as ProtocolRegistry;
  return { seen, protocols };
};

const methods = [
  { protocol: 'saml' },
  { protocol: 'oidc', applicationType: 'web' },
  { protocol: 'oidc', applicationType: 'browser' },
  { protocol: 'swa' },
  { protocol: 'wsfed' },
  { protocol: 'api-service' },
] as const;

const flows: readonly { name: string; create: typeof createCustomFlow; patch: (typeof methods)[number] }[] = [
  ...methods.map((patch) => ({ name: `custom ${Object.values(patch).join(' ')}`, create: createCustomFlow, patch })),
  { name: 'api-service', create: createApiServiceFlow, patch: { protocol: 'api-service' } },
];

// Method chosen, named and provisioning turned on, so every step of that method is enabled and
// checks all it can (a step that only sometimes reads the registry still needs the module).
const chosen = (flow: Flow<CustomFlowDraft>, patch: object): FlowState<CustomFlowDraft> => {
  let state = flow.start();
  if (state.step === 'method') state = flow.next(flow.update(state, patch));
  const named = flow.update(state, { label: 'Acme' });
  return { ...named, draft: { ...named.draft, provisioning: { ...named.draft.provisioning, enabled: true } } };
};

describe('steps: needsProtocolModule', () => {
  it.each(flows)('is true exactly on the steps whose checks read the registry ($name)', ({ create, patch }) => {
    const { seen, protocols } = watchedRegistry();
    const flow = create({ protocols });
    const state = chosen(flow, patch);
    const steps = flow.steps(state);
    expect(steps.length).toBeGreaterThan(1);
    for (const step of steps) {
      seen.read = false;
      flow.issues(state, step.id);
      expect({ step: step.id, needsProtocolModule: step.needsProtocolModule }).toEqual({
        step: step.id,
        needsProtocolModule: seen.read,
      });
    }
  });

  it('lets the module-free steps be left with an empty registry', () => {
    const flow = createCustomFlow({ protocols: {} });
    const general = flow.next(flow.update(flow.start(), { protocol: 'saml' }));
    expect(
      flow
        .steps(general)
        .filter((step) => !step.needsProtocolModule)
        .map((step) => step.id),
    ).toEqual(['method', 'general']);
    expect(flow.next(flow.update(general, { label: 'Acme' })).step).toBe('settings');
  });
});
