import { ConfigValidationError } from '../errors.js';
import { attribute, childElements, descendants, firstChild, NS, textOf } from '../xml/dom.js';
import { loadXmlCrypto, loadXmlParser } from '../xml/libraries.js';
import { toPem } from '../xml/pem.js';

/**
 * What {@link readSamlRequest} accepts at most. A real AuthnRequest or LogoutRequest is under 4 KB,
 * six levels deep, with a few dozen elements and at most one signature.
 */
export const REQUEST_LIMITS = {
  /** Characters of XML (`too_big`). */
  maxLength: 64_000,
  /** Element nesting depth (`too_deep`). */
  maxDepth: 16,
  /** Elements in the document (`too_many_elements`). */
  maxElements: 200,
  /** `ds:Signature` elements anywhere (`too_many_signatures`). */
  maxSignatures: 1,
} as const;

/** The enveloped XML signature of a request, as found and (with a certificate) verified. */
export interface RequestSignature {
  /** `#ID` the signature's Reference points at. */
  readonly reference: string;
  readonly signatureAlgorithm: string | undefined;
  /** Only present when a certificate was given: whether the signature verifies and covers the root. */
  readonly valid?: boolean;
}

interface RequestBase {
  readonly id: string;
  readonly issueInstant: string;
  readonly destination: string | undefined;
  /** The SP's entity id. */
  readonly issuer: string | undefined;
  readonly issuerFormat: string | undefined;
  /** The `ds:Signature` directly under the root, when there is one. */
  readonly signature: RequestSignature | undefined;
}

/** A `samlp:AuthnRequest`, read (core 3.4.1). */
export interface AuthnRequestInfo extends RequestBase {
  readonly kind: 'AuthnRequest';
  readonly acsUrl: string | undefined;
  readonly acsIndex: number | undefined;
  readonly protocolBinding: string | undefined;
  readonly forceAuthn: boolean;
  readonly isPassive: boolean;
  readonly nameIdPolicyFormat: string | undefined;
}

/** A `samlp:LogoutRequest`, read (core 3.7.1). */
export interface LogoutRequestInfo extends RequestBase {
  readonly kind: 'LogoutRequest';
  readonly nameId: string | undefined;
  readonly sessionIndexes: readonly string[];
}

/** A `samlp:LogoutResponse`, read (core 3.7.2). */
export interface LogoutResponseInfo extends RequestBase {
  readonly kind: 'LogoutResponse';
  readonly inResponseTo: string | undefined;
  readonly statusCode: string | undefined;
}

/** What {@link readSamlRequest} returns. */
export type SamlRequestInfo = AuthnRequestInfo | LogoutRequestInfo | LogoutResponseInfo;

const KINDS = new Set(['AuthnRequest', 'LogoutRequest', 'LogoutResponse']);

function refuse(code: string, message: string): never {
  throw new ConfigValidationError([{ path: ['samlRequest'], code, message }]);
}

const xsBoolean = (value: string | undefined) => value === 'true' || value === '1';

/**
 * Reads a SAML protocol message an SP sends to an IdP (AuthnRequest, LogoutRequest or
 * LogoutResponse) from its XML, under {@link REQUEST_LIMITS} and without any DTD. With
 * `certificate` (the SP's signing certificate, PEM or base64) an enveloped signature directly under
 * the root is verified with xml-crypto and must reference the root's ID; the result says `valid`. The HTTP-Redirect binding's query signature is not in the
 * XML: check it on the query string. Throws `ConfigValidationError` (`samlRequest`) for input
 * that is not such a message; never decides policy (freshness, issuer, ACS): the caller does.
 */
