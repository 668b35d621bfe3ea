import { IntegrakitError } from '../../errors.js';

/** Why an expression was refused, stable for programs (the message is for humans). */
export type ExpressionErrorReason =
  | 'syntax'
  | 'unknown_function'
  | 'unknown_attribute'
  | 'type'
  | 'too_long'
  | 'too_deep'
  | 'result_too_long';

/**
 * Thrown when an Okta Expression Language expression cannot be defined or evaluated. `position`
 * is the 0-based offset in the source where the problem starts, so editors can underline it.
 */
export class ExpressionError extends IntegrakitError {
  override name = 'ExpressionError';
  readonly reason: ExpressionErrorReason;
  readonly position: number;

  constructor(reason: ExpressionErrorReason, message: string, position: number) {
    super('ERR_EXPRESSION', `${message} (at position ${position})`);
    this.reason = reason;
    this.position = position;
  }
}
