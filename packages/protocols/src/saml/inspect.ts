import { ConfigValidationError } from '../errors.js';
import { attribute, childElements, descendants, firstChild, NS, textOf } from '../xml/dom.js';
import { decodeBase64, toPem } from '../xml/pem.js';
import { SIGNATURE_ALGORITHMS, STATUS_SUCCESS } from './algorithms.js';
import { NAME_ID_FORMATS } from './common.js';
import type { SamlConfig } from './saml.schema.js';

/** Options for {@link inspectResponse}. */
export interface InspectResponseOptions {
  /** Time to check validity windows against. @default new Date() */
  readonly now?: Date;
  /** Allowed clock difference in seconds. @default 300 */
  readonly clockSkewSeconds?: number;
  /** IdP signing certificate (PEM or base64). When given, signatures are verified with xml-crypto. */
  readonly idpCertificate?: string;
  /** Expected `InResponseTo` (SP-initiated flows). */
  readonly inResponseTo?: string;
}

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
  /** Cryptographic result; only present when an `idpCertificate` was given. */
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
    readonly audiences: readonly string[];
    readonly authnInstant?: string | undefined;
    readonly sessionIndex?: string | undefined;
    readonly authnContextClassRef?: string | undefined;
    readonly attributes: Readonly<Record<string, readonly string[]>>;
  };
  readonly signatures: readonly SignatureInfo[];
  readonly problems: readonly ResponseProblem[];
}

function decode(input: string): string {
  const trimmed = input.trim();
  if (trimmed.startsWith('<')) return trimmed;
  const bytes = decodeBase64(trimmed.replace(/\s+/g, ''));
  if (bytes === undefined) {
    throw new ConfigValidationError([
      { path: ['samlResponse'], code: 'invalid_encoding', message: 'samlResponse: is neither XML nor base64' },
    ]);
  }
  return new TextDecoder().decode(bytes);
}

const time = (value: string | undefined) => (value === undefined ? Number.NaN : Date.parse(value));

function readSignature(signature: Element, response: Element, assertion: Element | undefined): SignatureInfo {
  const signedInfo = firstChild(signature, NS.ds, 'SignedInfo');
  const reference = signedInfo === undefined ? undefined : firstChild(signedInfo, NS.ds, 'Reference');
  const method = signedInfo === undefined ? undefined : firstChild(signedInfo, NS.ds, 'SignatureMethod');
  const digest = reference === undefined ? undefined : firstChild(reference, NS.ds, 'DigestMethod');
  const parent = signature.parentNode;
  const on = parent === response ? 'response' : parent === assertion && assertion !== undefined ? 'assertion' : 'other';
  const signatureAlgorithm = method === undefined ? undefined : attribute(method, 'Algorithm');
  const digestAlgorithm = digest === undefined ? undefined : attribute(digest, 'Algorithm');
  return {
    on,
    reference: (reference === undefined ? undefined : attribute(reference, 'URI')) ?? '',
    ...(signatureAlgorithm === undefined ? {} : { signatureAlgorithm }),
    ...(digestAlgorithm === undefined ? {} : { digestAlgorithm }),
  };
}

/**
 * Decodes a SAML Response (base64 as posted, or XML) and lists its problems against `config`:
 * bad status, wrong audience / recipient / destination / issuer / NameID format, expired or not
 * yet valid, unsigned where signing is required, signatures that do not cover the assertion that
 * was read (wrapping), duplicate IDs. No key is needed; with `idpCertificate` every signature is
 * also verified with xml-crypto (loaded on first use). Throws `ConfigValidationError` only when
 * the input is not XML at all.
 */
