import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { NS } from './dom.js';

/**
 * Appends a `md:KeyDescriptor use="signing"` per certificate (bare base64 DER) to a metadata role
 * descriptor: the SAML IdP's and the WS-Fed STS's, which publish the current and the next key alike.
 */
export function appendSigningKeys(descriptor: XMLBuilder, certificates: readonly (string | undefined)[]): void {
  for (const certificate of certificates) {
    if (certificate === undefined) continue;
    descriptor
      .ele(NS.md, 'md:KeyDescriptor', { use: 'signing' })
      .ele(NS.ds, 'ds:KeyInfo')
      .ele(NS.ds, 'ds:X509Data')
      .ele(NS.ds, 'ds:X509Certificate')
      .txt(certificate);
  }
}
