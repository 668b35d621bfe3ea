import { ConfigValidationError } from '../errors.js';
import { childElements, descendants, NS } from '../xml/dom.js';
import { loadXmlParser } from '../xml/libraries.js';
import { STATUS_SUCCESS } from './algorithms.js';
import { assertionProblems } from './inspect-assertion.js';
import {
  decode,
  type InspectedResponse,
  idCounts,
  type ResponseProblem,
  readAssertion,
  readResponse,
} from './inspect-read.js';
import { findSignatures, references, signatureProblems, verifySignatures } from './inspect-signatures.js';
import type { SamlConfig } from './saml.schema.js';

export type { InspectedResponse, ResponseProblem, SignatureInfo } from './inspect-read.js';

/**
 * What `inspectResponse` accepts at most; larger documents are refused with a
 * `ConfigValidationError` before any signature is looked at. A real response is a few kilobytes,
 * a dozen levels deep, with one or two signatures (Response and Assertion).
 */
export const RESPONSE_LIMITS = {
  /** Characters of decoded XML (`too_big`). */
  maxLength: 1_000_000,
  /** Element nesting depth (`too_deep`). */
  maxDepth: 64,
  /** Elements in the document (`too_many_elements`); room for thousands of attribute values. */
  maxElements: 10_000,
  /** `ds:Signature` elements anywhere in the document (`too_many_signatures`). */
  maxSignatures: 2,
} as const;

/** Options for {@link inspectResponse}. */
export interface InspectResponseOptions {
  /** Time to check validity windows against. @default new Date() */
  readonly now?: Date;
  /** Allowed clock difference in seconds. @default 300 */
  readonly clockSkewSeconds?: number;
  /**
   * IdP signing certificate (PEM or base64). When given, the signatures that count are verified
   * with xml-crypto. Without it nothing is verified, and the result says so (`signature_not_verified`).
   */
  readonly idpCertificate?: string;
  /** Expected `InResponseTo` (SP-initiated flows). */
  readonly inResponseTo?: string;
}

/**
 * The XML of `input` (base64 or XML), parsed within {@link RESPONSE_LIMITS}, and its signatures;
 * throws `ConfigValidationError` naming `field` when it is not XML or is over a limit.
 */
export async function readBounded(input: string, field: string) {
  const { parseXml } = await loadXmlParser();
  const { maxSignatures, ...treeLimits } = RESPONSE_LIMITS;
  const xml = decode(input, treeLimits.maxLength, field);
  const document = parseXml(xml, { field, ...treeLimits });
  const allSignatures = descendants(document, NS.ds, 'Signature');
  if (allSignatures.length > maxSignatures) {
    throw new ConfigValidationError([
      {
        path: [field],
        code: 'too_many_signatures',
        message: `holds ${allSignatures.length} ds:Signature elements; a response has at most ${maxSignatures}`,
      },
    ]);
  }
  return { xml, document, allSignatures };
}

/**
 * Decodes a SAML Response (base64 as posted, or XML) and lists its problems against `config`:
 * bad status, wrong audience / recipient / destination / issuer / NameID format, expired, not yet
 * valid or never expiring, unsigned where signing is required, signatures that do not cover the
 * assertion that was read (wrapping), duplicate IDs, algorithms other than the config's. With
 * `idpCertificate` the signature directly under the Response and the one directly under the
 * Assertion are verified with xml-crypto (loaded on first use); without it the result always
 * carries a `signature_not_verified` problem, so an empty problem list means "verified and clean".
 * Work is linear in the document's size. Throws `ConfigValidationError` only when the input is not
 * XML at all or is over {@link RESPONSE_LIMITS}.
 */
export async function inspectResponse(
  samlResponse: string,
  config: SamlConfig,
  options: InspectResponseOptions = {},
): Promise<InspectedResponse> {
  const { xml, document, allSignatures } = await readBounded(samlResponse, 'samlResponse');
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
  // Two assertions directly under the Response are two in the document.
  if (allAssertions.length > 1) {
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

  const signatures = findSignatures(allSignatures, root, assertionElement);
  for (const [code, message] of signatureProblems(signatures, { response: root, assertion: assertionElement }, config))
    problem(code, message);
  const covers = (on: 'response' | 'assertion', element: Element) =>
    signatures.some((s) => s.counts && s.info.on === on && references(s.info, element));
  if (config.responseSigned && !covers('response', root)) {
    problem('response_unsigned', 'the Response is not signed but the config requires it');
  }
  if (config.assertionSigned && assertionElement !== undefined && !covers('assertion', assertionElement)) {
    problem('assertion_unsigned', 'the Assertion is not signed but the config requires it');
  }

  const { assertion, signatureInfos } = await checkAssertion(xml, assertionElement, signatures, {
    config,
    issuer: expectedIssuer,
    options,
    problem,
  });
  return {
    xml,
    response: dropUndefined(response),
    encryptedAssertion,
    ...(assertion === undefined ? {} : { assertion: dropUndefined(assertion) }),
    signatures: signatureInfos,
    problems,
  };
}

/**
 * The assertion's own checks (audience, recipient, issuer, NameID format, validity) and the
 * verification of the signatures that count, each problem passed to `problem`; shared by the SAML
 * response and the WS-Fed token inspectors.
 */
export async function checkAssertion(
  xml: string,
  assertionElement: Element | undefined,
  signatures: ReturnType<typeof findSignatures>,
  expected: {
    readonly config: SamlConfig;
    readonly issuer: string | undefined;
    readonly options: Pick<InspectResponseOptions, 'now' | 'clockSkewSeconds' | 'idpCertificate'>;
    readonly problem: (code: string, message: string) => void;
  },
) {
  const { options, problem } = expected;
  const assertion = assertionElement === undefined ? undefined : readAssertion(assertionElement);
  if (assertion !== undefined) {
    const against = {
      config: expected.config,
      issuer: expected.issuer,
      now: options.now ?? new Date(),
      clockSkewSeconds: options.clockSkewSeconds ?? 300,
    };
    for (const [code, message] of assertionProblems(assertion, against)) problem(code, message);
  }
  let signatureInfos = signatures.map((s) => s.info);
  if (options.idpCertificate === undefined) {
    problem(
      'signature_not_verified',
      'no idpCertificate was given, so no signature was verified: nothing proves this response comes from the IdP',
    );
  } else {
    const verified = await verifySignatures(xml, signatures, options.idpCertificate);
    signatureInfos = verified.infos;
    for (const [code, message] of verified.problems) problem(code, message);
  }
  return { assertion, signatureInfos };
}

/** `value` without its undefined fields (the report is JSON-safe and compares cleanly). */
export function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
