import { attribute, childElements, NS } from '../xml/dom.js';
import { loadXmlCrypto } from '../xml/libraries.js';
import { toPem } from '../xml/pem.js';
import { DIGEST_ALGORITHMS, SIGNATURE_ALGORITHMS } from './algorithms.js';
import { readSignature, type SignatureInfo } from './inspect-read.js';
import type { SamlConfig } from './saml.schema.js';

type Problem = readonly [code: string, message: string];

/** A `ds:Signature` as read, and whether it is one of the (at most two) that count. */
interface FoundSignature {
  readonly element: Element;
  readonly info: SignatureInfo;
  readonly counts: boolean;
}

/**
 * Reads every `ds:Signature` and marks the ones that count, as @node-saml/node-saml picks them: by
 * position, the first one directly under the Response and the first one directly under the
 * Assertion that was read. A signature anywhere else cannot vouch for what the SP reads.
 */
export function findSignatures(
  all: readonly Element[],
  response: Element,
  assertion: Element | undefined,
): FoundSignature[] {
  const counted = new Set<Element>([
    ...childElements(response, NS.ds, 'Signature').slice(0, 1),
    ...(assertion === undefined ? [] : childElements(assertion, NS.ds, 'Signature').slice(0, 1)),
  ]);
  return all.map((element) => ({
    element,
    info: readSignature(element, response, assertion),
    counts: counted.has(element),
  }));
}

/** Whether the signature's Reference points at `target` (which must have an ID). */
export function references(info: SignatureInfo, target: Element | undefined): boolean {
  const id = target === undefined ? undefined : attribute(target, 'ID');
  return id !== undefined && info.reference === `#${id}`;
}

/** Placement, reference and algorithms of each signature, measured against the config. */
export function signatureProblems(
  signatures: readonly FoundSignature[],
  targets: { readonly response: Element; readonly assertion: Element | undefined },
  config: SamlConfig,
): Problem[] {
  const out: Problem[] = [];
  const expectedSignature = SIGNATURE_ALGORITHMS[config.signatureAlgorithm];
  const expectedDigest = DIGEST_ALGORITHMS[config.digestAlgorithm];
  for (const { info, counts } of signatures) {
    if (!references(info, info.on === 'other' ? undefined : targets[info.on])) {
      out.push([
        'signature_not_covering',
        `a ds:Signature references ${info.reference || '(nothing)'}, not the element that carries it (signature wrapping)`,
      ]);
    } else if (!counts) {
      out.push(['multiple_signatures', `the ${info.on} carries more than one ds:Signature; only the first counts`]);
    }
    if (info.signatureAlgorithm !== undefined && info.signatureAlgorithm !== expectedSignature) {
      out.push([
        'algorithm_mismatch',
        `a ds:Signature uses ${info.signatureAlgorithm}; the config says ${config.signatureAlgorithm}`,
      ]);
    }
    if (info.digestAlgorithm !== undefined && info.digestAlgorithm !== expectedDigest) {
      out.push([
        'algorithm_mismatch',
        `a ds:Signature digests with ${info.digestAlgorithm}; the config says ${config.digestAlgorithm}`,
      ]);
    }
  }
  return out;
}

/**
 * Verifies the signatures that count with xml-crypto (each verification re-parses the document,
 * so verifying only these keeps the cost at two parses whatever the document holds). The others
 * are returned without a `valid` field: they were not verified.
 */
export async function verifySignatures(
  xml: string,
  signatures: readonly FoundSignature[],
  certificate: string,
): Promise<{ infos: SignatureInfo[]; problems: Problem[] }> {
  const { SignedXml } = await loadXmlCrypto();
  const publicCert = toPem(certificate);
  // A signature that xml-crypto cannot even load (no SignedInfo, say) does not verify either.
  const verifies = (element: Element) => {
    const verifier = new SignedXml({ publicCert });
    try {
      verifier.loadSignature(element);
      return verifier.checkSignature(xml);
    } catch {
      return false;
    }
  };
  const problems: Problem[] = [];
  const infos = signatures.map(({ element, info, counts }) => {
    if (!counts) return info;
    const valid = verifies(element);
    if (!valid) {
      problems.push([
        'signature_invalid',
        `the ds:Signature on the ${info.on} (${info.reference}) does not verify with the given certificate`,
      ]);
    }
    return { ...info, valid };
  });
  return { infos, problems };
}
