// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta username templates are literal `${…}` text, not JS templates.
import { BUILT_IN_USERNAME_TEMPLATES, type BuiltInUsernameTemplate } from '@integrakit/protocols/shared';
import * as z from 'zod/mini';
import { compileExpression } from './expression/compile.js';
import { ExpressionError } from './expression/errors.js';

// The built-in formats are Okta's list, shared with the protocol modules; core adds their evaluation.
export { BUILT_IN_USERNAME_FORMATS, type BuiltInUsernameTemplate } from '@integrakit/protocols/shared';

/** Okta's default format: the Okta username. */
export const DEFAULT_USERNAME_TEMPLATE = { type: 'BUILT_IN', template: '${source.login}' } as const;

/**
 * Okta stores some custom expressions wrapped as `${…}`; the expression itself is what is checked.
 * Only a single outer wrapper is removed, so `${a}${b}` stays as written (and is refused).
 */
export function unwrapCustomTemplate(template: string): string {
  const match = /^\$\{([\s\S]*)\}$/.exec(template.trim());
  const inner = match?.[1];
  return inner !== undefined && !inner.includes('${') ? inner : template;
}

/**
 * Application username format (`credentials.userNameTemplate`), validated by type. On `zod/mini`:
 * the browser's wizards parse it, and classic zod's object schemas cost them 4× the bytes.
 */
export const UsernameTemplateSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('BUILT_IN'),
    template: z.enum(BUILT_IN_USERNAME_TEMPLATES, { error: 'must be one of the built-in username formats' }),
    /** Suffix for `LDAP UID + custom suffix`. */
    userSuffix: z.optional(z.string().check(z.maxLength(100))),
  }),
  z.object({
    type: z.literal('CUSTOM'),
    /** An Okta Expression Language expression, e.g. `String.substringBefore(user.email, "@")`. */
    template: z.string().check(
      z.minLength(1),
      z.maxLength(1024),
      z.superRefine((template, ctx) => {
        try {
          const compiled = compileExpression(unwrapCustomTemplate(template));
          if (compiled.type === 'boolean')
            ctx.addIssue({ code: 'custom', message: 'must produce text, not true/false' });
        } catch (error) {
          if (!(error instanceof ExpressionError)) throw error;
          ctx.addIssue({
            code: 'custom',
            message: error.message,
            params: { reason: error.reason, position: error.position },
          });
        }
      }),
    ),
  }),
  z.object({ type: z.literal('NONE') }),
]);

/** A validated application username format. */
export type UsernameTemplate = z.output<typeof UsernameTemplateSchema>;
/** A username format as written (defaults may be omitted). */
export type UsernameTemplateInput = z.input<typeof UsernameTemplateSchema>;

/** Attributes a username is computed from: the Okta user profile (and AD/LDAP attributes mastered into it). */
export type UserProfile = Readonly<Record<string, unknown>>;

/**
 * Computes the app username for `profile`. Returns `null` for format `NONE` or when the attributes
 * the format needs are missing, so the caller must then require a manual username.
 * @throws ExpressionError when a custom expression produces an over-long result.
 */
export function computeUsername(template: UsernameTemplate, profile: UserProfile): string | null {
  switch (template.type) {
    case 'NONE':
      return null;
    case 'CUSTOM': {
      const value = compileExpression(unwrapCustomTemplate(template.template)).evaluate({ user: profile });
      return value === null || value === '' ? null : String(value);
    }
    case 'BUILT_IN':
      return evaluateBuiltIn(template.template, profile, template.userSuffix ?? '');
  }
}

// Built-ins are interpreted from their stored text, so Okta's list is the only definition.
const segment =
  /\$\{(?:source\.(\w+)|instance\.userSuffix|fn:(toLowerCase|substringBefore)\(source\.(\w+)(?:, "([^"]*)")?\))\}/g;

function evaluateBuiltIn(template: BuiltInUsernameTemplate, profile: UserProfile, suffix: string): string | null {
  let out = '';
  for (const [, plain, fn, argument, separator] of template.matchAll(segment)) {
    if (plain === undefined && fn === undefined) {
      out += suffix;
      continue;
    }
    const value = profile[plain ?? argument ?? ''];
    if (typeof value !== 'string' || value === '') return null;
    if (fn === 'toLowerCase') out += value.toLowerCase();
    // JSTL's fn:substringBefore yields '' when the separator is absent (unlike String.substringBefore).
    else if (fn === 'substringBefore')
      out += value.includes(separator ?? '') ? value.slice(0, value.indexOf(separator ?? '')) : '';
    else out += value;
  }
  return out === '' ? null : out;
}
