import { type Issue, issue } from '../issues.js';

const valueAt = (values: unknown, path: readonly (string | number)[]): unknown =>
  path.reduce<unknown>(
    (value, key) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined),
    values,
  );

/**
 * Protocol modules report a field that was never filled in as a type error (zod's `invalid_type`
 * with "received undefined"); a wizard says it is required, as the Admin Console does. `values`
 * is what the module checked, found at `prefix` of the issue paths.
 */
export function missingAsRequired(
  issues: readonly Issue[],
  values: unknown,
  prefix: readonly (string | number)[],
): Issue[] {
  return issues.map((item) =>
    item.code === 'invalid_type' && valueAt(values, item.path.slice(prefix.length)) === undefined
      ? issue(item.path, 'required', 'is required')
      : item,
  );
}
