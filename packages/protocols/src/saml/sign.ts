import type { KeyObject } from 'node:crypto';
import { loadXmlCrypto } from '../xml/libraries.js';
import { toPem } from '../xml/pem.js';
import { DIGEST_ALGORITHMS, ENVELOPED, EXC_C14N, SIGNATURE_ALGORITHMS } from './algorithms.js';
import type { SamlConfig } from './saml.schema.js';

/** Which element to sign and where its `ds:Signature` goes (right after that element's Issuer). */
export interface SignTarget {
  readonly reference: string;
  readonly issuer: string;
}

/** Signing keys prepared at once; past it the oldest is dropped (it is prepared again on its next use). */
const MAX_PREPARED_KEYS = 64;

/** A signing key in the form xml-crypto signs with: the parsed private key and the KeyInfo it publishes. */
interface PreparedKey {
  readonly privateKey: KeyObject;
  readonly keyInfo: string | null;
}

const prepared = new Map<string, PreparedKey>();

/**
 * The key parsed once and reused: given PEM text, every signature parsed the private key again
 * (OpenSSL 3's PEM decoding costs several times the RSA-2048 signature itself), and xml-crypto
 * parsed the certificate again to build KeyInfo. KeyInfo is still xml-crypto's own, built once.
 */
async function prepare(key: { readonly privateKey: string; readonly certificate: string }): Promise<PreparedKey> {
  const id = `${key.privateKey}\n${key.certificate}`;
  const known = prepared.get(id);
  if (known !== undefined) return known;
  // Loaded here, not at the top: this module is reachable from code that also runs in browsers.
  const [{ createPrivateKey }, { SignedXml }] = await Promise.all([import('node:crypto'), loadXmlCrypto()]);
  const fresh = {
    privateKey: createPrivateKey(key.privateKey),
    keyInfo: SignedXml.getKeyInfoContent({ publicCert: toPem(key.certificate), prefix: 'ds' }),
  };
  if (prepared.size >= MAX_PREPARED_KEYS) prepared.delete(prepared.keys().next().value as string);
  prepared.set(id, fresh);
  return fresh;
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
  const { privateKey, keyInfo } = await prepare(key);
  const signer = new SignedXml({
    privateKey,
    getKeyInfoContent: () => keyInfo,
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
