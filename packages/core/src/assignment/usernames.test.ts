// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta username templates are literal `${…}` text, not JS templates.
import { BUILT_IN_USERNAME_FORMATS as OKTA_BUILT_IN_USERNAME_FORMATS } from '@integrakit/protocols/shared';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_USERNAME_FORMATS,
  computeUsername,
  type UsernameTemplateInput,
  UsernameTemplateSchema,
  unwrapCustomTemplate,
} from './usernames.js';

const profile = {
  login: 'Ada.Lovelace@Example.com',
  email: 'Ada@Example.com',
  samAccountName: 'ALovelace',
  userName: 'ada@corp.example.com',
  employeeID: 'E-1815',
};
const compute = (input: UsernameTemplateInput, user: Record<string, unknown> = profile) =>
  computeUsername(UsernameTemplateSchema.parse(input), user);

describe('built-in username formats', () => {
  it("are Okta's list from the protocols package, each one computable here", () => {
    expect(BUILT_IN_USERNAME_FORMATS).toBe(OKTA_BUILT_IN_USERNAME_FORMATS);
    for (const { template } of BUILT_IN_USERNAME_FORMATS) {
      expect(compute({ type: 'BUILT_IN', template }), template).toMatch(/\S/);
    }
  });

  it.each([
    ['${source.login}', 'Ada.Lovelace@Example.com'],
    ['${fn:substringBefore(source.login, "@")}', 'Ada.Lovelace'],
    ['${source.email}', 'Ada@Example.com'],
    ['${fn:toLowerCase(source.email)}', 'ada@example.com'],
    ['${fn:substringBefore(source.email, "@")}', 'Ada'],
    ['${source.samAccountName}', 'ALovelace'],
    ['${fn:toLowerCase(source.samAccountName)}', 'alovelace'],
    ['${source.userName}', 'ada@corp.example.com'],
    ['${fn:substringBefore(source.userName, "@")}', 'ada'],
    ['${source.employeeID}', 'E-1815'],
  ] as const)('%s computes from the profile', (template, expected) => {
    expect(compute({ type: 'BUILT_IN', template })).toBe(expected);
  });

  it('appends the instance suffix for LDAP UID + custom suffix', () => {
    const template = '${source.userName}${instance.userSuffix}';
    expect(compute({ type: 'BUILT_IN', template, userSuffix: '.ldap' })).toBe('ada@corp.example.com.ldap');
    expect(compute({ type: 'BUILT_IN', template })).toBe('ada@corp.example.com');
  });

  it('yields no username when the attribute is missing or the prefix is empty', () => {
    expect(compute({ type: 'BUILT_IN', template: '${source.samAccountName}' }, { login: 'a@b' })).toBeNull();
    expect(
      compute({ type: 'BUILT_IN', template: '${fn:substringBefore(source.login, "@")}' }, { login: 'nobody' }),
    ).toBeNull();
  });

  it('refuses a BUILT_IN type with a template that is not built in', () => {
    const result = UsernameTemplateSchema.safeParse({ type: 'BUILT_IN', template: '${source.firstName}' });
    expect(result.success).toBe(false);
  });
});

describe('custom and NONE formats', () => {
  it('computes a custom expression, also when stored wrapped in ${…}', () => {
    expect(compute({ type: 'CUSTOM', template: 'String.substringBefore(user.email, "@")' })).toBe('Ada');
    expect(compute({ type: 'CUSTOM', template: '${String.toLowerCase(user.login)}' })).toBe('ada.lovelace@example.com');
    expect(unwrapCustomTemplate('${a}${b}')).toBe('${a}${b}');
  });

  it('refuses custom expressions with unknown names, with the position in the issue', () => {
    const result = UsernameTemplateSchema.safeParse({ type: 'CUSTOM', template: 'user.login + user.salary' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('at position 13');
    expect(
      UsernameTemplateSchema.safeParse({ type: 'CUSTOM', template: 'String.stringContains(user.login, "@")' }).success,
    ).toBe(false);
  });

  it('NONE never computes a username', () => {
    expect(compute({ type: 'NONE' })).toBeNull();
  });
});
