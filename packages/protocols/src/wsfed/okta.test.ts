// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${user.email}`-style strings are Okta expression syntax, not JS templates.
import { describe, expect, it } from 'vitest';
import { isConfigValidationError } from '../errors.js';
import { wsfedInput } from './__fixtures__/config.js';
import { formatAttributeStatements, parseAttributeStatements } from './attributes.js';
import { define } from './define.js';
import { fromOktaApp, toOktaApp } from './okta.js';

describe('wsfed Okta payloads', () => {
  it('maps to settings.app with the attribute statements as one string, and round-trips', () => {
    const config = define(wsfedInput);
    const app = toOktaApp(config);
    expect(app).toMatchObject({
      name: 'template_wsfed',
      signOnMode: 'WS_FEDERATION',
      settings: {
        app: {
          wReplyURL: wsfedInput.replyUrl,
          siteURL: wsfedInput.siteUrl,
          nameIDFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified',
          authnContextClassRef: 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport',
          attributeStatements:
            'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress|${user.email}|urn:oasis:names:tc:SAML:2.0:attrname-format:uri,role|ENG',
        },
      },
    });
    expect(fromOktaApp(app)).toEqual(config);
  });

  it('reads Okta attribute strings with spaces, and refuses malformed ones naming the item', () => {
    expect(
      parseAttributeStatements('role|ENG|urn:oasis:names:tc:SAML:2.0:attrname-format:uri, email|${user.email}'),
    ).toEqual({
      statements: [
        { name: 'role', value: 'ENG', nameFormat: 'uri' },
        { name: 'email', value: '${user.email}' },
      ],
      problems: [],
    });
    expect(parseAttributeStatements('').statements).toEqual([]);
    expect(parseAttributeStatements('a|b,c').problems).toEqual([
      { index: 1, message: 'item 1 must be name|value or name|value|nameFormat' },
    ]);
    expect(parseAttributeStatements('a|b|urn:nope').problems[0]?.message).toMatch(/unknown name format/);
    expect(formatAttributeStatements(parseAttributeStatements('a|b,c|d').statements)).toBe('a|b,c|d');
    const app = toOktaApp(define(wsfedInput));
    try {
      fromOktaApp({ ...app, settings: { app: { ...app.settings.app, attributeStatements: 'broken' } } });
      expect.unreachable();
    } catch (error) {
      expect(isConfigValidationError(error)).toBe(true);
      expect((error as Error).message).toContain('settings.app.attributeStatements: item 0');
    }
  });

  it.each([
    ['name', { name: 'template_swa' }],
    [
      'settings.app.wReplyURL',
      { settings: { app: { ...toOktaApp(define(wsfedInput)).settings.app, wReplyURL: undefined } } },
    ],
    [
      'settings.app.nameIDFormat',
      { settings: { app: { ...toOktaApp(define(wsfedInput)).settings.app, nameIDFormat: 'urn:x' } } },
    ],
    // Config rules (an absolute http(s) URL) name the payload field too, not the config's `replyUrl`.
    [
      'settings.app.wReplyURL',
      { settings: { app: { ...toOktaApp(define(wsfedInput)).settings.app, wReplyURL: 'ftp://sp.example.test/' } } },
    ],
    [
      'settings.app.siteURL',
      { settings: { app: { ...toOktaApp(define(wsfedInput)).settings.app, siteURL: 'not a url' } } },
    ],
    [
      'settings.app.usernameAttribute',
      { settings: { app: { ...toOktaApp(define(wsfedInput)).settings.app, usernameAttribute: 'mail' } } },
    ],
  ])('fromOktaApp refuses a bad %s', (field, patch) => {
    expect(() => fromOktaApp({ ...toOktaApp(define(wsfedInput)), ...patch })).toThrow(`${field}: `);
  });
});
