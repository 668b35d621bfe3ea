import { describe, expect, it } from 'vitest';
import { formatPath } from '../errors.js';
import { isSecret } from '../okta/secret.js';
import { issueAt } from '../test-utils/issues.js';
import { define, policyWarnings, safeDefine } from './define.js';
import type { ScimConfigInput } from './scim.schema.js';

const valid: ScimConfigInput = {
  baseUrl: 'https://app.example.com/scim/v2/',
  actions: ['pushProfileUpdates', 'pushNewUsers'],
  auth: { type: 'bearer', token: 'a-long-enough-bearer-token' },
  mappings: [{ scimAttribute: 'userName', expression: 'user.login' }],
};

const invalid: [string, Record<string, unknown>, (string | number)[], string][] = [
  ['baseUrl not a URL', { baseUrl: 'not a url' }, ['baseUrl'], 'invalid_format'],
  ['baseUrl ftp', { baseUrl: 'ftp://app.example.com/scim' }, ['baseUrl'], 'invalid_format'],
  ['baseUrl http off loopback', { baseUrl: 'http://app.example.com/scim' }, ['baseUrl'], 'https_required'],
  ['baseUrl with query', { baseUrl: 'https://app.example.com/scim?x=1' }, ['baseUrl'], 'no_query'],
  ['baseUrl with fragment', { baseUrl: 'https://app.example.com/scim#v2' }, ['baseUrl'], 'no_fragment'],
  ['baseUrl with userinfo', { baseUrl: 'https://u:p@app.example.com/scim' }, ['baseUrl'], 'no_userinfo'],
  ['baseUrl missing', { baseUrl: undefined }, ['baseUrl'], 'invalid_type'],
  ['userIdField bad path', { userIdField: 'user name' }, ['userIdField'], 'invalid_format'],
  ['userIdField unmapped', { userIdField: 'externalId' }, ['userIdField'], 'unmapped_identifier'],
  ['actions empty', { actions: [] }, ['actions'], 'too_small'],
  ['actions unknown', { actions: ['pushEverything'] }, ['actions', 0], 'invalid_value'],
  ['actions duplicate', { actions: ['pushNewUsers', 'pushNewUsers'] }, ['actions', 1], 'duplicate_action'],
  [
    'deactivation without push',
    { actions: ['importGroups', 'pushUserDeactivation'] },
    ['actions', 1],
    'action_requires_push',
  ],
  ['reactivation without push', { actions: ['reactivateUsers'] }, ['actions', 0], 'action_requires_push'],
  [
    'sync password without push',
    { actions: ['importNewUsersAndProfileUpdates', 'syncPassword'] },
    ['actions', 1],
    'action_requires_push',
  ],
  ['auth missing', { auth: undefined }, ['auth'], 'invalid_type'],
  ['auth type unknown', { auth: { type: 'apikey', token: 'x' } }, ['auth', 'type'], 'invalid_union'],
  ['bearer token empty', { auth: { type: 'bearer', token: '' } }, ['auth', 'token'], 'too_small'],
  ['bearer extra key', { auth: { type: 'bearer', token: 'abc', header: 'X-Key' } }, ['auth'], 'unrecognized_keys'],
  [
    'basic username empty',
    { auth: { type: 'basic', username: '', password: 'pw' } },
    ['auth', 'username'],
    'too_small',
  ],
  [
    'basic username colon',
    { auth: { type: 'basic', username: 'a:b', password: 'pw' } },
    ['auth', 'username'],
    'invalid_format',
  ],
  ['basic password missing', { auth: { type: 'basic', username: 'a' } }, ['auth', 'password'], 'invalid_union'],
  [
    'oauth2 tokenUrl http',
    { auth: { type: 'oauth2', tokenUrl: 'http://idp.example.com/token', clientId: 'c', clientSecret: 's' } },
    ['auth', 'tokenUrl'],
    'https_required',
  ],
  [
    'oauth2 tokenUrl bad',
    { auth: { type: 'oauth2', tokenUrl: 'token', clientId: 'c', clientSecret: 's' } },
    ['auth', 'tokenUrl'],
    'invalid_format',
  ],
  [
    'oauth2 clientId empty',
    { auth: { type: 'oauth2', tokenUrl: 'https://idp.example.com/t', clientId: '', clientSecret: 's' } },
    ['auth', 'clientId'],
    'too_small',
  ],
  [
    'oauth2 scope with space',
    {
      auth: {
        type: 'oauth2',
        tokenUrl: 'https://idp.example.com/t',
        clientId: 'c',
        clientSecret: 's',
        scopes: ['a b'],
      },
    },
    ['auth', 'scopes', 0],
    'invalid_format',
  ],
  [
    'mapping bad path',
    { mappings: [{ scimAttribute: 'name..givenName', expression: 'user.firstName' }] },
    ['mappings', 0, 'scimAttribute'],
    'invalid_format',
  ],
  [
    'mapping empty expression',
    { mappings: [{ scimAttribute: 'userName', expression: '  ' }] },
    ['mappings', 0, 'expression'],
    'too_small',
  ],
  [
    'mapping long expression',
    { mappings: [{ scimAttribute: 'userName', expression: 'x'.repeat(1025) }] },
    ['mappings', 0, 'expression'],
    'too_big',
  ],
  [
    'mapping bad type',
    { mappings: [{ scimAttribute: 'userName', expression: 'user.login', type: 'text' }] },
    ['mappings', 0, 'type'],
    'invalid_value',
  ],
  [
    'mapping bad direction',
    { mappings: [{ scimAttribute: 'userName', expression: 'user.login', direction: 'sideways' }] },
    ['mappings', 0, 'direction'],
    'invalid_value',
  ],
  [
    'mapping duplicate',
    {
      mappings: [
        { scimAttribute: 'userName', expression: 'a' },
        { scimAttribute: 'USERNAME', expression: 'b' },
      ],
    },
    ['mappings', 1, 'scimAttribute'],
    'duplicate_mapping',
  ],
  ['unknown top-level key', { baseURL: 'https://x.example.com' }, [], 'unrecognized_keys'],
];

