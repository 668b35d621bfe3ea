import { type CertificateStatus, certificateStatus, readCertificateStructure } from '../xml/x509-structure.js';
import type { SamlConfig } from './saml.schema.js';

/** One certificate in a config and where it stands. */
export interface ConfigCertificate {
  /** Field path, e.g. `['spCertificate']`. */
  readonly path: readonly string[];
  readonly subjectCommonName?: string;
  readonly notAfter: Date;
  readonly status: CertificateStatus;
}

/**
 * Every certificate in a SAML config with its status on `now`: `expired`, `expiring` (within
 * `expiringWithinDays`), `not-yet-valid` or `valid`. Browser-safe (no `node:crypto`).
 */
export function certificateReport(
  config: SamlConfig,
  options: { readonly now?: Date; readonly expiringWithinDays?: number } = {},
): ConfigCertificate[] {
  const found: [string[], string | undefined][] = [
    [['spCertificate'], config.spCertificate],
    [['assertionEncryption', 'certificate'], config.assertionEncryption?.certificate],
  ];
  return found.flatMap(([path, certificate]) => {
    const structure = certificate === undefined ? undefined : readCertificateStructure(certificate);
    if (structure === undefined) return [];
    return [
      {
        path,
        ...(structure.subjectCommonName === undefined ? {} : { subjectCommonName: structure.subjectCommonName }),
        notAfter: structure.notAfter,
        status: certificateStatus(structure, options.now ?? new Date(), options.expiringWithinDays ?? 30),
      },
    ];
  });
}
