import { parseOrThrow } from '../define.js';
import { type SamlIdpInput, samlIdpSchema } from './idp.schema.js';
import { idpMetadata } from './metadata.js';
import type { SamlConfig } from './saml.schema.js';

/** What an admin hands the SP, as data and as ready-to-paste text. */
export interface SetupInstructions {
  /** "Identity Provider Single Sign-On URL". */
  readonly ssoUrl: string;
  /** "Identity Provider Single Logout URL", when set. */
  readonly sloUrl?: string;
  /** "Identity Provider Issuer". */
  readonly issuer: string;
  /** "X.509 Certificate" (PEM). */
  readonly certificate: string;
  readonly sha1Fingerprint: string;
  readonly sha256Fingerprint: string;
  /** Certificate expiry (ISO 8601). */
  readonly certificateNotAfter: string;
  /** The IdP metadata XML (see `idpMetadata`). */
  readonly metadata: string;
  /** The same as plain text for an e-mail or a ticket. */
  readonly text: string;
}

/**
 * The values an SP admin needs: IdP SSO URL, issuer, certificate with fingerprints, metadata.
 * Node-only (certificates are parsed with `node:crypto`, loaded on first use).
 */
export async function setupInstructions(config: SamlConfig, idp: SamlIdpInput): Promise<SetupInstructions> {
  const parsed = parseOrThrow(samlIdpSchema, idp);
  const [{ parseCertificate }, metadata] = await Promise.all([
    import('../xml/certificate.js'),
    idpMetadata(config, idp),
  ]);
  const cert = parseCertificate(parsed.certificate, ['certificate']);
  const lines = [
    `SAML 2.0 setup for ${config.label}`,
    `Identity Provider Single Sign-On URL: ${parsed.ssoUrl}`,
    ...(parsed.sloUrl === undefined ? [] : [`Identity Provider Single Logout URL: ${parsed.sloUrl}`]),
    `Identity Provider Issuer: ${parsed.entityId}`,
    `Certificate SHA-256 fingerprint: ${cert.sha256Fingerprint}`,
    `Certificate SHA-1 fingerprint: ${cert.sha1Fingerprint}`,
    `Certificate valid until: ${cert.notAfter.toISOString()}`,
    `SP values configured in Okta: ACS ${config.ssoUrl}, Audience ${config.audience}`,
    '',
    'X.509 Certificate:',
    cert.pem.trimEnd(),
  ];
  return {
    ssoUrl: parsed.ssoUrl,
    ...(parsed.sloUrl === undefined ? {} : { sloUrl: parsed.sloUrl }),
    issuer: parsed.entityId,
    certificate: cert.pem,
    sha1Fingerprint: cert.sha1Fingerprint,
    sha256Fingerprint: cert.sha256Fingerprint,
    certificateNotAfter: cert.notAfter.toISOString(),
    metadata,
    text: lines.join('\n'),
  };
}
