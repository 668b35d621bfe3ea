import type { CatalogEntry } from '../../catalog/entry.schema.js';
import { templateVariables } from '../../catalog/template-variables.js';
import { type Issue, issue } from '../issues.js';
import type { SignOnProtocol } from '../protocols.js';

type Templates = CatalogEntry['templates'];

/** Replaces `${org.x}` (or `{app.x}` for OIDC) with the admin's tenant settings; unknown names stay as written. */
export function substitute(value: string, style: 'org' | 'app', settings: Readonly<Record<string, string>>): string {
  if (templateVariables(value, style).length === 0) return value;
  const pattern = style === 'org' ? /\$\{org\.([a-zA-Z0-9_]+)\}/g : /(?<!\$)\{app\.([a-zA-Z0-9_]+)\}/g;
  return value.replace(pattern, (match, name: string) =>
    Object.hasOwn(settings, name) ? (settings[name] ?? match) : match,
  );
}

function fill<T>(value: T, style: 'org' | 'app', settings: Readonly<Record<string, string>>): T {
  if (typeof value === 'string') return substitute(value, style, settings) as T;
  if (Array.isArray(value)) return value.map((item) => fill(item, style, settings)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fill(item, style, settings)])) as T;
  }
  return value;
}

const nameIdFormats: Record<string, string> = {
  'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified': 'unspecified',
  'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress': 'emailAddress',
  'urn:oasis:names:tc:SAML:1.1:nameid-format:x509SubjectName': 'x509SubjectName',
  'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent': 'persistent',
  'urn:oasis:names:tc:SAML:2.0:nameid-format:transient': 'transient',
};

/** The WS-Fed form's preselected values in the Admin Console. */
const wsfedDefaults = {
  nameIdFormat: 'unspecified',
  authnContextClassRef: 'PasswordProtectedTransport',
  groupValueFormat: 'windowsDomainQualifiedName',
  usernameAttribute: 'none',
};

/** OIDC grants a catalog template implies: both of its app types sign users in with the code flow. */
const oidcGrants = ['authorization_code'];

/**
 * The protocol module config an entry's template prescribes, with tenant settings substituted.
 * Field names follow the protocol modules (`ssoUrl`, `usernameSelector`, …). Fields a template
 * cannot know stay out, for the admin to fill in. Empty when the entry has no template for `protocol`.
 */
export function configFromTemplate(
  templates: Templates,
  protocol: SignOnProtocol,
  settings: Readonly<Record<string, string>>,
): Record<string, unknown> {
  switch (protocol) {
    case 'saml': {
      if (templates.saml === undefined) return {};
      const { ssoAcsUrl, subjectNameIdFormat, ...rest } = fill(templates.saml, 'org', settings);
      const nameIdFormat = subjectNameIdFormat === undefined ? undefined : nameIdFormats[subjectNameIdFormat];
      return { ssoUrl: ssoAcsUrl, ...rest, ...(nameIdFormat === undefined ? {} : { nameIdFormat }) };
    }
    case 'oidc':
      return templates.oidc === undefined ? {} : { grantTypes: oidcGrants, ...fill(templates.oidc, 'app', settings) };
    case 'swa': {
      if (templates.swa === undefined) return {};
      const swa = fill(templates.swa, 'org', settings);
      return {
        mode: 'BROWSER_PLUGIN',
        loginUrl: swa.loginUrl,
        usernameSelector: swa.usernameField,
        passwordSelector: swa.passwordField,
        submitSelector: swa.buttonField,
      };
    }
    case 'wsfed': {
      if (templates.wsfed === undefined) return {};
      const wsfed = fill(templates.wsfed, 'org', settings);
      // The realm is the relying party's identifier, which is what its tokens are restricted to.
      return { ...wsfed, audienceRestriction: wsfed.realm, ...wsfedDefaults };
    }
    default:
      return {};
  }
}

/**
 * One issue per config value still holding a template variable (`${org.subdomain}`): a setting the
 * template needs was never given, so the value would reach Okta with the placeholder in it.
 */
export function unfilledTemplateIssues(config: Readonly<Record<string, unknown>>, style: 'org' | 'app'): Issue[] {
  const found: Issue[] = [];
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') {
      const names = templateVariables(value, style);
      if (names.length > 0) {
        found.push(issue(['signOn', 'config', ...path], 'unfilled_setting', `needs a value for ${names.join(', ')}`));
      }
    } else if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) visit(item, [...path, index]);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(config, []);
  return found;
}
