// biome-ignore-all lint/suspicious/noTemplateCurlyInString: catalog templates are literal `${org.…}` text.
import * as z from 'zod';

/** Longest template URL or URI accepted, in characters. */
export const MAX_TEMPLATE_URL_LENGTH = 2048;

// C0 controls, DEL and C1 controls: CR/LF split headers and XML, TAB/NUL hide schemes from filters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
// A template may start with a tenant variable that will hold the whole URL (`${org.url}/acs`).
const LEADING_VARIABLE = /^(\$\{org\.[a-zA-Z0-9_]+\}|\{app\.[a-zA-Z0-9_]+\})/;
// Schemes that run code or read local data wherever a URL ends up in a link or a redirect.
const DANGEROUS_SCHEMES = new Set(['javascript', 'vbscript', 'data', 'file', 'blob']);

const bounded = () =>
  z
    .string()
    .min(1)
    .max(MAX_TEMPLATE_URL_LENGTH)
    .refine((value) => !CONTROL.test(value), { message: 'must not contain control characters' })
    .refine((value) => value.trim() === value, { message: 'must not start or end with whitespace' });

/**
 * A template field that holds a URL the browser or IdP will visit (ACS, redirect, login, SCIM
 * base): `http(s)://…`, or starting with a tenant variable. `javascript:` and every other scheme
 * are refused here, at the catalog, not later when an integration is defined from it.
 */
export const templateUrlSchema = bounded().refine(
  (value) => LEADING_VARIABLE.test(value) || /^https?:\/\//i.test(value),
  { message: 'must be an http(s) URL (or start with a ${org.…} / {app.…} variable)' },
);

const safeScheme = (value: string) => !DANGEROUS_SCHEMES.has(SCHEME.exec(value)?.[1]?.toLowerCase() ?? '');
const DANGEROUS_MESSAGE = 'must not use a javascript:, vbscript:, data:, file: or blob: scheme';

/**
 * An OIDC redirect URI template: an http(s) URL, a native app's private-use scheme
 * (`com.example.app:/cb`, RFC 8252 §7.1), or starting with a tenant variable — never a scheme
 * that runs code or reads local data.
 */
export const templateRedirectUriSchema = bounded()
  .refine((value) => LEADING_VARIABLE.test(value) || SCHEME.test(value), {
    message: 'must be an absolute URI with a scheme (or start with a ${org.…} / {app.…} variable)',
  })
  .refine(safeScheme, { message: DANGEROUS_MESSAGE });

/**
 * A template field that holds a URI identifier which need not be a URL (SAML audience, WS-Fed
 * realm, relay state: `urn:…` is common): any scheme but those that run code or read local data.
 */
export const templateUriSchema = bounded().refine(safeScheme, { message: DANGEROUS_MESSAGE });
