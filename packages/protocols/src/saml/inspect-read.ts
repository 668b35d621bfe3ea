import { ConfigValidationError } from '../errors.js';
import { attribute, childElements, elementsBelow, firstChild, NS, textOf } from '../xml/dom.js';
import { decodeBase64 } from '../xml/pem.js';

/** Readers for `inspectResponse`: they describe what a response says, without judging it. */

/** One thing wrong with a response, measured against the config. */
export interface ResponseProblem {
  /** Stable rule identifier, e.g. `wrong_audience`, `expired`, `assertion_unsigned`, `wrapped`. */
  readonly code: string;
  /** What is wrong, naming the element or attribute. */
  readonly message: string;
}

/** A `ds:Signature` found in the document. */
export interface SignatureInfo {
  /** Which element it signs (its parent), or `other` when it sits elsewhere. */
  readonly on: 'response' | 'assertion' | 'other';
  /** Reference URI, e.g. `#_abc`. */
  readonly reference: string;
  readonly signatureAlgorithm?: string;
  readonly digestAlgorithm?: string;
  /**
   * Cryptographic result; only present when an `idpCertificate` was given, and only for the
   * signatures that count: the first one directly under the Response and the first one directly
   * under the Assertion. Others are never verified (they cannot vouch for what is read).
   */
  readonly valid?: boolean;
}

/** The decoded response, what its first assertion says, and the problems found. */
export interface InspectedResponse {
  readonly xml: string;
  readonly response: {
    readonly id?: string | undefined;
    readonly issuer?: string | undefined;
    readonly destination?: string | undefined;
    readonly issueInstant?: string | undefined;
    readonly inResponseTo?: string | undefined;
    readonly status: {
      readonly code?: string | undefined;
      readonly subCode?: string | undefined;
      readonly message?: string | undefined;
    };
  };
  readonly encryptedAssertion: boolean;
  readonly assertion?: {
    readonly id?: string | undefined;
    readonly issuer?: string | undefined;
    readonly nameId?: string | undefined;
    readonly nameIdFormat?: string | undefined;
    readonly recipient?: string | undefined;
    readonly subjectNotOnOrAfter?: string | undefined;
    readonly notBefore?: string | undefined;
    readonly notOnOrAfter?: string | undefined;
    /** Every Audience, from every AudienceRestriction. */
    readonly audiences: readonly string[];
    /** The Audiences of each AudienceRestriction; the SP must be named in every one (SAML core 2.5.1.4). */
    readonly audienceRestrictions: readonly (readonly string[])[];
    readonly authnInstant?: string | undefined;
    readonly sessionIndex?: string | undefined;
    readonly authnContextClassRef?: string | undefined;
    readonly attributes: Readonly<Record<string, readonly string[]>>;
  };
  readonly signatures: readonly SignatureInfo[];
  readonly problems: readonly ResponseProblem[];
}

function refuse(field: string, code: string, message: string): never {
  throw new ConfigValidationError([{ path: [field], code, message }]);
}

/**
 * The XML of a posted `SAMLResponse` (base64) or of XML given as is. Input over twice `maxLength`
 * (base64 and line breaks of a `maxLength` document fit) is refused before anything is decoded.
 */
export function decode(input: string, maxLength: number, field = 'samlResponse'): string {
  if (input.length > 2 * maxLength)
    refuse(field, 'too_big', `is ${input.length} characters, over the ${maxLength} limit`);
  const trimmed = input.trim();
  if (trimmed === '') refuse(field, 'empty_document', 'is an empty document');
  if (trimmed.startsWith('<')) return trimmed;
  const bytes = decodeBase64(trimmed.replace(/\s+/g, ''));
  if (bytes === undefined) refuse(field, 'invalid_encoding', 'is neither XML nor base64');
  return new TextDecoder().decode(bytes);
}

/** Where a `ds:Signature` sits, what it references and which algorithms it names. */
export function readSignature(signature: Element, response: Element, assertion: Element | undefined): SignatureInfo {
  const signedInfo = firstChild(signature, NS.ds, 'SignedInfo');
  const reference = signedInfo === undefined ? undefined : firstChild(signedInfo, NS.ds, 'Reference');
  const method = signedInfo === undefined ? undefined : firstChild(signedInfo, NS.ds, 'SignatureMethod');
  const digest = reference === undefined ? undefined : firstChild(reference, NS.ds, 'DigestMethod');
  const parent = signature.parentNode;
  // A parent is never `undefined`, so without an assertion nothing sits on it.
  const on = parent === response ? 'response' : parent === assertion ? 'assertion' : 'other';
  const signatureAlgorithm = method === undefined ? undefined : attribute(method, 'Algorithm');
  const digestAlgorithm = digest === undefined ? undefined : attribute(digest, 'Algorithm');
  return {
    on,
    reference: (reference === undefined ? undefined : attribute(reference, 'URI')) ?? '',
    ...(signatureAlgorithm === undefined ? {} : { signatureAlgorithm }),
    ...(digestAlgorithm === undefined ? {} : { digestAlgorithm }),
  };
}