describe('scim.define', () => {
  it('accepts a valid config, canonicalising URL and action order and wrapping the token', () => {
    const config = define(valid);
    expect(config.baseUrl).toBe('https://app.example.com/scim/v2');
    expect(config.actions).toEqual(['pushNewUsers', 'pushProfileUpdates']);
    expect(config.userIdField).toBe('userName');
    expect(config.mappings[0]).toEqual({
      scimAttribute: 'userName',
      expression: 'user.login',
      type: 'string',
      required: false,
      direction: 'toApp',
    });
    expect(config.auth.type === 'bearer' && isSecret(config.auth.token)).toBe(true);
  });

  it('accepts http on loopback and filtered SCIM paths', () => {
    expect(define({ ...valid, baseUrl: 'http://127.0.0.1:8080/scim' }).baseUrl).toBe('http://127.0.0.1:8080/scim');
    const mappings = [
      { scimAttribute: 'emails[type eq "work"].value', expression: 'user.email' },
      {
        scimAttribute: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department',
        expression: 'user.department',
      },
    ];
    expect(define({ ...valid, mappings: [...(valid.mappings ?? []), ...mappings] }).mappings).toHaveLength(3);
  });

  it.each(invalid)('refuses %s, naming field and rule', (_name, change, path, code) => {
    const result = safeDefine({ ...valid, ...change } as ScimConfigInput, { policy: 'okta' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => [issue.path, issue.code])).toContainEqual([path, code]);
    issueAt(result.error, formatPath(path), code);
  });

  it('has at least 30 invalid cases', () => {
    expect(invalid.length).toBeGreaterThanOrEqual(30);
  });

  it('applies the strict policy by default, and okta policy opts out', () => {
    const weak = {
      ...valid,
      auth: { type: 'bearer' as const, token: 'short' },
      mappings: [{ scimAttribute: 'userName', expression: 'user.login', direction: 'toOkta' as const }],
    };
    const strict = safeDefine(weak);
    expect(strict.success).toBe(false);
    if (strict.success) return;
    expect(strict.error.issues.map((i) => [i.path, i.code])).toEqual([
      [['mappings', 0, 'direction'], 'mapping_unused'],
      [['mappings'], 'identifier_not_pushed'],
      [['auth', 'token'], 'weak_secret'],
    ]);
    const config = define(weak, { policy: 'okta' });
    expect(policyWarnings(config).map((i) => i.code)).toEqual([
      'mapping_unused',
      'identifier_not_pushed',
      'weak_secret',
    ]);
  });

  it('never puts secret values into errors', () => {
    const secret = `secret-${crypto.randomUUID()}`;
    const result = safeDefine({
      ...valid,
      baseUrl: 'nope',
      auth: { type: 'basic', username: 'a:b', password: secret },
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.message).not.toContain(secret);
    expect(JSON.stringify(result.error.issues)).not.toContain(secret);
  });
});
