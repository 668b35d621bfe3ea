/** XML-DSig URIs for Okta's `signatureAlgorithm` / `digestAlgorithm` values. */
export const SIGNATURE_ALGORITHMS = {
  RSA_SHA256: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  RSA_SHA1: 'http://www.w3.org/2000/09/xmldsig#rsa-sha1',
} as const;

export const DIGEST_ALGORITHMS = {
  SHA256: 'http://www.w3.org/2001/04/xmlenc#sha256',
  SHA1: 'http://www.w3.org/2000/09/xmldsig#sha1',
} as const;

export const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
export const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';
export const STATUS_SUCCESS = 'urn:oasis:names:tc:SAML:2.0:status:Success';
export const BEARER = 'urn:oasis:names:tc:SAML:2.0:cm:bearer';
