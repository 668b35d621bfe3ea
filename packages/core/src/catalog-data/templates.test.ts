import { describe, expect, it } from 'vitest';
import type { CatalogEntryInput } from '../catalog/entry.schema.js';
import { exampleEntries } from './index.js';

type Values = ReadonlyMap<string, string>;

/** Substitutes `${org.x}` (SAML, WS-Fed, SWA, SCIM) or `{app.x}` (OIDC) the way Okta does. */
function resolve(value: string, style: 'org' | 'app', values: Values): string {
  const pattern = style === 'org' ? /\$\{org\.([a-zA-Z0-9_]+)\}/g : /(?<!\$)\{app\.([a-zA-Z0-9_]+)\}/g;
  return value.replace(pattern, (match, name: string) => values.get(name) ?? match);
}

function exampleValues(entry: CatalogEntryInput): Map<string, string> {
  return new Map((entry.settings ?? []).map((setting) => [setting.name, setting.example ?? '']));
}

function httpsUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' && url.hostname.includes('.') && !/[{}$]/.test(value);
}

/** Native apps register private-use schemes such as `onepassword://` (RFC 8252 §7.1). */
function privateUseRedirect(value: string): boolean {
  if (!URL.canParse(value) || /[{}$]/.test(value)) return false;
  return !['http:', 'https:', 'javascript:', 'data:', 'file:'].includes(new URL(value).protocol);
}

/** Every URL-valued field of an entry's templates, resolved with the settings' examples. */
function resolvedUrls(entry: CatalogEntryInput): [string, string][] {
  const values = exampleValues(entry);
  const { saml, oidc, swa, wsfed, scim } = entry.templates ?? {};
  const org = (field: string, value: string | undefined): [string, string][] =>
    value === undefined ? [] : [[field, resolve(value, 'org', values)]];
  const app = (field: string, value: string | undefined): [string, string][] =>
    value === undefined ? [] : [[field, resolve(value, 'app', values)]];
  return [
    ...org('saml.ssoAcsUrl', saml?.ssoAcsUrl),
    ...org('saml.recipient', saml?.recipient),
    ...org('saml.destination', saml?.destination),
    ...(oidc?.redirectUris ?? []).flatMap((uri) => app('oidc.redirectUris', uri)),
    ...(oidc?.postLogoutRedirectUris ?? []).flatMap((uri) => app('oidc.postLogoutRedirectUris', uri)),
    ...app('oidc.initiateLoginUri', oidc?.initiateLoginUri),
    ...org('swa.loginUrl', swa?.loginUrl),
    ...org('wsfed.replyUrl', wsfed?.replyUrl),
    ...org('scim.baseUrl', scim?.baseUrl),
  ];
}

const complete = exampleEntries.filter((entry) => Object.keys(entry.templates ?? {}).length > 0);

describe('example catalog templates', () => {
  it('has at least 30 entries that can be added end to end', () => {
    expect(complete.length).toBeGreaterThanOrEqual(30);
  });

  it('documents every setting with help text and an example that satisfies its own rule', () => {
    const problems = exampleEntries.flatMap((entry) =>
      (entry.settings ?? []).flatMap((setting) => {
        const where = `${entry.name}.${setting.name}`;
        if (setting.example === undefined || setting.helpText === undefined)
          return [`${where}: missing example or help`];
        const pattern = setting.pattern === undefined ? undefined : new RegExp(`^(?:${setting.pattern})$`, 'u');
        if (pattern !== undefined && !pattern.test(setting.example)) return [`${where}: example fails its pattern`];
        if (setting.type !== 'string' && !URL.canParse(setting.example)) return [`${where}: example is not a URL`];
        return [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('uses every declared setting in some template', () => {
    const unused = complete.flatMap((entry) => {
      const text = JSON.stringify(entry.templates);
      return (entry.settings ?? [])
        .filter((setting) => !text.includes(`{org.${setting.name}}`) && !text.includes(`{app.${setting.name}}`))
        .map((setting) => `${entry.name}.${setting.name}`);
    });
    expect(unused).toEqual([]);
  });

  it.each(complete.map((entry) => [entry.name, entry] as const))(
    '%s resolves to https URLs with the settings’ examples',
    (_name, entry) => {
      const urls = resolvedUrls(entry);
      expect(urls.length).toBeGreaterThan(0);
      const invalid = urls.filter(
        ([field, url]) => !httpsUrl(url) && !(field === 'oidc.redirectUris' && privateUseRedirect(url)),
      );
      expect(invalid).toEqual([]);
    },
  );

  it('resolves every SAML audience and WS-Fed realm to a concrete identifier', () => {
    const unresolved = complete.flatMap((entry) => {
      const values = exampleValues(entry);
      const { saml, wsfed } = entry.templates ?? {};
      return [saml?.audience, wsfed?.realm]
        .filter((value): value is string => value !== undefined)
        .map((value) => resolve(value, 'org', values))
        .filter(
          (value) => value.trim() === '' || /[{}$]/.test(value) || (value.startsWith('http') && !URL.canParse(value)),
        )
        .map((value) => `${entry.name}: ${value}`);
    });
    expect(unresolved).toEqual([]);
  });
});
