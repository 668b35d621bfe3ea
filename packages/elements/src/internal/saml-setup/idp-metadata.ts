/**
 * Reads what an SP admin needs out of the IdP metadata the server publishes for a SAML app
 * (`_links.metadata`): the issuer, the HTTP-POST single sign-on URL and the signing certificate.
 * Browser-only (`DOMParser`); loaded lazily with the rest of the setup view.
 */

const MD = 'urn:oasis:names:tc:SAML:2.0:metadata';
const DS = 'http://www.w3.org/2000/09/xmldsig#';
const HTTP_POST = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';

/** Metadata larger than this is refused unread (Okta's is about 2 KB; rotation doubles the key). */
export const IDP_METADATA_MAX_CHARS = 64 * 1024;

/** The metadata could not be used; `field` names what was wrong, `rule` which limit or rule. */
export class SamlSetupError extends Error {
  override readonly name = 'SamlSetupError';
  readonly field: string;
  readonly rule: 'too_long' | 'doctype' | 'not_xml' | 'missing' | 'not_base64';

  constructor(field: string, rule: SamlSetupError['rule']) {
    super(`${field}: ${rule}`);
    this.field = field;
    this.rule = rule;
  }
}

/** The IdP values of the metadata. */
export interface IdpMetadataValues {
  /** "Identity Provider Issuer" (`entityID`). */
  readonly issuer: string;
  /** "Identity Provider Single Sign-On URL" (the HTTP-POST `SingleSignOnService`). */
  readonly ssoUrl: string;
  /** The signing certificate as bare base64 DER. */
  readonly certificate: string;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Parses IdP metadata XML, bounded in size; DTDs are refused (no entity expansion ever runs). */
export function readIdpMetadata(xml: string): IdpMetadataValues {
  if (xml.length > IDP_METADATA_MAX_CHARS) throw new SamlSetupError('metadata', 'too_long');
  if (/<!DOCTYPE/i.test(xml)) throw new SamlSetupError('metadata', 'doctype');
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  const root = document.documentElement;
  if (document.getElementsByTagName('parsererror').length > 0 || root.namespaceURI !== MD) {
    throw new SamlSetupError('metadata', 'not_xml');
  }
  const issuer = root.getAttribute('entityID') ?? '';
  if (issuer === '') throw new SamlSetupError('entityID', 'missing');
  const idp = root.getElementsByTagNameNS(MD, 'IDPSSODescriptor')[0];
  const services = idp === undefined ? [] : [...idp.getElementsByTagNameNS(MD, 'SingleSignOnService')];
  const post = services.find((service) => service.getAttribute('Binding') === HTTP_POST) ?? services[0];
  const ssoUrl = post?.getAttribute('Location') ?? '';
  if (ssoUrl === '') throw new SamlSetupError('SingleSignOnService', 'missing');
  const keys = idp === undefined ? [] : [...idp.getElementsByTagNameNS(MD, 'KeyDescriptor')];
  // The first signing key is the active one; a second is the next key of a rotation.
  const signing = keys.find((key) => (key.getAttribute('use') ?? 'signing') === 'signing');
  const certificate = (signing?.getElementsByTagNameNS(DS, 'X509Certificate')[0]?.textContent ?? '').replace(
    /\s+/g,
    '',
  );
  if (certificate === '') throw new SamlSetupError('X509Certificate', 'missing');
  if (certificate.length % 4 !== 0 || !BASE64.test(certificate)) {
    throw new SamlSetupError('X509Certificate', 'not_base64');
  }
  return { issuer, ssoUrl, certificate };
}