export async function readSamlRequest(
  xml: string,
  options: { readonly certificate?: string } = {},
): Promise<SamlRequestInfo> {
  const { parseXml } = await loadXmlParser();
  const { maxSignatures, ...limits } = REQUEST_LIMITS;
  const document = parseXml(xml, { field: 'samlRequest', ...limits });
  const root = document.documentElement as Element;
  if (root.namespaceURI !== NS.samlp || !KINDS.has(root.localName)) {
    refuse('unexpected_message', `is a ${root.localName}, not an AuthnRequest, LogoutRequest or LogoutResponse`);
  }
  const signatures = descendants(document, NS.ds, 'Signature');
  if (signatures.length > maxSignatures) {
    refuse('too_many_signatures', `holds ${signatures.length} ds:Signature elements; a request has at most 1`);
  }
  const id = attribute(root, 'ID');
  const issueInstant = attribute(root, 'IssueInstant');
  if (id === undefined || id === '') refuse('missing_id', 'has no ID');
  if (attribute(root, 'Version') !== '2.0') refuse('wrong_version', 'Version must be 2.0');
  if (issueInstant === undefined) refuse('missing_issue_instant', 'has no IssueInstant');
  const issuerElement = firstChild(root, NS.saml, 'Issuer');
  const base = {
    id,
    issueInstant,
    destination: attribute(root, 'Destination'),
    issuer: textOf(issuerElement),
    issuerFormat: issuerElement === undefined ? undefined : attribute(issuerElement, 'Format'),
    signature: await readSignature(xml, root, id, options.certificate),
  };
  if (root.localName === 'LogoutRequest') {
    return {
      kind: 'LogoutRequest',
      ...base,
      nameId: textOf(firstChild(root, NS.saml, 'NameID')),
      sessionIndexes: childElements(root, NS.samlp, 'SessionIndex').flatMap((e) => textOf(e) ?? []),
    };
  }
  if (root.localName === 'LogoutResponse') {
    const status = firstChild(root, NS.samlp, 'Status');
    const code = status === undefined ? undefined : firstChild(status, NS.samlp, 'StatusCode');
    return {
      kind: 'LogoutResponse',
      ...base,
      inResponseTo: attribute(root, 'InResponseTo'),
      statusCode: code === undefined ? undefined : attribute(code, 'Value'),
    };
  }
  const index = attribute(root, 'AssertionConsumerServiceIndex');
  if (index !== undefined && !/^\d{1,5}$/.test(index)) {
    refuse('invalid_acs_index', 'AssertionConsumerServiceIndex must be an unsigned short');
  }
  const policy = firstChild(root, NS.samlp, 'NameIDPolicy');
  return {
    kind: 'AuthnRequest',
    ...base,
    acsUrl: attribute(root, 'AssertionConsumerServiceURL'),
    acsIndex: index === undefined ? undefined : Number(index),
    protocolBinding: attribute(root, 'ProtocolBinding'),
    forceAuthn: xsBoolean(attribute(root, 'ForceAuthn')),
    isPassive: xsBoolean(attribute(root, 'IsPassive')),
    nameIdPolicyFormat: policy === undefined ? undefined : attribute(policy, 'Format'),
  };
}

async function readSignature(
  xml: string,
  root: Element,
  id: string,
  certificate: string | undefined,
): Promise<RequestSignature | undefined> {
  const element = firstChild(root, NS.ds, 'Signature');
  if (element === undefined) return undefined;
  const signedInfo = firstChild(element, NS.ds, 'SignedInfo');
  const references = signedInfo === undefined ? [] : childElements(signedInfo, NS.ds, 'Reference');
  const method = signedInfo === undefined ? undefined : firstChild(signedInfo, NS.ds, 'SignatureMethod');
  const reference = references.length === 1 ? (attribute(references[0] as Element, 'URI') ?? '') : '';
  const info = {
    reference,
    signatureAlgorithm: method === undefined ? undefined : attribute(method, 'Algorithm'),
  };
  if (certificate === undefined) return info;
  // The signature must cover the root; xml-crypto refuses a document where another element repeats
  // the referenced ID (how signature wrapping smuggles a signed copy in).
  return { ...info, valid: reference === `#${id}` && (await verifies(xml, element, certificate)) };
}

async function verifies(xml: string, signature: Element, certificate: string): Promise<boolean> {
  const { SignedXml } = await loadXmlCrypto();
  const verifier = new SignedXml({ publicCert: toPem(certificate) });
  try {
    verifier.loadSignature(signature);
    return verifier.checkSignature(xml);
  } catch {
    return false;
  }
}
