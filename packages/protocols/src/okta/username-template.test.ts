// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta username templates are literal `${…}` text, not JS templates.
import { describe, expect, it } from 'vitest';
import { expectValidAgainst, openApiSchemas } from '../test-utils/openapi.js';
import { describeWithReference } from '../test-utils/reference.js';
import {
  BUILT_IN_USERNAME_FORMATS,
  BUILT_IN_USERNAME_TEMPLATES,
  USERNAME_SUFFIX_TEMPLATE,
  USERNAME_TEMPLATE_TYPES,
  USERNAME_UPDATE_ON,
} from './username-formats.js';
import {
  type ApplicationUsername,
  type ApplicationUsernameInput,
  applicationUsernameSchema,
  fromOktaUserNameTemplate,
  type OktaUserNameTemplate,
  toOktaUserNameTemplate,
} from './username-template.js';

const refusal = (input: ApplicationUsernameInput) => {
  const result = applicationUsernameSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}:${issue.code}`);
};

describe('built-in username formats', () => {
  it('are the eleven Okta stores, with their Admin Console labels, in its order', () => {
    expect(BUILT_IN_USERNAME_FORMATS.map((format) => [format.label, format.template])).toEqual([
      ['Okta username', '${source.login}'],
      ['Okta username prefix', '${fn:substringBefore(source.login, "@")}'],
      ['Email', '${source.email}'],
      ['Email (lowercase)', '${fn:toLowerCase(source.email)}'],
      ['Email prefix', '${fn:substringBefore(source.email, "@")}'],
      ['AD SAM Account Name', '${source.samAccountName}'],
      ['AD SAM Account Name (lowercase)', '${fn:toLowerCase(source.samAccountName)}'],
      ['AD User Principal Name', '${source.userName}'],
      ['AD User Principal Name prefix', '${fn:substringBefore(source.userName, "@")}'],
      ['AD Employee ID', '${source.employeeID}'],
      ['LDAP UID + custom suffix', '${source.userName}${instance.userSuffix}'],
    ]);
    expect(BUILT_IN_USERNAME_TEMPLATES).toEqual(BUILT_IN_USERNAME_FORMATS.map((format) => format.template));
  });
});

describe('applicationUsernameSchema', () => {
  it("fills Okta's defaults: the Okta username, recomputed on update", () => {
    expect(applicationUsernameSchema.parse({})).toEqual({
      type: 'BUILT_IN',
      template: '${source.login}',
      updateOn: 'CREATE_AND_UPDATE',
    });
  });

  it.each([
    ['a built-in type with an expression of its own', { template: '${user.nickName}' }, ['template:not_built_in']],
    ['a built-in spelled differently', { template: '${source.login} ' }, ['template:not_built_in']],
    ['Create only with a built-in', { updateOn: 'CREATE_ONLY' }, ['updateOn:custom_only']],
    ['Create only without a username', { type: 'NONE', updateOn: 'CREATE_ONLY' }, ['updateOn:custom_only']],
    ['a suffix on another built-in', { template: '${source.email}', userSuffix: '@x' }, ['userSuffix:suffix_unused']],
    [
      'a suffix on a custom expression',
      { type: 'CUSTOM', template: USERNAME_SUFFIX_TEMPLATE, userSuffix: '@x' },
      ['userSuffix:suffix_unused'],
    ],
    ['an empty suffix', { template: USERNAME_SUFFIX_TEMPLATE, userSuffix: '' }, ['userSuffix:too_small']],
    ['an empty template', { type: 'CUSTOM', template: '' }, ['template:too_small']],
    ['an unknown type', { type: 'SCRIPT' } as never, ['type:invalid_value']],
    ['an unknown field', { pushStatus: 'PUSH' } as never, [':unrecognized_keys']],
  ] as const)('refuses %s', (_name, input, expected) => {
    expect(refusal(input)).toEqual(expected);
  });

  it.each([
    ['Create only with a custom expression', { type: 'CUSTOM', template: 'user.login', updateOn: 'CREATE_ONLY' }],
    ['the LDAP suffix', { template: USERNAME_SUFFIX_TEMPLATE, userSuffix: '.ldap' }],
    ['the LDAP template without a suffix', { template: USERNAME_SUFFIX_TEMPLATE }],
    ['no username', { type: 'NONE' }],
  ] as const)('accepts %s', (_name, input) => {
    expect(refusal(input)).toEqual([]);
  });
});

describe('Okta wire form (credentials.userNameTemplate)', () => {
  it('carries "Update application username on" as the pushStatus of a custom template only', () => {
    const custom = { type: 'CUSTOM', template: 'user.login' } as const;
    expect(toOktaUserNameTemplate({ ...custom, updateOn: 'CREATE_ONLY' })).toEqual({
      ...custom,
      pushStatus: 'DONT_PUSH',
    });
    expect(toOktaUserNameTemplate({ ...custom, updateOn: 'CREATE_AND_UPDATE' })).toEqual({
      ...custom,
      pushStatus: 'PUSH',
    });
    expect(
      toOktaUserNameTemplate({
        type: 'BUILT_IN',
        template: USERNAME_SUFFIX_TEMPLATE,
        userSuffix: '.ldap',
        updateOn: 'CREATE_AND_UPDATE',
      }),
    ).toEqual({ type: 'BUILT_IN', template: USERNAME_SUFFIX_TEMPLATE, userSuffix: '.ldap' });
  });

  it.each([
    [{ type: 'CUSTOM', template: 'user.login', pushStatus: 'PUSH' }, 'CREATE_AND_UPDATE'],
    [{ type: 'CUSTOM', template: 'user.login', pushStatus: 'DONT_PUSH' }, 'CREATE_ONLY'],
    // Okta stores DONT_PUSH for a custom template sent without pushStatus (okta-domain §2.1).
    [{ type: 'CUSTOM', template: 'user.login' }, 'CREATE_ONLY'],
    [{ type: 'CUSTOM', template: 'user.login', pushStatus: 'NOT_CONFIGURED' }, 'CREATE_ONLY'],
    // pushStatus is only effective for CUSTOM.
    [{ type: 'BUILT_IN', template: '${source.email}', pushStatus: 'DONT_PUSH' }, 'CREATE_AND_UPDATE'],
    [{ type: 'NONE', pushStatus: 'NOT_CONFIGURED' }, 'CREATE_AND_UPDATE'],
  ] as const)('reads %o as %s', (wire, updateOn) => {
    expect(applicationUsernameSchema.parse(fromOktaUserNameTemplate(wire)).updateOn).toBe(updateOn);
  });

  it('reads an absent template, or the type "" the spec allows, as the default', () => {
    const defaults = applicationUsernameSchema.parse({});
    expect(applicationUsernameSchema.parse(fromOktaUserNameTemplate(undefined))).toEqual(defaults);
    expect(applicationUsernameSchema.parse(fromOktaUserNameTemplate({ type: '' }))).toEqual(defaults);
    expect(fromOktaUserNameTemplate({ type: '', template: '${source.email}' })).toMatchObject({ type: 'BUILT_IN' });
  });

  it('round-trips every combination the rules accept', () => {
    const templates = [...BUILT_IN_USERNAME_TEMPLATES, 'String.toLowerCase(user.email)'];
    let accepted = 0;
    for (const type of USERNAME_TEMPLATE_TYPES)
      for (const template of templates)
        for (const updateOn of USERNAME_UPDATE_ON)
          for (const userSuffix of [undefined, '.ldap']) {
            const parsed = applicationUsernameSchema.safeParse({
              type,
              template,
              updateOn,
              ...(userSuffix === undefined ? {} : { userSuffix }),
            });
            if (!parsed.success) continue;
            accepted += 1;
            const wire: OktaUserNameTemplate = JSON.parse(JSON.stringify(toOktaUserNameTemplate(parsed.data)));
            const back: ApplicationUsername = applicationUsernameSchema.parse(fromOktaUserNameTemplate(wire));
            expect(back).toEqual(parsed.data);
          }
    // 11 built-ins × 1 + the suffix template once more; 12 custom × 2; 12 NONE × 1.
    expect(accepted).toBe(12 + 24 + 12);
  });
});

describeWithReference('username template vs the Okta OpenAPI spec', () => {
  const spec = () =>
    openApiSchemas().ApplicationCredentialsUsernameTemplate as {
      properties: { template: { description: string; default: string } };
    };

  it("lists exactly the spec's built-in table, labels included", () => {
    const rows = [...spec().properties.template.description.matchAll(/^\|\s*([^|]+?)\s*\|\s*`([^`]+)`\s*\|$/gm)].map(
      ([, label, template]) => [label, template],
    );
    expect(rows).toHaveLength(11);
    const ours = BUILT_IN_USERNAME_FORMATS.map((format) => [format.label, format.template]);
    expect([...ours].sort()).toEqual([...rows].sort());
    expect(applicationUsernameSchema.parse({}).template).toBe(spec().properties.template.default);
  });

  it('writes payloads the spec accepts', () => {
    for (const username of [
      applicationUsernameSchema.parse({ type: 'CUSTOM', template: 'user.login', updateOn: 'CREATE_ONLY' }),
      applicationUsernameSchema.parse({ template: USERNAME_SUFFIX_TEMPLATE, userSuffix: '.ldap' }),
      applicationUsernameSchema.parse({ type: 'NONE' }),
    ]) {
      expectValidAgainst('ApplicationCredentialsUsernameTemplate', toOktaUserNameTemplate(username));
    }
  });
});
