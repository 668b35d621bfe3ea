// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta expressions spell ${…} literally.
import { beforeAll, describe, expect, it } from 'vitest';
import { isConfigValidationError } from '../errors.js';
import { compareSecretsByValue } from '../okta/test-equality.js';
import { revealSecrets } from '../scim/secret.js';
import { define, policyWarnings, safeDefine } from './define.js';
import { fromOktaApp, toOktaApp } from './okta.js';
import type { SwaConfigInput } from './swa.schema.js';

beforeAll(() => compareSecretsByValue());

const plugin: SwaConfigInput = {
  mode: 'BROWSER_PLUGIN',
  label: 'Intranet',
  loginUrl: 'https://intranet.example.com/login',
  usernameSelector: '#user',
  passwordSelector: '#pass',
  submitSelector: 'button[type="submit"]',
};
const shared = `pw-${crypto.randomUUID()}`;

const invalid: [string, Record<string, unknown>, (string | number)[], string][] = [
  ['label empty', { label: ' ' }, ['label'], 'too_small'],
  ['label too long', { label: 'x'.repeat(101) }, ['label'], 'too_big'],
  ['loginUrl not a URL', { loginUrl: 'intranet' }, ['loginUrl'], 'invalid_format'],
  ['selector empty', { usernameSelector: '' }, ['usernameSelector'], 'too_small'],
  ['selector unbalanced', { passwordSelector: 'input[name="p"' }, ['passwordSelector'], 'invalid_selector'],
  ['selector unclosed quote', { submitSelector: "button[title='go]" }, ['submitSelector'], 'invalid_selector'],
  ['extra field without value', { extraField: { selector: '#org' } }, ['extraField', 'value'], 'invalid_type'],
  ['bad regex', { loginUrlRegex: '(' }, ['loginUrlRegex'], 'invalid_regex'],
  ['redirectUrl on plugin', { redirectUrl: 'https://x.example.com' }, [], 'unrecognized_keys'],
  ['unknown scheme', { credentials: { scheme: 'ANYONE' } }, ['credentials', 'scheme'], 'invalid_value'],
  [
    'reveal with admin scheme',
    { credentials: { scheme: 'ADMIN_SETS_CREDENTIALS', revealPassword: true } },
    ['credentials', 'revealPassword'],
    'reveal_not_allowed',
  ],
  [
    'reveal with password sync',
    { credentials: { scheme: 'EXTERNAL_PASSWORD_SYNC', revealPassword: true } },
    ['credentials', 'revealPassword'],
    'reveal_not_allowed',
  ],
  [
    'shared without username',
    { credentials: { scheme: 'SHARED_USERNAME_AND_PASSWORD', sharedPassword: 'p' } },
    ['credentials', 'sharedUsername'],
    'shared_required',
  ],
  [
    'shared password elsewhere',
    { credentials: { sharedPassword: 'p' } },
    ['credentials', 'sharedPassword'],
    'shared_only',
  ],
  [
    'built-in template unknown',
    { credentials: { applicationUsername: { type: 'BUILT_IN', template: '${user.nickName}' } } },
    ['credentials', 'applicationUsername', 'template'],
    'not_built_in',
  ],
  [
    'Create only without custom',
    { credentials: { applicationUsername: { updateOn: 'CREATE_ONLY' } } },
    ['credentials', 'applicationUsername', 'updateOn'],
    'custom_only',
  ],
  ['sync password with other scheme', { syncPassword: true }, ['credentials', 'scheme'], 'sync_password_locks_sign_on'],
  ['mode unknown', { mode: 'FORM_POST' }, ['mode'], 'invalid_union'],
];

