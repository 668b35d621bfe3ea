import type { Issue } from '@integrakit/core/flows';

/** The parts of an Okta error response (core's `ApiError`) that name fields. */
export interface OktaErrorLike {
  readonly errorCode?: string | undefined;
  readonly errorSummary?: string | undefined;
  readonly errorCauses?: readonly { readonly errorSummary: string }[] | undefined;
}

// Okta codes whose causes say more than "invalid": E0000040 is a taken application label.
const CODES: Readonly<Record<string, string>> = { E0000040: 'duplicate_label' };

/**
 * Okta error JSON as issues: each `errorCauses[].errorSummary` of the form `field.path: message`
 * becomes an issue at that path (mapped by `toPath`, e.g. `settings.app.subdomain` →
 * `['tenantSettings', 'subdomain']`) whose message is the rule alone, as core's are; causes naming no field, or no causes at all, become one issue
 * at the root, so the summary links it to the first field.
 */
export function serverIssues(
  error: OktaErrorLike,
  toPath: (wirePath: readonly string[]) => readonly (string | number)[] = (path) => path,
): Issue[] {
  const code = CODES[error.errorCode ?? ''] ?? 'server';
  const causes = (error.errorCauses ?? []).map((cause) => {
    const match = /^([A-Za-z0-9_.[\]]{1,200}): (.*)$/s.exec(cause.errorSummary);
    if (match?.[1] === undefined) return { path: [], code, message: cause.errorSummary };
    const path = toPath(match[1].split(/[.[\]]+/).filter(Boolean));
    return { path, code, message: match[2] ?? '' };
  });
  return causes.length > 0
    ? causes
    : [{ path: [], code, message: error.errorSummary ?? 'The server refused the request' }];
}
