import type { z } from 'zod';
import { ConfigValidationError, issuesFromZod } from './errors.js';

/** Result of a `safeDefine` call, shaped like zod's `safeParse`. */
export type SafeDefineResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: ConfigValidationError };

/** The throwing and safe `define` pair every protocol module exposes. */
export interface Definer<Input, Output> {
  /** Validates `input` and returns the typed config; throws {@link ConfigValidationError}. */
  define(input: Input): Output;
  /** Validates `input` without throwing. */
  safeDefine(input: Input): SafeDefineResult<Output>;
}

/** Builds a protocol module's `define`/`safeDefine` pair from its zod schema, the one source of truth. */
export function createDefiner<S extends z.ZodType>(schema: S): Definer<z.input<S>, z.output<S>> {
  const safeDefine = (input: z.input<S>): SafeDefineResult<z.output<S>> => {
    const result = schema.safeParse(input);
    if (result.success) return { success: true, data: result.data };
    return { success: false, error: new ConfigValidationError(issuesFromZod(result.error.issues)) };
  };
  const define = (input: z.input<S>): z.output<S> => {
    const result = safeDefine(input);
    if (!result.success) throw result.error;
    return result.data;
  };
  return { define, safeDefine };
}
