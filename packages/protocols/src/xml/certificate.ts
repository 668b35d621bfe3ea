import { X509Certificate } from 'node:crypto';
import { ConfigValidationError } from '../errors.js';
import { certificateBody, toPem } from './pem.js';
import { type CertificateStatus, certificateStatus } from './x509-structure.js';

/** A certificate parsed by OpenSSL (through `node:crypto`), with what admins compare by eye. */
export interface CertificateInfo {
  /** PEM text, 64-column lines. */
  readonly pem: string;
  /** Bare base64 DER, as metadata and Okta's `x5c` carry it. */
  readonly base64: string;
  /** Subject distinguished name, one `key=value` per line as OpenSSL prints it. */
  readonly subject: string;
  /** Issuer distinguished name. */
  readonly issuer: string;
  /** Serial number in hex. */
  readonly serialNumber: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** `AB:CD:…` SHA-1 fingerprint (what older SPs ask for). */
  readonly sha1Fingerprint: string;
  /** `AB:CD:…` SHA-256 fingerprint. */
  readonly sha256Fingerprint: string;
}

/**
 * Parses a PEM or base64-DER certificate as X.509. Node-only: keep this file out of browser
 * bundles (import it lazily). Throws {@link ConfigValidationError} (`invalid_certificate`,
 * naming `field`) when the text is not a certificate.
 */
export function parseCertificate(
  input: string,
  field: readonly (string | number)[] = ['certificate'],
): CertificateInfo {
  const base64 = certificateBody(input);
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(toPem(base64));
  } catch (cause) {
    throw new ConfigValidationError(
      [
        {
          path: [...field],
          code: 'invalid_certificate',
          message: 'is not a PEM or base64 DER X.509 certificate',
        },
      ],
      { cause },
    );
  }
  return {
    pem: toPem(base64),
    base64,
    subject: cert.subject,
    issuer: cert.issuer,
    serialNumber: cert.serialNumber,
    notBefore: new Date(cert.validFrom),
    notAfter: new Date(cert.validTo),
    sha1Fingerprint: cert.fingerprint,
    sha256Fingerprint: cert.fingerprint256,
  };
}

/** Options for {@link checkCertificate}. */
export interface CertificateCheckOptions {
  /** @default new Date() */
  readonly now?: Date;
  /** A certificate that ends within this many days is reported as expiring. @default 30 */
  readonly expiringWithinDays?: number;
}

/** {@link CertificateInfo} plus where it stands on `now`. */
export interface CertificateCheck extends CertificateInfo {
  readonly status: CertificateStatus;
  /** Whole days until `notAfter` (negative once expired). */
  readonly daysLeft: number;
}

/** Parses a certificate and reports whether it is valid, expiring soon, expired or not yet valid. */
export function checkCertificate(
  input: string,
  options: CertificateCheckOptions = {},
  field: readonly (string | number)[] = ['certificate'],
): CertificateCheck {
  const info = parseCertificate(input, field);
  const now = options.now ?? new Date();
  return {
    ...info,
    status: certificateStatus(info, now, options.expiringWithinDays ?? 30),
    daysLeft: Math.floor((info.notAfter.getTime() - now.getTime()) / 86_400_000),
  };
}
