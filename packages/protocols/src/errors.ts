import type * as z from 'zod/mini';

/** One reason a config was refused: where (`path`), which rule (`code`) and a sentence for humans. */
export interface ConfigIssue {
  /** Path of the offending field, e.g. `['redirectUris', 0]`. Empty for whole-object rules. */
  readonly path: readonly (string | number)[];
  /** Stable rule identifier, e.g. `invalid_url`, `too_small`, `https_required`. */
  readonly code: string;
  /** The rule in words (`must use https`); `path` names the field, so the message does not repeat it. */
  readonly message: string;
}

/**
 * Thrown by a protocol module's `define` (and returned by `safeDefine`) when input breaks a rule.
 * Never carries the offending values, so secrets in the input cannot leak through the error. Its
 * `message` lists every issue as `path: message` ({@link describeIssue}).
 */
export class ConfigValidationError extends Error {
  override readonly name = 'ConfigValidationError';
  readonly code = 'ERR_CONFIG_VALIDATION';
  readonly issues: readonly ConfigIssue[];

  constructor(issues: readonly ConfigIssue[], options?: { cause?: unknown }) {
    super(formatIssues(issues), options);
    this.issues = issues;
  }
}

/** Realm-safe check (works across iframes and duplicated package copies): matches on `name` and `code`. */
export function isConfigValidationError(value: unknown): value is ConfigValidationError {
  return (
    value instanceof Error &&
    value.name === 'ConfigValidationError' &&
    (value as { code?: unknown }).code === 'ERR_CONFIG_VALIDATION'
  );
}

/** Converts zod issues into {@link ConfigIssue}s. */
export function issuesFromZod(issues: readonly z.core.$ZodIssue[]): ConfigIssue[] {
  return issues.map((issue) => {
    const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    return { path, code: issue.code, message: issue.message };
  });
}

/** One issue as a line for people: `redirectUris[0]: must use https`; a whole-object rule is its message alone. */
export function describeIssue(issue: Pick<ConfigIssue, 'path' | 'message'>): string {
  return issue.path.length === 0 ? issue.message : `${formatPath(issue.path)}: ${issue.message}`;
}

/** `['redirectUris', 0, 'host']` → `redirectUris[0].host`; an empty path reads `(root)`. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}

function formatIssues(issues: readonly ConfigIssue[]): string {
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  return `Invalid configuration (${count}):\n${issues.map((issue) => `  - ${describeIssue(issue)}`).join('\n')}`;
}
