import { expect } from 'vitest';
import { type ConfigIssue, type ConfigValidationError, describeIssue, formatPath } from '../errors.js';

/**
 * The issue of `error` at `field` (spelled as `formatPath` spells it: `redirectUris[0]`, `(root)`),
 * checked to say its rule without repeating the path, while the error's summary names both.
 */
export function issueAt(error: ConfigValidationError, field: string, code?: string): ConfigIssue {
  const issue = error.issues.find(
    (item) => formatPath(item.path) === field && (code === undefined || item.code === code),
  );
  expect(issue, error.message).toBeDefined();
  const found = issue as ConfigIssue;
  expect(found.message.startsWith(`${field}:`), found.message).toBe(false);
  expect(error.message).toContain(describeIssue(found));
  return found;
}