describe('swa.define', () => {
  it.each(invalid)('refuses %s, naming field and rule', (_name, change, path, code) => {
    const result = safeDefine({ ...plugin, ...change } as SwaConfigInput, { policy: 'okta' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((i) => [i.path, i.code])).toContainEqual([path, code]);
  });

  it('requires https unless policy okta, and lists the shortfall', () => {
    const http = { ...plugin, loginUrl: 'http://intranet.example.com/login' };
    expect(() => define(http)).toThrow(/loginUrl: must use https/);
    expect(policyWarnings(define(http, { policy: 'okta' })).map((i) => i.code)).toEqual(['https_required']);
  });

  it('accepts Sync Password with the locked scheme', () => {
    expect(
      define({ ...plugin, syncPassword: true, credentials: { scheme: 'EXTERNAL_PASSWORD_SYNC' } }).syncPassword,
    ).toBe(true);
  });
});

describe('swa Okta mapping', () => {
  const cases: [string, SwaConfigInput][] = [
    ['template_swa', { ...plugin, loginUrlRegex: '^https://intranet\\.example\\.com/.*' }],
    ['template_swa3field', { ...plugin, extraField: { selector: '#org', value: 'ACME' } }],
    [
      'AUTO_LOGIN',
      {
        mode: 'AUTO_LOGIN',
        label: 'Portal',
        loginUrl: 'https://portal.example.com',
        redirectUrl: 'https://portal.example.com/2',
      },
    ],
    [
      'shared credentials',
      {
        ...plugin,
        credentials: { scheme: 'SHARED_USERNAME_AND_PASSWORD', sharedUsername: 'team', sharedPassword: shared },
      },
    ],
    [
      'custom username and sync',
      {
        ...plugin,
        syncPassword: true,
        credentials: {
          scheme: 'EXTERNAL_PASSWORD_SYNC',
          applicationUsername: { type: 'CUSTOM', template: 'String.toLowerCase(user.login)', updateOn: 'CREATE_ONLY' },
        },
      },
    ],
  ];

  it.each(cases)('round-trips %s', (_name, input) => {
    const config = define(input);
    expect(fromOktaApp(toOktaApp(config))).toEqual(config);
    expect(fromOktaApp(revealSecrets(toOktaApp(config)))).toEqual(config);
  });

  it('names the template by field set and keeps the shared password out of JSON', () => {
    expect(toOktaApp(define(cases[1]?.[1] as SwaConfigInput))).toMatchObject({
      name: 'template_swa3field',
      settings: { app: { userNameSelector: '#user', targetURL: plugin.loginUrl } },
    });
    const payload = toOktaApp(define(cases[3]?.[1] as SwaConfigInput));
    expect(JSON.stringify(payload)).not.toContain(shared);
    expect(JSON.stringify(revealSecrets(payload))).toContain(shared);
  });

  describe('fromOktaApp names the payload field a config rule refuses (not the config name)', () => {
    const pathsOf = (payload: unknown) => {
      try {
        fromOktaApp(payload);
      } catch (error) {
        if (isConfigValidationError(error)) return error.issues.map((issue) => issue.path.join('.'));
        throw error;
      }
      return expect.unreachable('the payload was accepted');
    };
    /** The payload of `input` with `fields` changed in its one settings group (`app` or `signOn`). */
    const app = (input: SwaConfigInput, fields: Record<string, unknown>, credentials: Record<string, unknown> = {}) => {
      const payload = toOktaApp(define(input));
      const [[group, values]] = Object.entries(payload.settings) as [[string, object]];
      return {
        ...payload,
        settings: { [group]: { ...values, ...fields } },
        credentials: { ...payload.credentials, ...credentials },
      };
    };
    const threeField: SwaConfigInput = { ...plugin, extraField: { selector: '#org', value: 'ACME' } };
    const autoLogin: SwaConfigInput = { mode: 'AUTO_LOGIN', label: 'Portal', loginUrl: 'https://portal.example.com' };

    it.each([
      ['settings.app.url', app(plugin, { url: 'ftp://intranet.example.com' })],
      ['settings.app.usernameField', app(plugin, { usernameField: '' })],
      ['settings.app.buttonField', app(plugin, { buttonField: 'button[type="submit"' })],
      ['settings.app.targetURL', app(threeField, { targetURL: 'intranet' })],
      ['settings.app.userNameSelector', app(threeField, { userNameSelector: ' ' })],
      ['settings.app.extraFieldValue', app(threeField, { extraFieldValue: '' })],
      ['settings.signOn.loginUrl', app(autoLogin, { loginUrl: 'portal' })],
      ['settings.signOn.redirectUrl', app(autoLogin, { redirectUrl: 'ftp://portal' })],
      ['credentials.password.value', app(plugin, {}, { password: { value: 'not shared' } })],
      ['credentials.revealPassword', app(plugin, {}, { scheme: 'ADMIN_SETS_CREDENTIALS', revealPassword: true })],
    ])('%s', (field, payload) => {
      expect(pathsOf(payload)).toEqual([field]);
    });
  });

  it('refuses a payload whose name and field set disagree', () => {
    const bad = {
      name: 'template_swa3field',
      label: 'x',
      signOnMode: 'BROWSER_PLUGIN',
      settings: { app: { url: 'https://a.example.com', usernameField: 'a', passwordField: 'b', buttonField: 'c' } },
    };
    expect(() => fromOktaApp(bad)).toThrow(/settings\.app\.targetURL/);
  });
});
