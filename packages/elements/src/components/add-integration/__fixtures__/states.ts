import type { CatalogEntry } from '@integrakit/core/catalog';
import { type AddFlowDraft, type AddFlowOptions, createAddFlow, type FlowState } from '@integrakit/core/flows';

/** The steps of the add flow a story or test can open. */
export type AddStep = 'general' | 'signOn' | 'username' | 'usernameUpdate' | 'passwordReveal' | 'done';

/**
 * Core's add-flow state at `step`, reached the way a user would: tenant settings filled, `protocol`
 * chosen, every step left with Next. Stories and screenshots open the element there with `resume`.
 */
export function addStateAt(
  entry: CatalogEntry,
  step: AddStep,
  options: AddFlowOptions,
  protocol: AddFlowDraft['signOn']['protocol'] = undefined,
): FlowState<AddFlowDraft> {
  const flow = createAddFlow(entry, options);
  const settings = Object.fromEntries(entry.settings.map((setting) => [setting.name, setting.example ?? 'tenant']));
  let state = flow.update(flow.start(), { tenantSettings: settings });
  for (let guard = 0; guard < 8; guard++) {
    if (state.step === 'signOn' && protocol !== undefined) state = flow.update(state, { protocol });
    if (state.step === step) return state;
    state = flow.next(state);
  }
  return state;
}
