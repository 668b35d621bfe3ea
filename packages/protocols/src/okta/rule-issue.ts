import * as z from 'zod/mini';

/**
 * Adds a cross-field rule violation to a zod refinement. zod's own codes cover types and formats;
 * our rules carry their own stable code (`grant_not_allowed`, `jwks_required`, …) so that
 * `ConfigValidationError.issues[].code` names the rule. zod keeps an unknown code as given.
 */
export function addRuleIssue(
  ctx: z.core.$RefinementCtx,
  path: readonly (string | number)[],
  rule: string,
  message: string,
): void {
  ctx.addIssue({ code: rule, path: [...path], message } as unknown as Parameters<z.core.$RefinementCtx['addIssue']>[0]);
}

/** Refines `schema` with `check`, reporting a failure under the stable code `rule`. */
export function withRule<T extends z.ZodMiniType>(
  schema: T,
  rule: string,
  message: string,
  check: (value: z.output<T>) => boolean,
): T {
  return schema.check(
    z.superRefine((value: z.output<T>, ctx) => {
      if (!check(value)) addRuleIssue(ctx, [], rule, message);
    }),
  );
}
