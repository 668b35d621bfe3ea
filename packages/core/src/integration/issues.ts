import { type ConfigIssue, describeIssue, issuesFromZod } from '@integrakit/protocols/shared';
import type * as z from 'zod/mini';
import { IntegrakitError, type IntegrakitErrorCode } from '../errors.js';

/**
 * One reason an integration or a step was refused: where (`path`), which rule (`code`) and the rule
 * in words. The same shape as the protocol modules' issues.
 */
export type Issue = ConfigIssue;

/** Builds an {@link Issue}. */
export function issue(path: readonly (string | number)[], code: string, message: string): Issue {
  return { path, code, message };
}

/** Moves issues found in a nested object (a protocol config, a zod-checked patch) under `prefix`. */
export function nestIssues(issues: readonly Issue[], prefix: readonly (string | number)[]): Issue[] {
  return issues.map((item) => moveIssue(item, [...prefix, ...item.path]));
}

/** The same issue at another path. */
export function moveIssue(item: Issue, path: readonly (string | number)[]): Issue {
  return issue(path, item.code, item.message);
}

/** Converts zod issues, nested under `prefix`. */
export function zodIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[] = []): Issue[] {
  return nestIssues(issuesFromZod(issues), prefix);
}

/** Shared shape of core's errors that list {@link Issue}s. Never carries field values, so secrets cannot leak. */
abstract class IssuesError extends IntegrakitError {
  readonly issues: readonly Issue[];

  constructor(code: IntegrakitErrorCode, title: string, issues: readonly Issue[]) {
    super(code, `${title}:\n${issues.map((item) => `  - ${describeIssue(item)}`).join('\n')}`);
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
