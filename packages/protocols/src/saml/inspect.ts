import { attribute, childElements, descendants, NS } from '../xml/dom.js';
import { toPem } from '../xml/pem.js';
import { SIGNATURE_ALGORITHMS, STATUS_SUCCESS } from './algorithms.js';
import { NAME_ID_FORMATS } from './common.js';
import {
  decode,
  type InspectedResponse,
  idCounts,
  type ResponseProblem,
  readAssertion,
  readResponse,
  readSignature,
} from './inspect-read.js';
import type { SamlConfig } from './saml.schema.js';

export type { InspectedResponse, ResponseProblem, SignatureInfo } from './inspect-read.js';

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

  const response = readResponse(root);
  const { status } = response;
  if (status.code !== STATUS_SUCCESS) {
    const detail = `${status.subCode ? ` / ${status.subCode}` : ''}${status.message ? `: ${status.message}` : ''}`;
    problem('bad_status', `Status is ${status.code ?? '(missing)'}${detail}`);
  }
  if (response.destination !== undefined && response.destination !== config.destination) {
    problem('wrong_destination', `Response Destination is ${response.destination}, expected ${config.destination}`);
  }
  // Okta's default issuer is a template (`${org.externalKey}`) that only Okta can resolve.
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
  for (const [id, count] of idCounts(document)) {
    if (count > 1) problem('duplicate_id', `ID ${id} appears ${count} times (signature wrapping)`);
  }
  const assertionElement = direct[0];
  if (assertionElement === undefined && !encryptedAssertion)
    problem('no_assertion', 'Response holds no saml:Assertion');
  if (encryptedAssertion) problem('encrypted', 'the assertion is encrypted; it cannot be inspected without the SP key');

  const signatures = descendants(document, NS.ds, 'Signature').map((element) => ({
    element,
    info: readSignature(element, root, assertionElement),
  }));
  const covers = (on: 'response' | 'assertion', element: Element) =>
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
  if (config.responseSigned && !covers('response', root)) {
    problem('response_unsigned', 'the Response is not signed but the config requires it');
  }
  if (config.assertionSigned && assertionElement !== undefined && !covers('assertion', assertionElement)) {
    problem('assertion_unsigned', 'the Assertion is not signed but the config requires it');
  }

  const assertion = assertionElement === undefined ? undefined : readAssertion(assertionElement);
  if (assertion !== undefined) {
    for (const [code, message] of assertionProblems(assertion, config, expectedIssuer, options)) problem(code, message);
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
      if (!valid) {
        problem(
          'signature_invalid',
          `the ds:Signature on the ${info.on} (${info.reference}) does not verify with the given certificate`,
        );
      }
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

const time = (value: string | undefined) => (value === undefined ? Number.NaN : Date.parse(value));

/** Audience, recipient, issuer, NameID format and validity window of the assertion that was read. */
function assertionProblems(
  assertion: NonNullable<InspectedResponse['assertion']>,
  config: SamlConfig,
  expectedIssuer: string | undefined,
  options: InspectResponseOptions,
): [string, string][] {
  const out: [string, string][] = [];
  const now = (options.now ?? new Date()).getTime();
  const skew = (options.clockSkewSeconds ?? 300) * 1000;
  if (!assertion.audiences.includes(config.audience)) {
    out.push([
      'wrong_audience',
      `Audience is ${assertion.audiences.join(', ') || '(none)'}, expected ${config.audience}`,
    ]);
  }
  if (assertion.recipient !== config.recipient) {
    out.push([
      'wrong_recipient',
      `SubjectConfirmationData Recipient is ${assertion.recipient ?? '(missing)'}, expected ${config.recipient}`,
    ]);
  }
  if (expectedIssuer !== undefined && assertion.issuer !== expectedIssuer) {
    out.push(['wrong_issuer', `Assertion Issuer is ${assertion.issuer ?? '(missing)'}, expected ${expectedIssuer}`]);
  }
  const format = NAME_ID_FORMATS[config.nameIdFormat];
  if (assertion.nameIdFormat !== undefined && assertion.nameIdFormat !== format) {
    out.push(['wrong_name_id_format', `NameID Format is ${assertion.nameIdFormat}, expected ${format}`]);
  }
  for (const [label, value] of [
    ['Conditions NotOnOrAfter', assertion.notOnOrAfter],
    ['SubjectConfirmationData NotOnOrAfter', assertion.subjectNotOnOrAfter],
  ] as const) {
    if (value === undefined) continue;
    if (Number.isNaN(time(value))) out.push(['invalid_time', `${label} is not a dateTime: ${value}`]);
    else if (now - skew >= time(value)) out.push(['expired', `${label} ${value} has passed`]);
  }
  if (assertion.notBefore !== undefined && time(assertion.notBefore) > now + skew) {
    out.push(['not_yet_valid', `Conditions NotBefore ${assertion.notBefore} is in the future`]);
  }
  return out;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
