import type * as z from 'zod/mini';
import { buildResponse, type samlSigningKeySchema, type samlTestUserSchema } from '../saml/response.js';
import { type SamlConfig, samlConfigSchema } from '../saml/saml.schema.js';
import { NS } from '../xml/dom.js';
import type { WsfedConfig } from './wsfed.schema.js';

/** WS-Trust 2005/02, the namespace of Okta's `wresult`. */
export const WST = 'http://schemas.xmlsoap.org/ws/2005/02/trust';
export const WSP = 'http://schemas.xmlsoap.org/ws/2004/09/policy';
const WSU = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd';

/** Options for {@link buildSignInResponse}. */
export interface SignInResponseOptions {
  /** The IdP's issuer (Okta: `http://www.okta.com/{key}`). */
  readonly issuer: string;
  /** The realm the token applies to (the request's `wtrealm`). */
  readonly realm: string;
  /** @default new Date() */
  readonly now?: Date;
  /** Token lifetime in seconds. @default 3600 */
  readonly lifetimeSeconds?: number;
}

/**
 * The SAML settings a WS-Fed sign-in's assertion is issued and checked with: the app's audience,
 * its reply URL as recipient, its NameID format and authentication context, the assertion signed.
 */
export function assertionConfig(config: WsfedConfig, issuer: string | undefined): SamlConfig {
  return samlConfigSchema.parse({
    label: config.label,
    ssoUrl: config.replyUrl,
    audience: config.audienceRestriction,
    ...(issuer === undefined ? {} : { idpIssuer: issuer }),
    nameIdFormat: config.nameIdFormat,
    authnContextClassRef: config.authnContextClassRef,
    responseSigned: false,
    assertionSigned: true,
    attributeStatements: config.attributeStatements.map((s) => ({
      name: s.name,
      values: [s.value],
      ...(s.nameFormat === undefined ? {} : { nameFormat: s.nameFormat }),
    })),
  });
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char);

/**
 * The `wresult` of a WS-Federation passive sign-in (`wa=wsignin1.0`): a WS-Trust
 * `RequestSecurityTokenResponse` carrying a signed SAML 2.0 assertion for `user`, with the app's
 * audience, reply URL as recipient, NameID format and authentication context. Node-only.
 */
export async function buildSignInResponse(
  config: WsfedConfig,
  user: z.input<typeof samlTestUserSchema>,
  idpKey: z.input<typeof samlSigningKeySchema>,
  options: SignInResponseOptions,
): Promise<string> {
  const now = options.now ?? new Date();
  const lifetimeSeconds = options.lifetimeSeconds ?? 3600;
  // The assertion is minted as a SAML response signing only the assertion, then lifted out: its
  // exc-c14n signature does not depend on the enclosing element.
  const saml = assertionConfig(config, options.issuer);
  const response = await buildResponse(saml, user, idpKey, { now, lifetimeSeconds });
  const { DOMParser, XMLSerializer } = await import('@xmldom/xmldom');
  const document = new DOMParser().parseFromString(response, 'text/xml');
  const assertion = document.getElementsByTagNameNS(NS.saml, 'Assertion').item(0);
  const token = new XMLSerializer().serializeToString(assertion as unknown as Node as never);
  const expires = new Date(now.getTime() + lifetimeSeconds * 1000).toISOString();
  return [
    `<wst:RequestSecurityTokenResponse xmlns:wst="${WST}">`,
    `<wst:Lifetime><wsu:Created xmlns:wsu="${WSU}">${now.toISOString()}</wsu:Created>`,
    `<wsu:Expires xmlns:wsu="${WSU}">${expires}</wsu:Expires></wst:Lifetime>`,
    `<wsp:AppliesTo xmlns:wsp="${WSP}"><wsa:EndpointReference xmlns:wsa="${NS.wsa}">`,
    `<wsa:Address>${escapeXml(options.realm)}</wsa:Address></wsa:EndpointReference></wsp:AppliesTo>`,
    `<wst:RequestedSecurityToken>${token}</wst:RequestedSecurityToken>`,
    '<wst:TokenType>urn:oasis:names:tc:SAML:2.0:assertion</wst:TokenType>',
    `<wst:RequestType>${WST}/Issue</wst:RequestType>`,
    '<wst:KeyType>http://schemas.xmlsoap.org/ws/2005/05/identity/NoProofKey</wst:KeyType>',
    '</wst:RequestSecurityTokenResponse>',
  ].join('');
}
