import { parseOrThrow } from '../define.js';
import { NS } from '../xml/dom.js';
import { appendSigningKeys } from '../xml/signing-keys.js';
import { NAME_ID_FORMATS } from './common.js';
import { type SamlIdpInput, samlIdpSchema } from './idp.schema.js';
import type { SamlConfig } from './saml.schema.js';

export const BINDINGS = {
  post: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST',
  redirect: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect',
} as const;

const PROTOCOL = 'urn:oasis:names:tc:SAML:2.0:protocol';

/**
 * IdP metadata for an SP: an `EntityDescriptor` with one `IDPSSODescriptor` holding the signing
 * certificate(s), single logout (when `idp.sloUrl` is set), the config's NameID format and
 * HTTP-POST + HTTP-Redirect single sign-on. Valid against `saml-schema-metadata-2.0.xsd`.
 * Async because xmlbuilder2 is loaded on first use, keeping it out of initial browser bundles.
 * Throws `ConfigValidationError` when `idp` is invalid.
 */
export async function idpMetadata(config: SamlConfig, idp: SamlIdpInput): Promise<string> {
  const { entityId, ssoUrl, sloUrl, certificate, nextCertificate, wantAuthnRequestsSigned, validUntil } = parseOrThrow(
    samlIdpSchema,
    idp,
  );
  const { create } = await import('xmlbuilder2');
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(NS.md, 'md:EntityDescriptor', {
    entityID: entityId,
    ...(validUntil === undefined ? {} : { validUntil: validUntil.toISOString() }),
  });
  const descriptor = root.ele(NS.md, 'md:IDPSSODescriptor', {
    WantAuthnRequestsSigned: String(wantAuthnRequestsSigned),
    protocolSupportEnumeration: PROTOCOL,
  });
  appendSigningKeys(descriptor, [certificate, nextCertificate]);
  // Schema order: SingleLogoutService, NameIDFormat, then SingleSignOnService.
  if (sloUrl !== undefined) {
    for (const binding of [BINDINGS.post, BINDINGS.redirect]) {
      descriptor.ele(NS.md, 'md:SingleLogoutService', { Binding: binding, Location: sloUrl });
    }
  }
  descriptor.ele(NS.md, 'md:NameIDFormat').txt(NAME_ID_FORMATS[config.nameIdFormat]);
  for (const binding of [BINDINGS.post, BINDINGS.redirect]) {
    descriptor.ele(NS.md, 'md:SingleSignOnService', { Binding: binding, Location: ssoUrl });
  }
  return root.end({ prettyPrint: true, wellFormed: true });
}
