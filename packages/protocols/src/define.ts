import * as z from 'zod/mini';
import { type ConfigIssue, ConfigValidationError, issuesFromZod } from './errors.js';
import { fieldSchema, unknownKeyIssues } from './unknown-keys.js';
import { configErrorMap } from './zod-messages.js';

/** Result of a `safeDefine` call, shaped like zod's `safeParse`. */
export type SafeDefineResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: ConfigValidationError };

/** Options every protocol module's `define` accepts. */
export interface DefineOptions {
  /**
   * `'strict'` enforces Integrakit's policy on top of Okta's own rules (https except loopback,
   * certificate checks, no SHA-1, …); `'okta'` accepts exactly what Okta's API accepts, and the
   * shortfalls are still listed by `policyWarnings`.
   * @default 'strict'
   */
  readonly policy?: 'strict' | 'okta';
}

/** Lists where a valid config falls short of the stricter policy; empty when it does not. */
export type PolicyCheck<T> = (config: T) => ConfigIssue[];

/** The `define` / `safeDefine` / `policyWarnings` trio every protocol module exposes. */
export interface Definer<Input, Output> {
  /** Validates `input` and returns the typed config; throws {@link ConfigValidationError}. */
  define(input: Input, options?: DefineOptions): Output;
  /** Validates `input` without throwing. */
  safeDefine(input: Input, options?: DefineOptions): SafeDefineResult<Output>;
  /** Where `config` (for instance one read back with `fromOktaApp`) falls short of the strict policy. */
  policyWarnings(config: Output): ConfigIssue[];
  /**
   * The issues of the one top-level field `key` of `input`, by that field's own rules (paths from the
   * config's root), for checking a field as it is typed; rules across fields and the policy are
   * left to {@link safeDefine}. `undefined` when the schema has no field `key` to check alone.
   */
  fieldIssues(input: Readonly<Record<string, unknown>>, key: string): ConfigIssue[] | undefined;
}

/**
 * Builds a protocol module's `define` family from its zod schema (Okta's rules, the single source
 * of truth for types) and an optional policy check (Integrakit's stricter defaults). Keys the
 * schema does not know are refused (zod would drop them), with the closest known key suggested.
 */
export function createDefiner<S extends z.core.$ZodType>(
  schema: S,
  policy: PolicyCheck<z.output<S>> = () => [],
): Definer<z.input<S>, z.output<S>> {
  const safeDefine = (input: z.input<S>, options?: DefineOptions): SafeDefineResult<z.output<S>> => {
    const result = z.safeParse(schema, input, { error: configErrorMap });
    const unknown = unknownKeyIssues(schema, input);
    if (!result.success || unknown.length > 0) {
      const issues = result.success ? [] : issuesFromZod(result.error.issues);
      return { success: false, error: new ConfigValidationError([...issues, ...unknown]) };
    }
    const shortfalls = (options?.policy ?? 'strict') === 'strict' ? policy(result.data) : [];
    if (shortfalls.length > 0) return { success: false, error: new ConfigValidationError(shortfalls) };
    return { success: true, data: result.data };
  };
  const define = (input: z.input<S>, options?: DefineOptions): z.output<S> => {
    const result = safeDefine(input, options);
    if (!result.success) throw result.error;
    return result.data;
  };
  const fieldIssues = (input: Readonly<Record<string, unknown>>, key: string): ConfigIssue[] | undefined => {
    const field = fieldSchema(schema, key);
    if (field === undefined) return undefined;
    const value = Object.hasOwn(input, key) ? input[key] : undefined;
    const result = z.safeParse(field, value, { error: configErrorMap });
    const issues = result.success ? [] : issuesFromZod(result.error.issues);
    return [...issues, ...unknownKeyIssues(field, value)].map((issue) => ({ ...issue, path: [key, ...issue.path] }));
  };
  return { define, safeDefine, policyWarnings: policy, fieldIssues };
}

/**
 * Parses an Okta payload with `schema`, throwing {@link ConfigValidationError} on what Okta's own
 * rules refuse. Shared by every module's `fromOktaApp`, which passes `toWirePath` when it validates a
 * config built from the payload: each issue then names the payload's field, not the config's.
 */
export function parseOrThrow<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  toWirePath: (path: ConfigIssue['path']) => ConfigIssue['path'] = (path) => path,
): z.output<S> {
  const result = z.safeParse(schema, input, { error: configErrorMap });
  if (!result.success) {
    // A config read from a payload is refused at the payload field the caller sent.
    const issues = issuesFromZod(result.error.issues).map((issue) => ({ ...issue, path: toWirePath(issue.path) }));
    throw new ConfigValidationError(issues);
  }
  return result.data;
}
