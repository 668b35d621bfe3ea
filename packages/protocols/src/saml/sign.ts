import { loadXmlCrypto } from '../xml/libraries.js';
import { toPem } from '../xml/pem.js';
import { DIGEST_ALGORITHMS, ENVELOPED, EXC_C14N, SIGNATURE_ALGORITHMS } from './algorithms.js';
import type { SamlConfig } from './saml.schema.js';

/** Which element to sign and where its `ds:Signature` goes (right after that element's Issuer). */
export interface SignTarget {
  readonly reference: string;
  readonly issuer: string;
}

/**
 * Adds an enveloped xml-crypto signature (exc-c14n) over the element `target.reference` selects,
 * placed after its Issuer as the SAML schemas want, with the config's algorithms.
 */
export async function signEnveloped(
  xml: string,
  target: SignTarget,
  key: { readonly privateKey: string; readonly certificate: string },
  algorithms: Pick<SamlConfig, 'signatureAlgorithm' | 'digestAlgorithm'>,
): Promise<string> {
  const { SignedXml } = await loadXmlCrypto();
  const signer = new SignedXml({
    privateKey: key.privateKey,
    publicCert: toPem(key.certificate),
    signatureAlgorithm: SIGNATURE_ALGORITHMS[algorithms.signatureAlgorithm],
    canonicalizationAlgorithm: EXC_C14N,
  });
  signer.addReference({
    xpath: target.reference,
    digestAlgorithm: DIGEST_ALGORITHMS[algorithms.digestAlgorithm],
    transforms: [ENVELOPED, EXC_C14N],
  });
  signer.computeSignature(xml, { prefix: 'ds', location: { reference: target.issuer, action: 'after' } });
  return signer.getSignedXml();
}
