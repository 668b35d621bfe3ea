import { IntegrakitError } from '../errors.js';

/** Why an assignment was refused. */
export type AssignmentErrorReason =
  | 'inactive_integration'
  | 'unknown_user'
  | 'unknown_group'
  | 'duplicate'
  | 'not_assigned'
  | 'username_required'
  | 'username_not_allowed'
  | 'invalid_username'
  | 'invalid_priority'
  | 'invalid_order';

/** An assignment rule refused the request (`ERR_ASSIGNMENT`); `reason` says which rule. */
export class AssignmentError extends IntegrakitError {
  override name = 'AssignmentError';
  readonly reason: AssignmentErrorReason;

  constructor(reason: AssignmentErrorReason, message: string) {
    super('ERR_ASSIGNMENT', message);
    this.reason = reason;
  }
}
