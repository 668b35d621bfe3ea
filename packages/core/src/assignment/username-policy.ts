import { fromOktaUserNameTemplate, type OktaUserNameTemplate } from '@integrakit/protocols/shared';
import { ExpressionError } from './expression/errors.js';
import { computeUsername, DEFAULT_USERNAME_TEMPLATE, UsernameTemplateSchema, type UserProfile } from './usernames.js';

/** The app username of one person being assigned, as the Admin Console's assign dialog treats it. */
export interface AssignmentUsername {
  /**
   * `editable`: prefilled from a built-in format, the admin may change it; `readonly`: computed
   * by a custom expression, which decides it; `required`: the format gives none (None, or the
   * person lacks the attributes it needs), so the admin must type one.
   */
  readonly mode: 'editable' | 'readonly' | 'required';
  /** The prefilled value ('' when required). */
  readonly value: string;
}

/** Longest app username Okta keeps. */
export const MAX_APP_USERNAME_LENGTH = 100;

/**
 * The username field for assigning the person with `profile` to an app whose format is the wire
 * `credentials.userNameTemplate`. A format that does not parse (or a custom expression that fails
 * on this person) leaves the field required rather than guessing.
 */
export function assignmentUsername(wire: OktaUserNameTemplate | undefined, profile: UserProfile): AssignmentUsername {
  const input = fromOktaUserNameTemplate(wire);
  // Okta's default format applies when an app names none (no template, or BUILT_IN without text).
  const parsed = UsernameTemplateSchema.safeParse(
    input.type === 'BUILT_IN' && input.template === undefined ? { ...input, ...DEFAULT_USERNAME_TEMPLATE } : input,
  );
  if (!parsed.success || parsed.data.type === 'NONE') return { mode: 'required', value: '' };
  let value: string | null;
  try {
    value = computeUsername(parsed.data, profile);
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    value = null;
  }
  if (value === null) return { mode: 'required', value: '' };
  return { mode: parsed.data.type === 'CUSTOM' ? 'readonly' : 'editable', value };
}

/**
 * The reason `value` cannot be sent as the app username for `mode`, or undefined when it can
 * (the same rules `createAssignments().assignUser` applies: 1–100 characters, not blank).
 */
export function appUsernameProblem(
  mode: AssignmentUsername['mode'],
  value: string,
): 'username_required' | 'invalid_username' | undefined {
  if (value.trim() === '') return mode === 'required' ? 'username_required' : 'invalid_username';
  return value.length > MAX_APP_USERNAME_LENGTH ? 'invalid_username' : undefined;
}
