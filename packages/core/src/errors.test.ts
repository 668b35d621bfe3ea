import { describe, expect, it } from 'vitest';
import { IntegrakitError, isIntegrakitError } from './errors.js';

describe('IntegrakitError', () => {
  it('carries a stable code and cause', () => {
    const cause = new Error('root');
    const error = new IntegrakitError('ERR_NOT_FOUND', 'No such app', { cause });
    expect(error.code).toBe('ERR_NOT_FOUND');
    expect(error.cause).toBe(cause);
    expect(isIntegrakitError(error)).toBe(true);
    expect(isIntegrakitError(error, 'ERR_NOT_FOUND')).toBe(true);
    expect(isIntegrakitError(error, 'ERR_LIFECYCLE')).toBe(false);
  });

  it('rejects look-alikes without the brand', () => {
    expect(isIntegrakitError({ code: 'ERR_NOT_FOUND' })).toBe(false);
    expect(isIntegrakitError(Object.assign(new Error('plain'), { code: 'ERR_NOT_FOUND' }))).toBe(false);
    expect(isIntegrakitError(null)).toBe(false);
  });
});
