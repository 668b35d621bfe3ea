import * as z from 'zod/mini';
import { absoluteUrl, certificateField, entityIdField } from './common.js';

/** The identity provider side of a SAML app: what Okta (or your IdP) publishes to the SP. */
export const samlIdpSchema = z.strictObject({
  /** IdP entity ID ("Identity Provider Issuer"): an absolute URI, at most 1024 characters as the XSD requires. */
  entityId: entityIdField,
  /** "Identity Provider Single Sign-On URL" (HTTP-POST and HTTP-Redirect). */
  ssoUrl: absoluteUrl,
  /** "Identity Provider Single Logout URL". */
  sloUrl: z.optional(absoluteUrl),
  /** Current signing certificate (PEM or base64 DER). */
  certificate: certificateField,
  /** Next signing certificate, published beside the current one for zero-downtime rotation. */
  nextCertificate: z.optional(certificateField),
  /** Whether the IdP requires signed AuthnRequests. @default false */
  wantAuthnRequestsSigned: z._default(z.boolean(), false),
  /** `validUntil` of the metadata document. */
  validUntil: z.optional(z.date()),
});

/** Input for `idpMetadata` / `setupInstructions`. */
export type SamlIdpInput = z.input<typeof samlIdpSchema>;
/** A validated IdP description. */
export type SamlIdp = z.output<typeof samlIdpSchema>;
