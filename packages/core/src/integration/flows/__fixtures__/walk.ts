import fc from 'fast-check';
import { expect } from 'vitest';
import { propertyRuns } from '../../../../../../scripts/property-runs.js';
import { isIntegrakitError } from '../../../errors.js';
import { defaultProtocols } from '../../default-protocols.js';
import { StepValidationError } from '../../issues.js';
import type { IntegrationDraft } from '../../model.js';
import { safeValidateIntegration } from '../../validate.js';
import { DONE, type Flow, type FlowAction } from '../machine.js';

/** The issue codes (as `path:code`) of the StepValidationError `action` throws; fails if it throws none. */
export function refusal(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(StepValidationError);
    expect(isIntegrakitError(error, 'ERR_INVALID_STEP')).toBe(true);
    return (error as StepValidationError).issues.map((item) => `${item.path.join('.')}:${item.code}`);
  }
  throw new Error('expected a StepValidationError');
}

/**
 * Property: along every walk, `flow` throws nothing but StepValidationError, and whenever it is at
 * Done its result is a valid integration (also checked by `check`) and its state survives JSON.
 * Fails too if no walk reached Done, since the property would then say nothing.
 */
export function assertWalksStayValid<Draft>(
  flow: Flow<Draft>,
  walk: fc.Arbitrary<FlowAction[]>,
  options: { readonly runs: number; readonly check?: (result: IntegrationDraft) => void },
): void {
  let reachedDone = 0;
  fc.assert(
    fc.property(walk, (actions) => {
      let state = flow.start();
      for (const item of actions) {
        try {
          state = flow.dispatch(state, item);
        } catch (error) {
          expect(error).toBeInstanceOf(StepValidationError);
        }
        if (state.step === DONE) {
          reachedDone += 1;
          const result = flow.result(state);
          expect(safeValidateIntegration(result, { protocols: defaultProtocols }).success).toBe(true);
          expect(JSON.parse(JSON.stringify(state))).toEqual(state);
          options.check?.(result);
        }
      }
    }),
    { numRuns: propertyRuns(options.runs) },
  );
  expect(reachedDone).toBeGreaterThan(0);
}
