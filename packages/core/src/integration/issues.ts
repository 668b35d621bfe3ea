import type { z } from 'zod';
import { IntegrakitError, type IntegrakitErrorCode } from '../errors.js';

/** One reason an integration or a step was refused: where, which rule, and a sentence for humans. */
export interface Issue {
  /** Path of the offending field, e.g. `['signOn', 'config', 'ssoAcsUrl']`; empty for whole-object rules. */
  readonly path: readonly (string | number)[];
  /** Stable rule identifier, e.g. `too_small`, `swa_locked_by_password_sync`. */
  readonly code: string;
  /** Starts with the field path, like the protocol modules' messages. */
  readonly message: string;
}

/** `['signOn', 'config', 'redirectUris', 0]` → `signOn.config.redirectUris[0]`; empty reads `(root)`. */
export function formatIssuePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}

/** Builds an {@link Issue} whose message is prefixed with its path. */
export function issue(path: readonly (string | number)[], code: string, message: string): Issue {
  return { path, code, message: `${formatIssuePath(path)}: ${message}` };
}

/** Converts zod issues, optionally nesting them under `prefix`. */
export function issuesFromZod(issues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[] = []): Issue[] {
  return issues.map((zodIssue) =>
    issue(
      [...prefix, ...zodIssue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))],
      zodIssue.code,
      zodIssue.message,
    ),
  );
}

/** Shared shape of core's errors that list {@link Issue}s. Never carries field values, so secrets cannot leak. */
abstract class IssuesError extends IntegrakitError {
  readonly issues: readonly Issue[];

  constructor(code: IntegrakitErrorCode, title: string, issues: readonly Issue[]) {
    super(code, `${title}:\n${issues.map((item) => `  - ${item.message}`).join('\n')}`);
    this.issues = issues;
  }
}

/** An integration breaks a rule of the model (`ERR_INVALID_INTEGRATION`). */
export class IntegrationValidationError extends IssuesError {
  override name = 'IntegrationValidationError';

  constructor(issues: readonly Issue[]) {
    super('ERR_INVALID_INTEGRATION', 'Invalid integration', issues);
  }
}

/** A flow step cannot be left (or an action is not allowed) because of `issues` (`ERR_INVALID_STEP`). */
export class StepValidationError extends IssuesError {
  override name = 'StepValidationError';
  /** The step the issues belong to. */
  readonly step: string;

  constructor(step: string, issues: readonly Issue[]) {
    super('ERR_INVALID_STEP', `Step '${step}' is invalid`, issues);
    this.step = step;
  }
}
