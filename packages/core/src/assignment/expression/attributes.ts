/**
 * Attributes of Okta's base user profile (`user.*`), the ones username expressions reference.
 * Orgs with custom profile attributes pass them through `CompileOptions.attributes`.
 */
export const OKTA_USER_ATTRIBUTES = [
  'login',
  'email',
  'secondEmail',
  'firstName',
  'lastName',
  'middleName',
  'honorificPrefix',
  'honorificSuffix',
  'title',
  'displayName',
  'nickName',
  'profileUrl',
  'primaryPhone',
  'mobilePhone',
  'streetAddress',
  'city',
  'state',
  'zipCode',
  'countryCode',
  'postalAddress',
  'preferredLanguage',
  'locale',
  'timezone',
  'userType',
  'employeeNumber',
  'costCenter',
  'organization',
  'division',
  'department',
  'managerId',
  'manager',
] as const;

/** One of {@link OKTA_USER_ATTRIBUTES}. */
export type OktaUserAttribute = (typeof OKTA_USER_ATTRIBUTES)[number];
