import * as z from 'zod/mini';
import type { ConfigIssue } from '../errors.js';
import { certificateBody } from '../xml/pem.js';
import { readCertificateStructure } from '../xml/x509-structure.js';

/**
 * Control characters (C0, DEL, C1) and Unicode line separators, which no URL may carry raw. The
 * WHATWG parser behind `z.url` silently drops CR, LF and tab, so a URL that "parses" could still
 * smuggle them into headers or metadata: they are refused on the raw text.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
export const URL_FORBIDDEN_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;

/** Absolute http(s) URL; https is a policy rule (see {@link insecureUrlIssues}), not a schema rule. */
export const absoluteUrl = z.pipe(
  z.string().check(
    z.maxLength(1024, { error: 'must be at most 1024 characters' }),
    z.refine((value) => !URL_FORBIDDEN_CHARACTERS.test(value), {
      error: 'must not contain control characters',
      abort: true,
    }),
  ),
  z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' }),
);

/** RFC 3986 absolute URI (scheme, then only URI characters): what `anyURI` entity IDs and claim types need. */
export const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;

/** An entity ID as SAML metadata carries it: an absolute URI of at most 1024 characters. */
export const entityIdField = z
  .string()
  .check(
    z.trim(),
    z.minLength(1),
    z.maxLength(1024),
    z.regex(ABSOLUTE_URI, { error: 'must be an absolute URI (e.g. https://… or urn:…) without spaces' }),
  );

/** A PEM or base64 DER X.509 certificate, normalised to its bare base64 body. */
export const certificateField = z.pipe(z.string(), z.transform(certificateBody)).check(
  z.refine((body) => readCertificateStructure(body) !== undefined, {
    error: 'must be a PEM or base64 DER X.509 certificate',
  }),
);

/** Name ID formats Okta offers, by the Admin Console label's short name. */
export const NAME_ID_FORMATS = {
  unspecified: 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified',
  emailAddress: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
  x509SubjectName: 'urn:oasis:names:tc:SAML:1.1:nameid-format:x509SubjectName',
  persistent: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
  transient: 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient',
} as const;
export type NameIdFormat = keyof typeof NAME_ID_FORMATS;
export const nameIdFormat = z.enum(Object.keys(NAME_ID_FORMATS) as [NameIdFormat, ...NameIdFormat[]]);

/** Authentication context classes Okta offers (Kerberos really lacks the `urn:` prefix in Okta's API). */
export const AUTHN_CONTEXTS = {
  PasswordProtectedTransport: 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport',
  Password: 'urn:oasis:names:tc:SAML:2.0:ac:classes:Password',
  TLSClient: 'urn:oasis:names:tc:SAML:2.0:ac:classes:TLSClient',
  X509: 'urn:oasis:names:tc:SAML:2.0:ac:classes:X509',
  unspecified: 'urn:oasis:names:tc:SAML:2.0:ac:classes:unspecified',
  Kerberos: 'oasis:names:tc:SAML:2.0:ac:classes:Kerberos',
  windows: 'urn:federation:authentication:windows',
} as const;
export type AuthnContext = keyof typeof AUTHN_CONTEXTS;
export const authnContext = z.enum(Object.keys(AUTHN_CONTEXTS) as [AuthnContext, ...AuthnContext[]]);

/** Attribute name formats (Admin Console "Name format"). */
export const ATTRIBUTE_NAME_FORMATS = {
  unspecified: 'urn:oasis:names:tc:SAML:2.0:attrname-format:unspecified',
  uri: 'urn:oasis:names:tc:SAML:2.0:attrname-format:uri',
  basic: 'urn:oasis:names:tc:SAML:2.0:attrname-format:basic',
} as const;
export type AttributeNameFormat = keyof typeof ATTRIBUTE_NAME_FORMATS;
export const attributeNameFormat = z.enum(
  Object.keys(ATTRIBUTE_NAME_FORMATS) as [AttributeNameFormat, ...AttributeNameFormat[]],
);

/** Reverse lookup of one of the maps above; `undefined` for a value Okta does not offer. */
export function keyOf<M extends Record<string, string>>(map: M, value: string | undefined): keyof M | undefined {
  return (Object.keys(map) as (keyof M)[]).find((key) => map[key] === value);
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** `https_required` issues for http URLs that do not point at this machine. */
export function insecureUrlIssues(
  urls: readonly (readonly [readonly (string | number)[], string | undefined])[],
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  for (const [path, url] of urls) {
    if (url === undefined) continue;
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' && !LOOPBACK.has(parsed.hostname)) {
      issues.push({
        path,
        code: 'https_required',
        message: `must use https (http is only allowed for localhost); pass { policy: 'okta' } to accept it`,
      });
    }
  }
  return issues;
}

/** `certificate_expired` / `certificate_not_yet_valid` issues for certificates that cannot be used on `now`. */
export function unusableCertificateIssues(
  certificates: readonly (readonly [readonly (string | number)[], string | undefined])[],
  now: Date = new Date(),
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  for (const [path, certificate] of certificates) {
    const structure = certificate === undefined ? undefined : readCertificateStructure(certificate);
    if (structure === undefined) continue;
    if (structure.notAfter.getTime() <= now.getTime()) {
      issues.push({
        path,
        code: 'certificate_expired',
        message: `certificate expired on ${structure.notAfter.toISOString()}`,
      });
    } else if (structure.notBefore.getTime() > now.getTime()) {
      issues.push({
        path,
        code: 'certificate_not_yet_valid',
        message: `certificate is not valid before ${structure.notBefore.toISOString()}`,
      });
    }
  }
  return issues;
}