/** The Response element's own fields and status. */
export function readResponse(root: Element): InspectedResponse['response'] {
  const statusElement = firstChild(root, NS.samlp, 'Status');
  const statusCode = statusElement === undefined ? undefined : firstChild(statusElement, NS.samlp, 'StatusCode');
  const nested = statusCode === undefined ? undefined : firstChild(statusCode, NS.samlp, 'StatusCode');
  const status = {
    code: statusCode === undefined ? undefined : attribute(statusCode, 'Value'),
    subCode: nested === undefined ? undefined : attribute(nested, 'Value'),
    message: textOf(statusElement === undefined ? undefined : firstChild(statusElement, NS.samlp, 'StatusMessage')),
  };
  return {
    id: attribute(root, 'ID'),
    issuer: textOf(firstChild(root, NS.saml, 'Issuer')),
    destination: attribute(root, 'Destination'),
    issueInstant: attribute(root, 'IssueInstant'),
    inResponseTo: attribute(root, 'InResponseTo'),
    status,
  };
}

/** What an assertion says: subject, conditions, authentication and attributes. */
export function readAssertion(assertionElement: Element): NonNullable<InspectedResponse['assertion']> {
  const subject = firstChild(assertionElement, NS.saml, 'Subject');
  const nameIdElement = subject === undefined ? undefined : firstChild(subject, NS.saml, 'NameID');
  const confirmation = subject === undefined ? undefined : firstChild(subject, NS.saml, 'SubjectConfirmation');
  const confirmationData =
    confirmation === undefined ? undefined : firstChild(confirmation, NS.saml, 'SubjectConfirmationData');
  const conditions = firstChild(assertionElement, NS.saml, 'Conditions');
  const authn = firstChild(assertionElement, NS.saml, 'AuthnStatement');
  // A Map, not an object: attribute names are attacker-chosen (`__proto__`), and pushing keeps
  // repeated names linear.
  const attributes = new Map<string, string[]>();
  for (const statement of childElements(assertionElement, NS.saml, 'AttributeStatement')) {
    for (const a of childElements(statement, NS.saml, 'Attribute')) {
      const name = attribute(a, 'Name') ?? '';
      const values = attributes.get(name) ?? [];
      for (const value of childElements(a, NS.saml, 'AttributeValue')) values.push(value.textContent ?? '');
      attributes.set(name, values);
    }
  }
  const audienceRestrictions = (
    conditions === undefined ? [] : childElements(conditions, NS.saml, 'AudienceRestriction')
  ).map((restriction) => childElements(restriction, NS.saml, 'Audience').flatMap((a) => textOf(a) ?? []));
  const authnContext = authn === undefined ? undefined : firstChild(authn, NS.saml, 'AuthnContext');
  return {
    id: attribute(assertionElement, 'ID'),
    issuer: textOf(firstChild(assertionElement, NS.saml, 'Issuer')),
    nameId: textOf(nameIdElement),
    nameIdFormat: nameIdElement === undefined ? undefined : attribute(nameIdElement, 'Format'),
    recipient: confirmationData === undefined ? undefined : attribute(confirmationData, 'Recipient'),
    subjectNotOnOrAfter: confirmationData === undefined ? undefined : attribute(confirmationData, 'NotOnOrAfter'),
    notBefore: conditions === undefined ? undefined : attribute(conditions, 'NotBefore'),
    notOnOrAfter: conditions === undefined ? undefined : attribute(conditions, 'NotOnOrAfter'),
    audienceRestrictions,
    audiences: audienceRestrictions.flat(),
    authnInstant: authn === undefined ? undefined : attribute(authn, 'AuthnInstant'),
    sessionIndex: authn === undefined ? undefined : attribute(authn, 'SessionIndex'),
    authnContextClassRef: textOf(
      authnContext === undefined ? undefined : firstChild(authnContext, NS.saml, 'AuthnContextClassRef'),
    ),
    attributes: Object.fromEntries(attributes),
  };
}

/** How often each `ID` attribute value occurs in the document (a repeat signals wrapping). */
export function idCounts(document: Document): Map<string, number> {
  const ids = new Map<string, number>();
  for (const { element } of elementsBelow(document)) {
    const id = attribute(element, 'ID');
    if (id !== undefined) ids.set(id, (ids.get(id) ?? 0) + 1);
  }
  return ids;
}
