import { compileExpression, type EffectiveAssignment, ExpressionError } from '@integrakit/core/assignment';
import type { SamlConfig } from '@integrakit/protocols/saml';
import type { StoredUser } from '../../store/directory.js';

/** What an assertion says about the person: NameID and evaluated attribute statements. */
export interface AssertionSubject {
  readonly nameId: string;
  readonly attributes: Record<string, string | string[]>;
}

type Statements = Pick<SamlConfig, 'attributeStatements' | 'groupAttributeStatements'>;

/**
 * One attribute statement value for the person: an Okta expression (`user.email`, `appuser.x`,
 * `String.toUpperCase(user.login)`…), or, when it does not parse as one, the literal text (as the
 * Admin Console lets admins type plain values). `null` when the expression has no value.
 */
function evaluate(source: string, user: StoredUser, appUser: EffectiveAssignment): string | null {
  try {
    const compiled = compileExpression(source, {
      userAttributes: Object.keys(user.profile),
      appUserAttributes: Object.keys(appUser.profile),
    });
    const value = compiled.evaluate({ user: user.profile, appuser: appUser.profile });
    return value === null ? null : String(value);
  } catch (error) {
    if (error instanceof ExpressionError && error.reason === 'syntax') return source;
    return null;
  }
}

const GROUP_FILTERS = {
  STARTS_WITH: (name: string, filter: string) => name.startsWith(filter),
  EQUALS: (name: string, filter: string) => name === filter,
  CONTAINS: (name: string, filter: string) => name.includes(filter),
  // The config schema already refused patterns that could backtrack catastrophically.
  REGEX: (name: string, filter: string) => new RegExp(`^(?:${filter})$`).test(name),
} as const;

/**
 * The NameID (the app username the server computed for the person, their login when the format
 * is `NONE`) and the app's attribute and group attribute statements evaluated for them; a
 * statement whose every value is null is left out, as Okta leaves it out.
 */
export function assertionSubject(
  statements: Statements,
  user: StoredUser,
  appUser: EffectiveAssignment,
  groupNames: readonly string[],
): AssertionSubject {
  const attributes: Record<string, string | string[]> = {};
  for (const statement of statements.attributeStatements) {
    const values = statement.values.flatMap((source) => evaluate(source, user, appUser) ?? []);
    if (values.length > 0) attributes[statement.name] = values.length === 1 ? (values[0] as string) : values;
  }
  for (const statement of statements.groupAttributeStatements) {
    const matches = groupNames.filter((name) => GROUP_FILTERS[statement.filterType](name, statement.filterValue));
    if (matches.length > 0) attributes[statement.name] = matches;
  }
  return { nameId: appUser.username ?? user.profile.login, attributes };
}
