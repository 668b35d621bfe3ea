import { expect } from 'vitest';
import { isIntegrakitError } from '../../../errors.js';
import { StepValidationError } from '../../issues.js';

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