export async function inspectResponse(
  samlResponse: string,
  config: SamlConfig,
  options: InspectResponseOptions = {},
): Promise<InspectedResponse> {
  const { parseXml } = await import('../xml/parse.js');
  const xml = decode(samlResponse);
  const document = parseXml(xml, { field: 'samlResponse' });
  const problems: ResponseProblem[] = [];
  const problem = (code: string, message: string) => problems.push({ code, message });
  const root = document.documentElement;
  if (root.namespaceURI !== NS.samlp || root.localName !== 'Response') {
    problem('not_a_response', `the root element is ${root.tagName}, not samlp:Response`);
  }
  const statusCode = firstChild(firstChild(root, NS.samlp, 'Status') ?? root, NS.samlp, 'StatusCode');
  const status = {
    code: statusCode === undefined ? undefined : attribute(statusCode, 'Value'),
    subCode: (() => {
      const nested = statusCode === undefined ? undefined : firstChild(statusCode, NS.samlp, 'StatusCode');
      return nested === undefined ? undefined : attribute(nested, 'Value');
    })(),
    message: textOf(firstChild(firstChild(root, NS.samlp, 'Status') ?? root, NS.samlp, 'StatusMessage')),
  };
  const response: InspectedResponse['response'] = {
    id: attribute(root, 'ID'),
    issuer: textOf(firstChild(root, NS.saml, 'Issuer')),
    destination: attribute(root, 'Destination'),
    issueInstant: attribute(root, 'IssueInstant'),
    inResponseTo: attribute(root, 'InResponseTo'),
    status,
  };
  if (status.code !== STATUS_SUCCESS) {
    problem(
      'bad_status',
      `Status is ${status.code ?? '(missing)'}${status.subCode ? ` / ${status.subCode}` : ''}${status.message ? `: ${status.message}` : ''}`,
    );
  }
  if (response.destination !== undefined && response.destination !== config.destination) {
    problem('wrong_destination', `Response Destination is ${response.destination}, expected ${config.destination}`);
  }
  const expectedIssuer = config.idpIssuer.includes('${') ? undefined : config.idpIssuer;
  if (expectedIssuer !== undefined && response.issuer !== undefined && response.issuer !== expectedIssuer) {
    problem('wrong_issuer', `Response Issuer is ${response.issuer}, expected ${expectedIssuer}`);
  }
  if (options.inResponseTo !== undefined && response.inResponseTo !== options.inResponseTo) {
    problem(
      'wrong_in_response_to',
      `InResponseTo is ${response.inResponseTo ?? '(missing)'}, expected ${options.inResponseTo}`,
    );
  }

  // Wrapping attacks add a second assertion (or move the signed one) so that the signature and
  // the assertion an SP reads differ. Any assertion beyond the one directly under Response is a red flag.
  const allAssertions = descendants(document, NS.saml, 'Assertion');
  const direct = childElements(root, NS.saml, 'Assertion');
  const encryptedAssertion = childElements(root, NS.saml, 'EncryptedAssertion').length > 0;
  if (allAssertions.length > 1 || direct.length > 1) {
    problem(
      'wrapped',
      `the document holds ${allAssertions.length} assertions; exactly one is allowed (signature wrapping)`,
    );
  }
  const ids = new Map<string, number>();
  const countIds = (node: Node) => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType !== 1) continue;
      const id = attribute(child as Element, 'ID');
      if (id !== undefined) ids.set(id, (ids.get(id) ?? 0) + 1);
      countIds(child);
    }
  };
  countIds(document);
  for (const [id, count] of ids)
    if (count > 1) problem('duplicate_id', `ID ${id} appears ${count} times (signature wrapping)`);

  const assertionElement = direct[0];
  if (assertionElement === undefined && !encryptedAssertion)
    problem('no_assertion', 'Response holds no saml:Assertion');
  if (encryptedAssertion) problem('encrypted', 'the assertion is encrypted; it cannot be inspected without the SP key');

  const signatures = descendants(document, NS.ds, 'Signature').map((s) => ({
    element: s,
    info: readSignature(s, root, assertionElement),
  }));
  const covers = (on: 'response' | 'assertion', element: Element | undefined) =>
    element !== undefined &&
    signatures.some((s) => s.info.on === on && s.info.reference === `#${attribute(element, 'ID') ?? '\u0000'}`);
  for (const { info } of signatures) {
    const target = info.on === 'response' ? root : info.on === 'assertion' ? assertionElement : undefined;
    if (target === undefined || info.reference !== `#${attribute(target, 'ID')}`) {
      problem(
        'signature_not_covering',
        `a ds:Signature references ${info.reference || '(nothing)'}, not the element that carries it (signature wrapping)`,
      );
    }
    if (
      info.signatureAlgorithm !== undefined &&
      info.signatureAlgorithm !== SIGNATURE_ALGORITHMS[config.signatureAlgorithm]
    ) {
      problem(
        'algorithm_mismatch',
        `a ds:Signature uses ${info.signatureAlgorithm}; the config says ${config.signatureAlgorithm}`,
      );
    }
  }
  if (config.responseSigned && !covers('response', root))
    problem('response_unsigned', 'the Response is not signed but the config requires it');
  if (config.assertionSigned && assertionElement !== undefined && !covers('assertion', assertionElement)) {
    problem('assertion_unsigned', 'the Assertion is not signed but the config requires it');
  }

  let assertion: InspectedResponse['assertion'];
  if (assertionElement !== undefined) {
    const subject = firstChild(assertionElement, NS.saml, 'Subject');
    const nameIdElement = subject === undefined ? undefined : firstChild(subject, NS.saml, 'NameID');
    const confirmation = subject === undefined ? undefined : firstChild(subject, NS.saml, 'SubjectConfirmation');
    const confirmationData =
      confirmation === undefined ? undefined : firstChild(confirmation, NS.saml, 'SubjectConfirmationData');
    const conditions = firstChild(assertionElement, NS.saml, 'Conditions');
    const authn = firstChild(assertionElement, NS.saml, 'AuthnStatement');
    const attributes: Record<string, string[]> = {};
    for (const statement of childElements(assertionElement, NS.saml, 'AttributeStatement')) {
      for (const a of childElements(statement, NS.saml, 'Attribute')) {
        const name = attribute(a, 'Name') ?? '';
        attributes[name] = [
          ...(attributes[name] ?? []),
          ...childElements(a, NS.saml, 'AttributeValue').map((v) => v.textContent ?? ''),
        ];
      }
    }
    const authnContext = authn === undefined ? undefined : firstChild(authn, NS.saml, 'AuthnContext');
    const read: NonNullable<InspectedResponse['assertion']> = {
      id: attribute(assertionElement, 'ID'),
      issuer: textOf(firstChild(assertionElement, NS.saml, 'Issuer')),
      nameId: textOf(nameIdElement),
      nameIdFormat: nameIdElement === undefined ? undefined : attribute(nameIdElement, 'Format'),
      recipient: confirmationData === undefined ? undefined : attribute(confirmationData, 'Recipient'),
      subjectNotOnOrAfter: confirmationData === undefined ? undefined : attribute(confirmationData, 'NotOnOrAfter'),
      notBefore: conditions === undefined ? undefined : attribute(conditions, 'NotBefore'),
      notOnOrAfter: conditions === undefined ? undefined : attribute(conditions, 'NotOnOrAfter'),
      audiences:
        conditions === undefined ? [] : descendants(conditions, NS.saml, 'Audience').flatMap((a) => textOf(a) ?? []),
      authnInstant: authn === undefined ? undefined : attribute(authn, 'AuthnInstant'),
      sessionIndex: authn === undefined ? undefined : attribute(authn, 'SessionIndex'),
      authnContextClassRef: textOf(
        authnContext === undefined ? undefined : firstChild(authnContext, NS.saml, 'AuthnContextClassRef'),
      ),
      attributes,
    };
    assertion = read;
    const now = (options.now ?? new Date()).getTime();
    const skew = (options.clockSkewSeconds ?? 300) * 1000;
    if (!read.audiences.includes(config.audience)) {
      problem('wrong_audience', `Audience is ${read.audiences.join(', ') || '(none)'}, expected ${config.audience}`);
    }
    if (read.recipient !== config.recipient) {
      problem(
        'wrong_recipient',
        `SubjectConfirmationData Recipient is ${read.recipient ?? '(missing)'}, expected ${config.recipient}`,
      );
    }
    if (expectedIssuer !== undefined && read.issuer !== expectedIssuer) {
      problem('wrong_issuer', `Assertion Issuer is ${read.issuer ?? '(missing)'}, expected ${expectedIssuer}`);
    }
    if (read.nameIdFormat !== undefined && read.nameIdFormat !== NAME_ID_FORMATS[config.nameIdFormat]) {
      problem(
        'wrong_name_id_format',
        `NameID Format is ${read.nameIdFormat}, expected ${NAME_ID_FORMATS[config.nameIdFormat]}`,
      );
    }
    for (const [label, value] of [
      ['Conditions NotOnOrAfter', read.notOnOrAfter],
      ['SubjectConfirmationData NotOnOrAfter', read.subjectNotOnOrAfter],
    ] as const) {
      if (value === undefined) continue;
      if (Number.isNaN(time(value))) problem('invalid_time', `${label} is not a dateTime: ${value}`);
      else if (now - skew >= time(value)) problem('expired', `${label} ${value} has passed`);
    }
    if (read.notBefore !== undefined && time(read.notBefore) > now + skew) {
      problem('not_yet_valid', `Conditions NotBefore ${read.notBefore} is in the future`);
    }
  }

  let signatureInfos = signatures.map((s) => s.info);
  if (options.idpCertificate !== undefined) {
    const { SignedXml } = await import('xml-crypto');
    const publicCert = toPem(options.idpCertificate);
    signatureInfos = signatures.map(({ element, info }) => {
      const verifier = new SignedXml({ publicCert });
      let valid = false;
      try {
        verifier.loadSignature(element);
        valid = verifier.checkSignature(xml);
      } catch {
        valid = false;
      }
      if (!valid)
        problem(
          'signature_invalid',
          `the ds:Signature on the ${info.on} (${info.reference}) does not verify with the given certificate`,
        );
      return { ...info, valid };
    });
  }
  return {
    xml,
    response: dropUndefined(response),
    encryptedAssertion,
    ...(assertion === undefined ? {} : { assertion: dropUndefined(assertion) }),
    signatures: signatureInfos,
    problems,
  };
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
