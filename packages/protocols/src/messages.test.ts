// The wording `define` uses for what zod finds: refused unknown keys with a suggestion, enum typos
// naming the closest values, and zod's defaults rewritten to read like the rest of the errors.
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { define as defineApiService } from './api-service/index.js';
import { createDefiner } from './define.js';
import { type ConfigValidationError, describeIssue, formatPath } from './errors.js';
import { define as defineOidc, type OidcConfigInput } from './oidc/index.js';
import { closest } from './suggest.js';

const web: OidcConfigInput = {
  label: 'Portal',
  applicationType: 'web',
  grantTypes: ['authorization_code'],
  redirectUris: ['https://portal.example.com/cb'],
};

/**
 * The issues of what `run` throws as its summary spells them (`path: message`), each checked to
 * leave its path out of its own message.
 */
function messages(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    const { issues, message } = error as ConfigValidationError;
    for (const issue of issues) expect(issue.message.startsWith(`${formatPath(issue.path)}:`)).toBe(false);
    const lines = issues.map(describeIssue);
    for (const line of lines) expect(message).toContain(line);
    return lines;
  }
  throw new Error('expected a ConfigValidationError');
}

describe('unknown keys', () => {
  it("refuses Okta's snake_case with the camelCase key it meant", () => {
    const { redirectUris, ...rest } = web;
    expect(messages(() => defineOidc({ ...rest, redirect_uris: redirectUris } as never))).toContain(
      'redirect_uris: is not a known field; did you mean `redirectUris`?',
    );
  });

  it('refuses unknown keys in nested objects and array items, without a suggestion when none is close', () => {
    const { define } = createDefiner(
      z.object({ items: z.array(z.object({ name: z.string() })), loose: z.looseObject({}).optional() }),
    );
    expect(
      messages(() =>
        define({
          items: [
            { name: 'a', nmae: 'b' },
            { name: 'c', colour: 'red' },
          ],
        } as never),
      ),
    ).toEqual(['items[0].nmae: is not a known field; did you mean `name`?', 'items[1].colour: is not a known field']);
    expect(define({ items: [], loose: { anything: true } } as never)).toEqual({ items: [], loose: { anything: true } });
  });

  it('refuses keys named after Object.prototype members instead of crashing on them', () => {
    const { define } = createDefiner(z.object({ nested: z.object({ name: z.string() }).optional() }));
    expect(messages(() => define({ nested: { name: 'a', valueOf: false, constructor: 1 } } as never))).toEqual([
      'nested.valueOf: is not a known field',
      'nested.constructor: is not a known field',
    ]);
    expect(messages(() => defineOidc({ ...web, jwks: { valueOf: false } } as never)).length).toBeGreaterThan(0);
  });

  it('picks the option of a discriminated union by its tag', () => {
    const { define } = createDefiner(
      z.discriminatedUnion('type', [
        z.object({ type: z.literal('bearer'), token: z.string() }),
        z.object({ type: z.literal('basic'), username: z.string() }),
      ]),
    );
    expect(messages(() => define({ type: 'bearer', token: 't', username: 'u' } as never))).toEqual([
      'username: is not a known field',
    ]);
  });
});

describe('enum values', () => {
  it('names the closest scope instead of listing all of them', () => {
    const [message = ''] = messages(() =>
      defineApiService({
        label: 'Sync',
        clientId: 'user-sync',
        scopes: ['okta.user.read'],
        clientAuth: { method: 'client_secret_basic' },
      } as never),
    );
    expect(message).toMatch(/^scopes\[0\]: is not one of the \d+ allowed values; did you mean "okta\.users\.read"\?$/);
    expect(message.length).toBeLessThan(120);
  });

  it('names the closest grant, and lists short enums in full', () => {
    expect(messages(() => defineOidc({ ...web, grantTypes: ['authorization_cod'] } as never))).toContain(
      'grantTypes[0]: is not one of the 15 allowed values; did you mean "authorization_code"?',
    );
    expect(messages(() => defineOidc({ ...web, applicationType: 'webb' } as never))[0]).toBe(
      'applicationType: must be one of "web", "browser", "native" or "service"; did you mean "web"?',
    );
  });
});

describe("zod's wording, rewritten", () => {
  it('says required, and bounds in the field’s own unit', () => {
    expect(messages(() => defineOidc({ applicationType: 'web' } as never))).toEqual(
      expect.arrayContaining(['label: required', 'grantTypes: required']),
    );
    expect(
      messages(() =>
        defineOidc({
          ...web,
          grantTypes: ['authorization_code', 'refresh_token'],
          refreshToken: { rotationType: 'ROTATE', leeway: 61 },
        }),
      ),
    ).toEqual(['refreshToken.leeway: must be at most 60 seconds']);
    const { define } = createDefiner(
      z.object({ name: z.string().min(3).max(5), tags: z.array(z.string()).min(1), url: z.url() }),
    );
    expect(messages(() => define({ name: 'ab', tags: [], url: 'nope' }))).toEqual([
      'name: must have at least 3 characters',
      'tags: must not be empty',
      'url: must be a valid URL',
    ]);
    expect(messages(() => define({ name: 'abcdef', tags: 'x', url: 'https://a.example' } as never))).toEqual([
      'name: must have at most 5 characters',
      'tags: must be a list',
    ]);
  });

  it("keeps a schema's own message", () => {
    const { define } = createDefiner(z.object({ port: z.number().max(10, 'must be a small port') }));
    expect(messages(() => define({ port: 11 }))).toEqual(['port: must be a small port']);
  });
});

describe('an implicit grant on a web app', () => {
  it('derives the response types instead of blaming responseTypes, which was never set', () => {
    const app = defineOidc({ ...web, grantTypes: ['authorization_code', 'implicit'] }, { policy: 'okta' });
    expect(app.responseTypes).toEqual(['code', 'id_token', 'token']);
    expect(messages(() => defineOidc({ ...web, grantTypes: ['implicit'] }))).toEqual([
      'grantTypes: web apps need one of authorization_code',
    ]);
  });
});

describe('closest', () => {
  it('finds near names only, best first', () => {
    expect(closest('redirect_uris', ['redirectUris', 'postLogoutRedirectUris'])).toEqual(['redirectUris']);
    expect(closest('colour', ['name', 'label'])).toEqual([]);
    expect(closest('x'.repeat(10_000), ['x'])).toEqual([]);
  });
});
