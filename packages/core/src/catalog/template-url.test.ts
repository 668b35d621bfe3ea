// biome-ignore-all lint/suspicious/noTemplateCurlyInString: catalog templates are literal `${org.…}` text.
import { describe, expect, it } from 'vitest';
import { valid } from './__fixtures__/valid-entry.js';
import type { CatalogEntryInput } from './entry.schema.js';
import { CatalogValidationError } from './errors.js';
import { parseCatalogEntries } from './parse.js';

const saml = (template: Record<string, unknown>): CatalogEntryInput => ({
  ...valid,
  templates: { saml: { ssoAcsUrl: 'https://acme.example.com/acs', audience: 'urn:acme', ...template } },
});
const scim = (baseUrl: string): CatalogEntryInput => ({
  ...valid,
  functionality: { signOn: [], provisioning: ['Create'], apiService: false },
  templates: { scim: { baseUrl } },
});

function issues(entry: CatalogEntryInput): { path: string; message: string }[] {
  try {
    parseCatalogEntries([entry]);
  } catch (error) {
    if (error instanceof CatalogValidationError) {
      return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    }
    throw error;
  }
  return [];
}

describe('template URLs in catalog entries', () => {
  it.each([
    'javascript:alert(document.domain)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://acme.example.com/acs',
    '//acme.example.com/acs',
  ])('refuses %s where a URL is expected, naming the field', (ssoAcsUrl) => {
    expect(issues(saml({ ssoAcsUrl }))).toEqual([
      {
        path: 'templates.saml.ssoAcsUrl',
        message: expect.stringContaining('must be an http(s) URL'),
      },
    ]);
  });

  it.each([
    ['a carriage return and line feed', 'https://acme.example.com/acs\r\nX-Injected: 1'],
    ['a tab inside the scheme', 'java\tscript:alert(1)'],
    ['a NUL byte', 'https://acme.example.com/\u0000acs'],
  ])('refuses control characters (%s)', (_, ssoAcsUrl) => {
    expect(issues(saml({ ssoAcsUrl })).map((issue) => issue.message)).toContain('must not contain control characters');
  });

  it('refuses leading whitespace that hides a scheme, and overlong values', () => {
    expect(issues(saml({ ssoAcsUrl: ' javascript:alert(1)' })).map((issue) => issue.message)).toContain(
      'must not start or end with whitespace',
    );
    expect(issues(saml({ ssoAcsUrl: `https://acme.example.com/${'a'.repeat(2048)}` }))[0]?.path).toBe(
      'templates.saml.ssoAcsUrl',
    );
  });

  it('refuses code-running schemes in URI identifiers but keeps URNs', () => {
    expect(issues(saml({ audience: 'javascript:alert(1)' }))).toEqual([
      { path: 'templates.saml.audience', message: expect.stringContaining('must not use a javascript:') },
    ]);
    expect(
      issues(saml({ audience: 'urn:amazon:webservices', defaultRelayState: 'https://acme.example.com/home' })),
    ).toEqual([]);
  });

  it('applies to every template that carries a URL', () => {
    expect(issues(scim('javascript:alert(1)'))[0]?.path).toBe('templates.scim.baseUrl');
    const oidc: CatalogEntryInput = {
      ...valid,
      functionality: { signOn: ['OIDC'], provisioning: [], apiService: false },
      templates: { oidc: { applicationType: 'web', redirectUris: ['https://acme.example.com/cb', 'javascript:x'] } },
    };
    expect(issues(oidc)[0]).toEqual({
      path: 'templates.oidc.redirectUris.1',
      message: expect.stringContaining('must not use a javascript:'),
    });
    const native = {
      ...oidc,
      templates: { oidc: { applicationType: 'browser', redirectUris: ['onepassword://sso/cb'] } },
    };
    expect(issues(native as CatalogEntryInput)).toEqual([]);
  });

  it('accepts http(s) URLs and URLs that start with a declared tenant variable', () => {
    const entry: CatalogEntryInput = {
      ...saml({ ssoAcsUrl: '${org.base_url}/saml/acs', recipient: 'https://${org.subdomain}.example.com/acs' }),
      settings: [
        { name: 'base_url', label: 'Base URL', type: 'https-url' },
        { name: 'subdomain', label: 'Subdomain', type: 'string' },
      ],
    };
    expect(issues(entry)).toEqual([]);
    expect(issues(scim('http://localhost:8080/scim/v2'))).toEqual([]);
  });
});
