import { randomBytes } from 'node:crypto';
import { type Issue, isIntegrakitError } from '@integrakit/core';
import { describeIssue } from '@integrakit/protocols/shared';

/** An Okta error response to send. */
export class OktaHttpError extends Error {
  readonly status: number;
  readonly errorCode: string;
  readonly causes: readonly string[];
  constructor(status: number, errorCode: string, summary: string, causes: readonly string[] = []) {
    super(summary);
    this.status = status;
    this.errorCode = errorCode;
    this.causes = causes;
  }
}

/** Okta's error JSON (`Error`): `errorCode`, `errorSummary`, `errorLink`, `errorId`, `errorCauses`. */
export function errorBody(error: OktaHttpError): Record<string, unknown> {
  return {
    errorCode: error.errorCode,
    errorSummary: error.message,
    errorLink: error.errorCode,
    errorId: `oae${randomBytes(11).toString('base64url')}`,
    errorCauses: error.causes.map((errorSummary) => ({ errorSummary })),
  };
}

/** 400 `E0000001` with one `path: message` cause per issue, as Okta words its causes. */
export function validationError(issues: readonly Issue[]): OktaHttpError {
  if (issues.some((item) => item.code === 'duplicate_label')) {
    return new OktaHttpError(
      400,
      'E0000040',
      'Application label must not be the same as an existing application label.',
      issues.map(describeIssue),
    );
  }
  return new OktaHttpError(400, 'E0000001', 'Api validation failed', issues.map(describeIssue));
}

export const notFound = (what: string) => new OktaHttpError(404, 'E0000007', `Not found: Resource not found: ${what}`);

const assignmentStatus: Record<string, [number, string]> = {
  duplicate: [409, 'E0000062'],
  unknown_user: [404, 'E0000007'],
  unknown_group: [404, 'E0000007'],
  not_assigned: [404, 'E0000007'],
  inactive_integration: [403, 'E0000039'],
  username_not_allowed: [400, 'E0000041'],
};

/** Maps core's and the protocol modules' errors to Okta's; anything else becomes a 500 without details. */
export function toOktaHttpError(error: unknown): OktaHttpError {
  if (error instanceof OktaHttpError) return error;
  if (isIntegrakitError(error, 'ERR_INVALID_INTEGRATION') || isIntegrakitError(error, 'ERR_INVALID_STEP')) {
    return validationError((error as unknown as { issues: Issue[] }).issues);
  }
  if (isIntegrakitError(error, 'ERR_NOT_FOUND'))
    return new OktaHttpError(404, 'E0000007', `Not found: ${error.message}`);
  if (isIntegrakitError(error, 'ERR_LIFECYCLE')) {
    return new OktaHttpError(403, 'E0000056', 'Delete application forbidden.', [`lifecycle: ${error.message}`]);
  }
  if (isIntegrakitError(error, 'ERR_ASSIGNMENT') || isIntegrakitError(error, 'ERR_EXPRESSION')) {
    const reason = (error as { reason?: string }).reason ?? 'assignment';
    const [status, code] = assignmentStatus[reason] ?? [400, 'E0000001'];
    return new OktaHttpError(status, code, 'Api validation failed', [`${reason}: ${error.message}`]);
  }
  console.error('integrakit server: unexpected error', error);
  return new OktaHttpError(500, 'E0000009', 'Internal Server Error');
}
