import { DOMParser, XMLSerializer } from '@xmldom/xmldom';

/** Where an XML signature wrapping (XSW) attack puts its unsigned evil assertion. */
export type XswVariant = 'before' | 'after' | 'inside-signature' | 'duplicate-id';

const SAML = 'urn:oasis:names:tc:SAML:2.0:assertion';
const DS = 'http://www.w3.org/2000/09/xmldsig#';

/**
 * Wraps a signed SAML response: injects an unsigned copy of its assertion whose NameID is
 * `mallory@example.test`, keeping the signed one in the document, at the place `variant` says.
 * Shared by the protocol tests (node-saml refusals) and the inspector's browser tests.
 */
export function wrapAssertion(xml: string, variant: XswVariant): string {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const response = doc.documentElement;
  if (response === null) throw new Error('not XML');
  const signed = response.getElementsByTagNameNS(SAML, 'Assertion')[0] as Element;
  const evil = signed.cloneNode(true) as Element;
  for (const sig of Array.from(evil.getElementsByTagNameNS(DS, 'Signature'))) sig.parentNode?.removeChild(sig);
  const nameId = evil.getElementsByTagNameNS(SAML, 'NameID')[0] as Element;
  nameId.textContent = 'mallory@example.test';
  if (variant !== 'duplicate-id') evil.setAttribute('ID', '_evil');
  if (variant === 'before') response.insertBefore(evil, signed);
  else if (variant === 'after' || variant === 'duplicate-id') response.appendChild(evil);
  else {
    const sig = signed.getElementsByTagNameNS(DS, 'Signature')[0] as Element;
    const object = doc.createElementNS(DS, 'ds:Object');
    object.appendChild(evil);
    sig.appendChild(object);
  }
  return new XMLSerializer().serializeToString(doc);
}
