import * as z from 'zod/mini';
import { parseOrThrow } from '../define.js';
import { ABSOLUTE_URI, absoluteUrl, certificateField, entityIdField } from '../saml/common.js';
import { NS } from '../xml/dom.js';
import { appendSigningKeys } from '../xml/signing-keys.js';
import { xmlSafeString } from '../xml/xml-text.js';
import type { WsfedConfig } from './wsfed.schema.js';

const AUTH_NS = 'http://docs.oasis-open.org/wsfed/authorization/200706';
const XMLNS = 'http://www.w3.org/2000/xmlns/';

/** The security token service (Okta) side of a WS-Fed app. */
export const wsfedIdpSchema = z.strictObject({
  /** STS entity ID (the token issuer). */
  entityId: entityIdField,
  /** Passive requestor endpoint (`…/sso/wsfed/passive`). */
  passiveEndpoint: absoluteUrl,
  /** Active STS endpoint; the schema requires one, so it defaults to the passive endpoint. */
  stsEndpoint: z.optional(absoluteUrl),
  /** Signing certificate (PEM or base64 DER). */
  certificate: certificateField,
  /** Next signing certificate, for rotation. */
  nextCertificate: z.optional(certificateField),
  /** `ServiceDisplayName`. */
  displayName: z.optional(z.pipe(xmlSafeString, z.string().check(z.trim(), z.minLength(1), z.maxLength(256)))),
});

/** Input for {@link federationMetadata}. */
export type WsfedIdpInput = z.input<typeof wsfedIdpSchema>;

const randomId = () => `_${crypto.randomUUID()}`;

/**
 * WS-Federation metadata for the relying party: an `EntityDescriptor` with a `RoleDescriptor` of
 * type `fed:SecurityTokenServiceType` (signing keys, SAML 2.0 token type, the claim types (absolute
 * URIs) this config sends, STS and passive requestor endpoints), valid against `ws-federation.xsd`. Async because
 * xmlbuilder2 is loaded on first use. Throws `ConfigValidationError` when `idp` is invalid.
 */
export async function federationMetadata(config: WsfedConfig, idp: WsfedIdpInput): Promise<string> {
  const sts = parseOrThrow(wsfedIdpSchema, idp);
  const { create } = await import('xmlbuilder2');
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(NS.md, 'md:EntityDescriptor', {
    ID: randomId(),
    entityID: sts.entityId,
  });
  const role = root
    .ele(NS.md, 'md:RoleDescriptor', {
      protocolSupportEnumeration: NS.fed,
      ...(sts.displayName === undefined ? {} : { ServiceDisplayName: sts.displayName }),
    })
    // `fed:` is used inside an attribute value, so it must be declared explicitly.
    .att(XMLNS, 'xmlns:fed', NS.fed)
    .att(NS.xsi, 'xsi:type', 'fed:SecurityTokenServiceType');
  appendSigningKeys(role, [sts.certificate, sts.nextCertificate]);
  // Schema order: TokenTypesOffered, ClaimTypesOffered, SecurityTokenServiceEndpoint+, PassiveRequestorEndpoint*.
  role
    .ele(NS.fed, 'fed:TokenTypesOffered')
    .ele(NS.fed, 'fed:TokenType', { Uri: 'urn:oasis:names:tc:SAML:2.0:assertion' });
  const claims = [
    ...config.attributeStatements.map((s) => s.name),
    ...(config.groupName === undefined ? [] : [config.groupName]),
    // ClaimType Uri is an anyURI: plain names are still sent in the token, just not advertised.
  ].filter((name) => ABSOLUTE_URI.test(name));
  if (claims.length > 0) {
    const offered = role.ele(NS.fed, 'fed:ClaimTypesOffered');
    for (const claim of claims) {
      offered
        .ele(AUTH_NS, 'auth:ClaimType', { Uri: claim, Optional: 'true' })
        .ele(AUTH_NS, 'auth:DisplayName')
        .txt(claim);
    }
  }
  const endpoint = (name: string, address: string) =>
    role.ele(NS.fed, name).ele(NS.wsa, 'wsa:EndpointReference').ele(NS.wsa, 'wsa:Address').txt(address);
  endpoint('fed:SecurityTokenServiceEndpoint', sts.stsEndpoint ?? sts.passiveEndpoint);
  endpoint('fed:PassiveRequestorEndpoint', sts.passiveEndpoint);
  return root.end({ prettyPrint: true, wellFormed: true });
}
